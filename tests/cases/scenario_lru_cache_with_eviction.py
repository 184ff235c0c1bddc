class Entry:
    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __del__(self):
        print('evicted', self.key)


class Cache:
    def __init__(self, size):
        self.size = size
        self.order = []
        self.table = {}

    def put(self, key, value):
        if len(self.order) == self.size:
            old = self.order.pop(0)
            self.table.pop(old.key)
        e = Entry(key, value)
        self.order.append(e)
        self.table[key] = e

    def get(self, key):
        e = self.table.get(key)
        if e is None:
            return None
        self.order.remove(e)
        self.order.append(e)
        return e.value


c = Cache(2)
c.put('a', [1])
c.put('b', [2])
print(c.get('a'))
c.put('c', [3])
print(c.get('b'), c.get('c'))
c = None
print('end')
