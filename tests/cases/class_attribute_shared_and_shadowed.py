class Part:
    def __init__(self, tag):
        self.tag = tag


class K:
    shared = Part('class attr')
    count = 0


a = K()
b = K()
print(a.shared is b.shared, a.count)
a.shared = Part('instance attr')
print(a.shared.tag, b.shared.tag)
del a.shared
print(a.shared.tag)
a.count = 5
print(a.count, b.count, K.count)
a = None
b = None
print('end')
