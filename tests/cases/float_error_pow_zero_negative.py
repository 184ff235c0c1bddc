# 0.0 to a negative power is ZeroDivisionError.
print(pow(0.0, 2), pow(0, 0.0))
print(pow(0, -1))
