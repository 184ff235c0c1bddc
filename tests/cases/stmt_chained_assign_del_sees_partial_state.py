class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag, 'a is', a, 'b is', b)


a = A('old a')
b = A('old b')
a = b = None
print('end')
