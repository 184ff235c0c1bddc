class Foo:
    def __del__(self):
        print('bye')


l = ['a', 1, Foo()]
print(', '.join(l))
