# round() rounds half to even, on the exact value of the double.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0), round(-2.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(1e300, -299), round(0.1, 400))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(7, 3), round(-0.4))
print(round(1 / 3, 4), round(123.456, 1), round(float('inf'), 2), round(0.0, 3), round(-0.0, 1))
print(round(150, -2), round(250, -2), round(99, -5), round(123456789012345678901234567890, -10))
print(round(2.5, None), round(True), round(1e16 + 1), round(0.5 + 1e-16))
