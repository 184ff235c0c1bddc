x = 'hello world'
def f():
    return 'hello world'
def g():
    return 'ab'
class C:
    name = 'hello world'
print(f() is x, g() is 'ab', C.name is x, C().name is f())
print('a' + 'b' is g(), 'ab' * 2 is 'abab', 2 * 'x' is 'xx', ('a' + 'b') * 2 is 'abab')
print('abc'[1] is 'b', 'abc'[1] is chr(98), 'abc'[1:] is 'bc')
print('x' * 5000 is 'x' * 5000, 'x' * 4096 is 'x' * 4096)
y = 'a'
print(y + 'b' is 'ab', y * 2 is 'aa')
