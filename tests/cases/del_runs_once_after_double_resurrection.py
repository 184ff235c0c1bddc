class A:
    def __del__(self):
        global saved
        print('__del__ runs once')
        saved = self


saved = None
a = A()
a = None
a = saved
saved = None
a = None
print('end')
