nums = [7, -7, 10**20 + 3, -(10**20 + 3), 3**100, -(3**100), 2**64, -(2**64), 1, -1, 0]
dens = [2, -2, 10**20, -(10**20), 3**50, -(3**50), 2**64 + 1, -(2**64 + 1), 7, -1]
for a in nums:
    for b in dens:
        q, r = divmod(a, b)
        print(a // b, a % b, q, r, q * b + r == a)
for a in nums:
    try:
        print(a // 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(a % 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print(10**40 / 10**20, -(10**40) / 3, (2**1100) / (2**1000), 1 / 3**300, -(2**70) / -(2**69))
print(float(2**64 + 1), float(-(2**80 + 2**27 + 1)), float(3**200))
try:
    print(float(2**1024))
except OverflowError as e:
    print('OverflowError', e)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print('OverflowError', e)
print(2**100 == 2.0**100, 2**100 + 1 > 2.0**100, -(2**100) < -(2.0**100), 2**53 + 1 == 2.0**53)
