# A dict comprehension evaluates the key before the value, then stores.
def key(n):
    print('key', n)
    return n


def value(n):
    print('value', n)
    return [n]


table = {key(n): value(n) for n in range(3)}
print(table)
