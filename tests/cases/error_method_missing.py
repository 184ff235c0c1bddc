class A:
    def hello(self):
        print('hello')


a = A()
a.hello()
a.goodbye()
