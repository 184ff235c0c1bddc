class Empty:
    'A class with only a docstring.'


class Nothing:
    pass


def noop():
    pass


e = Empty()
n = Nothing()
print(noop())
print('end')
