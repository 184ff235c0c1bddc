class A:
    pass


print(1, 'two', None, A(), [3])
print()
print('')
print('a', '', 'b')
