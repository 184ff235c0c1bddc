class C:
    pass


keep = C()
C(1, 2)
print('not reached')
