# str % value: printf-style formatting (%s %r %d %i %x %o, flags, width,
# %(key)s with a dict; a list counts as a mapping, so 'abc' % [] is fine).
class A:
    pass
a = A()
print('a is %s' % a, 'n=%d' % 5, '%r' % 'x', '%5d|' % 42, '%-5s|' % 'ab', '%05d' % -42, '100%% %s' % None)
print('%s' % [1, 'a'], '%s' % {'k': a}, '%(k)s!' % {'k': a}, 'abc' % [], 'abc' % {}, '%i' % True, '%3s|%%' % 'é')
print('%x' % 255, '%X' % -255, '%o' % 8, '%04x|' % 10, '%-4o|' % 9, '%x' % True)
print('%c' % 'é', '%c' % 9731, '%5.1s|' % 'xyz', '%.3d' % -7, '%#o' % 8, '%#X' % 255, '%-#6x|' % 10, '%08.3d|' % 5)
print('%.2s|%(a)r' % {'a': 'q'}, '%#x' % 255)
print('%d items' % 'x')
