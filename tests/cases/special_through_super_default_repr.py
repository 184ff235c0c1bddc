# object.__repr__ through super() shows the default repr (the traced id)
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name + ':' + super().__repr__()

    def __del__(self):
        print('del', super().__repr__())


n = Node('a')
print(n)
k = [Node('b'), n]
print(k)
del k
del n
