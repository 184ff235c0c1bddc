# int() of nan is ValueError.
n = float('nan')
print(n, -n)
print(int(n))
