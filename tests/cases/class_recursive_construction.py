class Tree:
    def __init__(self, n):
        self.n = n
        if n > 0:
            self.left = Tree(n - 1)
            self.right = Tree(n - 1)


t = Tree(2)
t = None
print('end')
