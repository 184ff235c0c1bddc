for i in range(3):
    print('a', i)
for i in range(2, 5):
    print('b', i)
for i in range(10, 0, -4):
    print('c', i)
for i in range(0):
    print('never')
print(i)
print(range(3), range(2, 5), range(10, 0, -4))
