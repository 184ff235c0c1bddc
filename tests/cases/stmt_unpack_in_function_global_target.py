class A:
    def __init__(self, tag):
        self.tag = tag


g = A('old g')


def f():
    global g
    b = A('old b')
    g, b = len(""), len("")
    print('global and local: left to right')


f()
print('end')
