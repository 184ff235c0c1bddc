t = (1, 'b', 2.5)
print('%d-%s-%.1f' % t)
print('%s' % (t,))
print('[%5s]' % ('ab',))
try_it = '%s %s'
print(try_it % ('x', 'y'))
print({(1.0, 2): 'a', (1, 2): 'b'})
print('%s %s' % ('only',))
