class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


print(A('stack temporary'), 1 // 0)
