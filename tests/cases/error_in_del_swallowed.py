class A:
    def __del__(self):
        print('in del')
        print(self.missing)
        print('not printed')


a = A()
a = None
print('script goes on')
