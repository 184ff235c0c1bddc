# Comparing an int with a float is exact, never through a conversion.
big = 9007199254740993
f = 9007199254740992.0
print(big == f, big > f, f < big, big - 1 == f, f == big - 1, big >= f, f <= big)
print(1 == 1.0, 1.0 == True, 0.0 == False, -0.0 == 0, 2 < 2.5, 3 > 2.5, 2.5 <= 2)
huge = 100000000000000000000000000000000000000000
print(huge == 1e41, huge < 1e41, 1e41 > huge, huge * 10 > 1e41, 1e300 > huge)
print(0.5 < 1 < 1.5, [1.0, 2] == [1, 2.0], [1.0, 2] < [1, 3], [2.5] > [2])
g = float('inf')
n = float('nan')
print(g > huge, -g < -huge, n == n, n != n, n < 1, n > 1, n <= n, n >= 0)
print([n] == [n], 1.5 != 1.5, g == g, [n, 1] < [n, 2])
