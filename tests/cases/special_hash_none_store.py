class N:
    __hash__ = None


d = {}
d[N()] = 1
