# any() and all() stop at the first item that decides.
print(any([0, '', 3]), all([1, 'x', []]), any([]), all([]), any(range(0)), all('abc'))
print(any([0, 0.0, None, False]), all([1, 2, 3]))
print(any({0: 1}), all({1: 0}))
