l = []
l.append(1)
print(l.pop())
l.pop()
