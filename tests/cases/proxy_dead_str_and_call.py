# str() and calls through a dead proxy raise ReferenceError; its repr does not.
import weakref


class Action:
    def __call__(self, n):
        return n + 1


a = Action()
p = weakref.proxy(a)
print(p(1))
del a
for op in ('str', 'call', 'bool'):
    try:
        if op == 'str':
            str(p)
        elif op == 'call':
            p(2)
        else:
            bool(p)
    except ReferenceError as e:
        print(op, e)
