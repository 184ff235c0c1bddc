class Leaf:
    pass


l = None
i = 0
while i < 120:
    l = [Leaf(), l]
    i = i + 1
print('built')
l = None
print('end')
