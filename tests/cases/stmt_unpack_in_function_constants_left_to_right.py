class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    a = A('old a')
    b = A('old b')
    a, b = 1, None
    print('constant tuple: unpacked left to right')
    a = A('old a 2')
    b = A('old b 2')
    a, b = 1, len('')
    print('not all constants: right to left')


f()
print('end')
