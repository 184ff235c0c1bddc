# A float divided by 0 or -0.0 is ZeroDivisionError.
l = [1.0]
print(l[0] / 2)
print(l[0] / -0.0)
