# min and max of an empty generator: ValueError, or the default.
try:
    min(x for x in [])
except ValueError as e:
    print('caught', e)
print(max((x for x in []), default='none'), min((x for x in [3, 1]), default=0))
