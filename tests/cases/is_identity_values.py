# `is` on values: the small ints, the empty string, None, True, False are
# one object each; different values never are
class A:
    pass


a = A()
b = a
n = 5
m = n + 1 - 1
print(m is n, n is 5, -5 is n - 10, 256 is 255 + 1, 1000 is 999, 1000 is not 999)
print(1 is True, 0 is False, 1.0 is 1, 'a' is 'ab'[1], '' is 'abc'[3:], 'ab' is 'ba')
print(None is None, a is b, a is A(), a is not None, '' + '' is '', chr(120) is 'y')
s = 'héllo'
print(s[1] is 'e', s[0:0] is '', 2.5 is 3.5, (10 ** 20) is (10 ** 21))
