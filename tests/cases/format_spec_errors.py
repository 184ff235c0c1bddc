# The errors of a spec are CPython's: here the first one ends the script.
def attempt(value, spec):
    return format(value, spec)


print(attempt('abc', 's'))
print(attempt(5, 'd'))
print(attempt('abc', 'd'))
