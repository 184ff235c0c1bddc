class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


l = [A('a'), A('b')]
l.insert(1, A('mid'))
l.remove(l[0])
print(len(l))
l = None
print('end')
