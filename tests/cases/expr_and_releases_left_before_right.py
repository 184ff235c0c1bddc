class A:
    def __init__(self, tag):
        self.tag = tag


x = A('left') and A('right')
print(x.tag)
y = A('kept') or A('never built')
print(y.tag)
z = None or A('right of or')
print(z.tag)
