# A float power too large is OverflowError.
print(pow(10.0, 308))
print(pow(10.0, 309))
