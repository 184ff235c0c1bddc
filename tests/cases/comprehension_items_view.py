# A comprehension over d.items(): the view's iterator holds the dict, the
# reused (key, value) tuple holds the last pair until the frame ends.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def table():
    return {'a': V(1), 'b': V(2)}


names = [k + str(v.n) for k, v in table().items()]
print(names)
