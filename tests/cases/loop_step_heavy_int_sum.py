class A:
    def __init__(self, n):
        self.n = n


total = 0
last = None
i = 0
while i < 30000:
    total = total + i % 7
    if i % 5000 == 0:
        last = A(i)
    i = i + 1
print(total, last.n)
