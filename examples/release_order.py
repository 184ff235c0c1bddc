# When a container dies it releases what it holds: a list from its last
# item to its first, a dict in insertion order, an instance in the order
# its attributes were first set.


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('destroyed', self.name)


items = [Tag('list 0'), Tag('list 1'), Tag('list 2')]
table = {'b': Tag('dict b'), 'a': Tag('dict a')}
table['b'] = Tag('dict b2')    # overwriting keeps 'b' first
items = None                   # list 2, list 1, list 0
table = None                   # dict b2, dict a
print('end')
