class A:
    def __init__(self, n):
        self.n = n


if A(1) is not None:
    print('body runs after the temporary is gone')
if A(2):
    print('instances are true')
i = 0
while A(i).n < 2:
    print('loop', i)
    i = i + 1
print(not A(9))
