# end is checked after sep; a list as end is released as the call's stack is.
print('start')
print('x', sep=None, end=[])
