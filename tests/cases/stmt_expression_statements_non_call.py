class A:
    def __init__(self):
        self.x = 1


a = A()
a
a.x
[A(), A()]
{'k': A()}
1 + 2
'a string statement'
print('end')
