class K:
    def __hash__(self):
        return 'x'
class L:
    def __hash__(self):
        return 2**70
    def __eq__(self, o):
        print('eq')
        return self is o
class M:
    def __hash__(self):
        return True
try:
    {K(): 1}
except TypeError as e:
    print(e)
l = L()
d = {l: 1, L(): 2}
print(len(d), d[l])
m = M()
print({m: 1}[m])
print({1: 'one'}.get(m))
