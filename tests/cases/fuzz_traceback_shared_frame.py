import gc
import weakref
import sys
saved = []
held = []
class Node:
    shared = 'k'
    def __init__(self):
        self.nxt = 0
        self.peer = []
    def m1(self, q2):
        t3, t4 = self, []
        t5 = [5, t4]
    def get_nxt(self):
        return self.nxt
    def link(self, other):
        self.peer = other
        other.peer = self
class B:
    def __init__(self, p0, p1):
        self.b = p0
        self.nxt = p1
        self.items = Node()
        self.nxt = {}
    def m6(self):
        t7 = Node()
        t8 = 15
        print(self)
        t9 = 'y'
        return t7
def cb10(w):
    print('cb10', w() is None)
class Oops(Exception):
    def __init__(self, v):
        super().__init__(v)
        self.v = v
    def __del__(self):
        print('del Oops')
def kwf(a, b=2, *args, c=None, **kw):
    print('kwf', type(a).__name__, b if type(b) is int else '-', len(args), c is None, sorted(kw))
    return [args]
def tup(x):
    return (x, [])
def exc(x):
    try:
        raise Oops(x)
    except Oops as e:
        saved.append(e)
def f11(p12):
    t13 = B(saved, saved)
    return t13
def f14(p15):
    global saved
    if len(saved) > 1:
        saved[1] = saved
    gc.collect()
    exc(Node())
    gc.collect()
    return p15
x16 = kwf('y', b=Node())
kwf(f14(x16))
x16, x17 = 10, Node()
x18 = x19 = Node()
x16 = Node() if len(saved) < 3 else B(saved, x18)
print(x18 in saved, -4 not in (1, 2, 3), 'yes' if x16 else 'no')
x19 = weakref.ref(x17)
print(19, None)
exc(f14(B(-3, 2)))
it20 = iter(saved)
print(next(it20, None) is None, any(saved), len(list(filter(None, saved))))
print(sys.getrefcount(saved))
del it20
x18.b = x18.peer
print(f'{1e300:<9.2g} | {20:#x} | {40:05d}')
x18, x17 = x17, x18
x18, x17 = x17, x18
for i21, v22 in enumerate(reversed(saved)):
    print(type(v22).__name__)
print(sys.getrefcount(saved))
x18.b = saved
del x17
try:
    print({}['z z'])
except (Oops, KeyError) as e23:
    print(isinstance(e23, Oops), e23.args if not isinstance(e23, Oops) else len(e23.args))
    saved.append(e23)
finally:
    print('finally')
gc.collect()
x18.tag = [B(saved, saved), B(3, 'hello')]
f11(f11(saved))
gc.enable()
gc.collect()
saved.append(saved)
del x18.peer
print(len(saved))
x18.peer = saved
x24 = f11(False)
saved += saved
print(len(saved))
x18.b = saved
Node.shared = x19()
print(7. * 0.1)
x18.items = saved
x18.get_nxt()
x18.tag = saved
for it25 in []:
    i21 = x24 = Node()
    if x19() is None:
        Node.shared = True
    elif False:
        x24.peer = True
        x18, x24 = i21, Node()
    x26, x27 = B(i21.nxt, x18), Node()
gc.collect()
saved.clear()
if len(saved) > 0:
    del saved[-1]
x18.items = 1e300
gc.collect()
for i28, v29 in enumerate(reversed(saved)):
    print(type(v29).__name__)
print(sys.getrefcount(saved))
gc.collect()
x30 = kwf(-0.0, b=x19())
x31 = x18
x32 = saved[-2:]
print(len(x32))
print(x18.shared)
print(f'{23:b} | {1e-05:.0f} | {-0.0:.3e}')
i28 = x33 = B(x30, dict())
print(x19())
x34 = kwf(x33, b=4)
if len(x34) > 1:
    x34[1] = x33
print(x32)
i28.peer = x32
if not 0:
    x16 = weakref.ref(x18, cb10)
elif x31 is x31:
    print(len(x32))
del x18.nxt
x31 = x18
if x32 is not None and saved is not None:
    print(x32)
else:
    x31.peer = i28
    i28.peer = x31
    it35 = iter(saved)
    print(next(it35, None) is None, any(saved), len(list(filter(None, saved))))
    print(sys.getrefcount(saved))
x18.nxt = x34
gc.collect()
