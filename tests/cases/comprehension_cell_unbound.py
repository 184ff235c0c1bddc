def late():
    try:
        out = [x + y for x in range(2)]
    except NameError as e:
        print('NameError', e)
    y = 5
    return [x + y for x in range(2)]


print(late())


def deleted():
    y = 1
    del y
    try:
        return [y for _ in range(1)]
    except NameError as e:
        print(e)


print(deleted())
