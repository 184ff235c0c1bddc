# %f of a str is TypeError.
print('%.1f' % 2)
print('%f' % 'x')
