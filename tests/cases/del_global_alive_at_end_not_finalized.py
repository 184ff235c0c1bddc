class A:
    def __del__(self):
        print('never printed: still alive at the end')


a = A()
l = [A()]
print('end')
