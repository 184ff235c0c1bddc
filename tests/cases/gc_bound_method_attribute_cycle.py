import gc


class A:
    def hello(self):
        print('hello')


a = A()
a.cb = a.hello
a.cb()
a = None
print('a leaks through the bound method')
gc.collect()
print('end')
