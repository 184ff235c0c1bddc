# not/in precedence, shifts of negatives, ** right to left, := in a
# while test, nested conditional expressions.
x = [1, 2, 3]
print(not 2 in x, 4 not in x, not (2 not in x))
d = {1: 2}
print(1 in d, 2 in d, True in d, 1 in {True: 0})
print(-5 >> 1, ~(-1), ~5 & 3, 1 << 3 >> 1, (5 ^ 3) | 8, 2 ** 2 ** 3, -2 ** 2)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
print(1 if [] else 2 if {} else 3, [] or 'x' if 1 else 'y')
