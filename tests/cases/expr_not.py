class A:
    pass


print(not True, not False, not None)
print(not 0, not 5, not '', not 'x')
print(not [], not [1], not {}, not {'k': 1})
print(not A())
print(not not 3)
