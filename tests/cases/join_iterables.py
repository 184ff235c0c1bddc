class W:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return 'w%d' % self.i
    def __del__(self):
        print('del W')
l = [1, 2, 3]
print(', '.join(map(str, l)))
print('-'.join(W()))
print(''.join(reversed('abc')), '+'.join(iter(['x', 'y'])))
print('|'.join(filter(None, ['a', '', 'b'])))
print(' '.join(zip('ab', 'cd')) if False else 'skip')
d = {'k': 1, 'j': 2}
print(','.join(d.keys()), ','.join(iter(d)))
try:
    print(','.join(map(int, ['1', '2'])))
except TypeError as e:
    print(e)
try:
    print(','.join(5))
except TypeError as e:
    print(e)
