# int() truncates floats, reads strs in a base, and keeps ints.
print(int(), int(2.999), int(-2.999), int(1e20), int(-0.5), int(True), int('  12 '), int('-7'))
print(int('1_000'), int('+5'), int('ff', 16), int('0xff', 16), int('0b101', 0), int('z', 36))
print(int('0o17', 8), int('11', 2), int('0', 0), int('00', 0), int(' 0x_1f ', 0), int(1e300) > 10)
print(int(123456789012345678901234567890), int('123456789012345678901234567890'), int(-1e16))
