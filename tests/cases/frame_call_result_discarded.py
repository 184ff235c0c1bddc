class A:
    def __init__(self, tag):
        self.tag = tag


def make():
    return A('result')


make()
print('discarded at once')
x = make()
print('kept')
