# A __repr__ that returns no str raises TypeError where repr() runs; a
# print writes what it formatted before the failing argument.
class Bad:
    def __repr__(self):
        return 42


class Good:
    def __repr__(self):
        return 'good'


print('start', Good(), [Good(), Bad()])
