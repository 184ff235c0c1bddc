class Foo:
    def __del__(self):
        print('del')


print(f'{Foo():>3}')
