a = [1]
del a
del a
