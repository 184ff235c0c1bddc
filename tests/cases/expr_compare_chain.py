print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 <= 1 < 2, 2 >= 3 >= 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 1 == 1)
a = 5
print(0 < a <= 5, 0 < a < 5)
print('a' < 'b', 'abc' < 'abd', 'b' <= 'a')
print(True == 1, 0 == False)
