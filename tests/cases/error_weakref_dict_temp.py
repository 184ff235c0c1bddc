import weakref

w = weakref.ref({'k': [2]})
