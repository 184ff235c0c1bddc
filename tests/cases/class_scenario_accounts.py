# A small program as a learner writes it: an account hierarchy with a
# validating property, a class counter, alternative constructors and
# isinstance dispatch.
import sys
import weakref


class Account:
    count = 0
    history = []

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
        self.history.append(owner)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            print('refused', value)
            return
        self._balance = value

    @classmethod
    def from_list(cls, items):
        return cls(items[0], items[1])

    @staticmethod
    def describe(acc):
        return acc.owner + ':' + str(acc.balance)

    def __del__(self):
        print('closing', self.owner)


class Savings(Account):
    rate = 2

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.bonus = [balance * self.rate]

    def describe_more(self):
        return Account.describe(self) + '+' + str(self.bonus[0])


a = Account('ann', 10)
s = Savings.from_list(['sam', 5])
a.balance = -3
s.balance = 7
for acc in [a, s]:
    if isinstance(acc, Savings):
        print('savings', acc.describe_more())
    else:
        print('plain', Account.describe(acc))
print(Account.count, Savings.count, len(Account.history), type(s).__name__, sys.getrefcount(s))
r = weakref.ref(s)
getter = Savings.describe
print(getter(s), callable(getter), hasattr(s, 'bonus'), getattr(s, 'rate'))
del s
print(r() is None)
setattr(a, 'owner', 'anna')
a = None
print(Account.history)
