# A function whose default list holds the function is a cycle: deleting
# the name leaks both until gc.collect().
import gc


class Foo:
    def __del__(self):
        print('bye foo')


def f(x=[], y=Foo()):
    x.append(f)


f()
del f
print('deleted')
gc.collect()
print('end')
