class Leaf:
    pass


l = [Leaf(), Leaf(), Leaf()]
for i in range(50):
    l = [l]
l = None
print('end')
