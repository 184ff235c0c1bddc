# str.format: auto-numbered, positional and keyword fields, conversions,
# specs with nested fields, attributes and items.
class P:
    def __init__(self):
        self.x = 3
        self.tags = ['a', 'b']


p = P()
print('{} {} {}'.format(1, 'two', 3.5), '{1}{0}{1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{0!r:>6}'.format('x'), '{:>8.3f}|{:<5}|{:^7}'.format(3.14159, 'ab', 'mid'))
print('{:{}}|'.format('v', 5), '{:{w}.{p}f}'.format(2.5, w=8, p=2), '{0:{1}{2}}'.format(7, '>', 4))
print('{0.x} {0.tags} {0.tags[1]} {d[k]} {d[0]}'.format(p, d={'k': 'K', 0: 'zero'}))
print('{{literal}} {0}'.format('x'), '{:,}'.format(1234567), '{:#x} {:08b} {:+d}'.format(255, 5, 3))
print('{:%}'.format(0.25), '{:e}'.format(12345.678), '{0[0]}{0[2]}'.format('abc'), '{}'.format([1, 'a']))
print('{a}{a}'.format(a='re', b='unused'), 'plain'.format(1, 2, k=3), '{:}'.format('e'))
fmt = '{0}:{1}'
print(fmt.format(*['a', 'b']), '{k}'.format(**{'k': 'v'}), '{0!s:*^9}'.format(p.x))
