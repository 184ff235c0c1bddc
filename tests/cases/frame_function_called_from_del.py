class Temp:
    def __init__(self, tag):
        self.tag = tag


def helper(p):
    q = Temp('helper local')
    print('helper runs inside __del__')


class A:
    def __del__(self):
        helper(Temp('helper arg'))
        print('__del__ done')


a = A()
a = None
print('end')
