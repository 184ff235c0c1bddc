# x % 0.0 is ZeroDivisionError (float modulo).
x = [2.5, 'a']
print(x[0] % 1.5)
print(x[0] % 0.0)
