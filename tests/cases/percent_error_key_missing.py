print('%(z)s' % {'a': 1})
