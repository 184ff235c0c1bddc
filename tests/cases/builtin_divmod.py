# divmod() of ints and floats: floor division and modulo together.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.0), divmod(True, 3))
print(divmod(10 ** 20, 7), divmod(-10 ** 20, 10 ** 9))
q, r = divmod(17, 5)
print(q, r)
