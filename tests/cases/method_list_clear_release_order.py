class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('0'), A('1'), A('2')]
l.clear()
print(len(l), l)
l.append(A('again'))
print(len(l))
