import weakref

l = [1]
w = weakref.ref(l)
