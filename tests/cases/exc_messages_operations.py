# The message, class and args of the errors operations and builtins raise,
# caught: each as CPython words it.
try:
    x = 1 // 0
except Exception as err:
    print(0, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 1 % 0
except Exception as err:
    print(1, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 5 / 0
except Exception as err:
    print(2, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 2.0 / 0
except Exception as err:
    print(3, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 2.0 // 0.0
except Exception as err:
    print(4, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1][3]
except Exception as err:
    print(5, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1][-5]
except Exception as err:
    print(6, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = (1, 2)[9]
except Exception as err:
    print(7, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 'abc'[10]
except Exception as err:
    print(8, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = range(3)[7]
except Exception as err:
    print(9, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {'a': 1}['zz']
except Exception as err:
    print(10, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {1: 2}[(1, 2)]
except Exception as err:
    print(11, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {}[[1]]
except Exception as err:
    print(12, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1].pop()
except Exception as err:
    print(13, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [].pop(3)
except Exception as err:
    print(14, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1, 2].remove(5)
except Exception as err:
    print(15, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1, 2].index(9)
except Exception as err:
    print(16, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {}.pop('k')
except Exception as err:
    print(17, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 'a' + 1
except Exception as err:
    print(18, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 1 + 'a'
except Exception as err:
    print(19, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1] + (1,)
except Exception as err:
    print(20, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = (1,) + [1]
except Exception as err:
    print(21, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1] * 'x'
except Exception as err:
    print(22, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 'a' * 2.5
except Exception as err:
    print(23, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = -'a'
except Exception as err:
    print(24, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = ~1.5
except Exception as err:
    print(25, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = None + 1
except Exception as err:
    print(26, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = None()
except Exception as err:
    print(27, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 5()
except Exception as err:
    print(28, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 'abc'.nope
except Exception as err:
    print(29, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = (1).nope
except Exception as err:
    print(30, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [].nope
except Exception as err:
    print(31, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {}.nope
except Exception as err:
    print(32, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = len(5)
except Exception as err:
    print(33, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = len()
except Exception as err:
    print(34, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = len(1, 2)
except Exception as err:
    print(35, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = int('x')
except Exception as err:
    print(36, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = int('1.5')
except Exception as err:
    print(37, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = int(None)
except Exception as err:
    print(38, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = float('abc')
except Exception as err:
    print(39, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = float([1])
except Exception as err:
    print(40, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = str(1, 2, 3)
except Exception as err:
    print(41, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = abs('a')
except Exception as err:
    print(42, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = round('a')
except Exception as err:
    print(43, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = pow(2, 'a')
except Exception as err:
    print(44, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 2 ** -1 % 3
except Exception as err:
    print(45, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 1 < 'a'
except Exception as err:
    print(46, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [1] < 2
except Exception as err:
    print(47, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {} < {}
except Exception as err:
    print(48, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = hex(1.5)
except Exception as err:
    print(49, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = range(1.5)
except Exception as err:
    print(50, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = range()
except Exception as err:
    print(51, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = list(5)
except Exception as err:
    print(52, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = dict(5)
except Exception as err:
    print(53, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = tuple(5)
except Exception as err:
    print(54, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = {}.get()
except Exception as err:
    print(55, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [].append()
except Exception as err:
    print(56, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = [].insert(1)
except Exception as err:
    print(57, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = undefined_thing
except Exception as err:
    print(58, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 1 << -1
except Exception as err:
    print(59, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = 2 ** 70 * 'a'
except Exception as err:
    print(60, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = format(1, 'q')
except Exception as err:
    print(61, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = '%d' % 'a'
except Exception as err:
    print(62, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = '%s %s' % (1,)
except Exception as err:
    print(63, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = '%s' % (1, 2)
except Exception as err:
    print(64, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = f'{1:q}'
except Exception as err:
    print(65, err.__class__.__name__, '|', err, '|', err.args)

try:
    x = int('9' * 5000)
except Exception as err:
    print(66, err.__class__.__name__, '|', err, '|', err.args)
