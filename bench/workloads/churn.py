# Allocate and free in a loop: each object dies when its name is rebound.
N = 1000


class Item:
    def __init__(self, i):
        self.i = i


total = 0
for i in range(N):
    x = Item(i)
    box = [x, i]
    d = {'box': box}
    total += d['box'][0].i
print(total)
