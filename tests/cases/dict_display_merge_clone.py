# A later piece of a dict display merged into an empty dict is cloned, no
# key compared (dict_merge's clone_combined_dict_keys); into a dict that
# has keys, or a piece too sparse for its table, each key is looked up
# (fuzz seed 17241)
class Ord:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 0

    def __eq__(self, other):
        print('eq', self.k, other.k)
        return False


e = {}
print('clone two')
a = {**e, Ord(1): 1, Ord(2): 2}
print('clone seven')
b = {**e, Ord(1): 1, Ord(2): 2, Ord(3): 3, Ord(4): 4, Ord(5): 5, Ord(6): 6, Ord(7): 7}
print('into keys')
c = {**{Ord(0): 0}, Ord(1): 1, Ord(2): 2}
print('after a pair')
d = {Ord(0): 0, **e, Ord(1): 1}
print(len(a), len(b), len(c), len(d))
