# ** with integer exponents: exact big results, right associative.
print(2 ** 10, 2 ** 100, (-3) ** 3, -3 ** 2, 0 ** 0, 7 ** 0, 1 ** 1000)
print(2 ** 3 ** 2, (2 ** 3) ** 2, True ** 2, 10 ** 20 // 3, (-2) ** 63, (-2) ** 64)
x = 3
x **= 4
print(x, x ** 1, (x - 81) ** 5)
print(7 ** 300, 12345678901234567890 ** 3)
