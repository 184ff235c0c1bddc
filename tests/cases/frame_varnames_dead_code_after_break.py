class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    while True:
        break
        late = early
    late = A('late')
    early = A('early')
    print('code after break still names early, then late')


def g():
    for i in range(1):
        continue
        second = first
    second = A('second')
    first = A('first')
    print('code after continue names first, then second')


def h():
    if True:
        pass
    else:
        y = x
    y = A('y')
    x = A('x')
    print('an else under if True names x, then y')


f()
g()
h()
print('end')
