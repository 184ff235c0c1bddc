# Augmented assignment in a function binds a local (or the global it
# names); reading the local before it has a value is UnboundLocalError.
total = 0


def add(n):
    global total
    total += n
    acc = []
    acc += [n]
    acc *= 2
    return acc


print(add(2), add(3), total)


def broken():
    count += 1


broken()
