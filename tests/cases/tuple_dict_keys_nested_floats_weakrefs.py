class W:
    pass
import weakref
w = W()
r = weakref.ref(w)
d = {(1, (2, True)): 'a', (1.0, (2.0, 1)): 'b', (): 'e', ((),): 'f', (r, 1): 'g'}
print(d, len(d), d[(True, (2, 1.0))], d[((),)])
