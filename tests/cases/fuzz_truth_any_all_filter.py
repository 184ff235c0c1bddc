# any(), all() and filter(None/bool/func, ...) take the truth of script
# instances from __bool__, else __len__, and an error there propagates;
# found by the fuzzer (refscope took every instance as true).
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n % 5

    def __del__(self):
        print('del Sized', self.n)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Broken:
    def __len__(self):
        return self.missing

    def __del__(self):
        print('del Broken')


items = [Sized(5), Flag(False), Sized(2), Flag(True)]
print(any(items[:2]), all(items), all(items[2:]), any([]))
print(len(list(filter(None, items))), len(list(filter(bool, items))))
kept = list(filter(None, items))
print(len(kept))
del kept
try:
    any([Broken(), Sized(1)])
except AttributeError as e:
    print('any', e)
try:
    list(filter(None, [Sized(0), Broken()]))
except AttributeError as e:
    print('filter', e)
try:
    all([Flag(1)])
except TypeError as e:
    print('all', e)
del items
print('end')
