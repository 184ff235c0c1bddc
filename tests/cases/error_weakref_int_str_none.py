import weakref

w = weakref.ref('text')
