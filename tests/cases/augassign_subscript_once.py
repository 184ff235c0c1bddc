# `c()[k()] += v` evaluates the container and the key once each, then
# the value; STORE_SUBSCR releases the value, the container, the key.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('item gone', self.n)


d = {'a': 1, 'l': [Item(1)]}
scores = [10, 20, 30]


def box(x):
    print('box')
    return x


def key(k):
    print('key', k)
    return k


box(d)[key('a')] += 100
box(scores)[key(-1)] //= 7
box(d)[key('l')] += [Item(2)]
d['l'] *= 0
scores[0] %= 3
scores[1] **= 2
print(d, scores)
d['l'] = None
print('end')
