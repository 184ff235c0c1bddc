class H:
    __hash__ = None
    def __eq__(self, o):
        return True

h = H()
try:
    d = {h: 1}
except TypeError as e:
    print(e)
try:
    x = {}
    x[h] = 2
except TypeError as e:
    print(e)
try:
    print(h in {1: 2})
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o):
        return True
try:
    {E(): 1}
except TypeError as e:
    print(e)
d = {h: 1}
