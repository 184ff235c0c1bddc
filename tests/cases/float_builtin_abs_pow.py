# abs() and pow() of ints and floats, pow() with a modulus.
print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(True), abs(-123456789012345678901234567890))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 2), pow(10, -2), pow(-2, 3), pow(0, 0))
print(pow(2, 100), pow(1.5, 2), pow(-1.5, 3), pow(4, 0.5), pow(0.0, 0), pow(float('inf'), -1))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, -1, 5), pow(7, 0, 1), pow(10, 20, 3))
print(pow(-1, 0.5 * 2), pow(1, float('nan')), pow(float('nan'), 0), pow(-1, float('inf')))
print(pow(2, 3, None), pow(123456789, 123, 1000000007), pow(-2.0, -3))
