# A tuple target that does not unpack: ValueError inside the frame.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    out = [a for a, b in [(Item(1), Item(2)), (Item(3),)]]
except ValueError as e:
    print('caught', e)
print('after')
