class A:
    def __init__(self, tag):
        self.tag = tag


a = A('a')
print(a is a is A('t'))
print(a is not A('u') is not A('v'))
print('end')
