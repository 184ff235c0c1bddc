# type() of the values whose types have no name in the subset: None,
# functions, methods, builtins, modules, ranges and weak references.
import gc
import weakref


class A:
    def m(self):
        pass


def f():
    pass


a = A()
print(type(None), type(f), type(a.m), type(len), type(gc), type(range(3)), type(weakref.ref(a)))
print(type(f) is type(A.m), type(a.m) is type(f), type([].append), isinstance(f, type(f)))
print(type(print).__name__, type(None).__name__, type(type(f)))
