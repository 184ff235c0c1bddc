# A dict display whose keys are not all literals is BUILD_MAP: the dict is
# allocated after its pairs, then the keys are hashed and stored; an
# unhashable key frees it, and an overwritten value lives until the
# display's stack is released.
k = 1
d = {k: [1], k: [2]}
e = {-1: [3], -1: [4]}
print(d, e)
x = [1]
f = {1: 2, x: 3}
