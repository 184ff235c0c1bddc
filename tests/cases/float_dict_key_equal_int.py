# A float equal to an int is the same dict key; the first key object stays.
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d, d[1.0], d[True], len(d))
e = {0.5: 'half', 2.0: 'two'}
e[2] = 'deux'
e[0.0] = 'zero'
print(e, e[0], e[-0.0], e.get(1.5), e.get(2), len(e))
f = {100000000000000000000: 'big'}
f[1e20] = 'float'
print(f, f[1e20])
class Key:
    def __del__(self):
        print('del Key')
g = {1.5: Key()}
g[1.5] = None
print(g)
