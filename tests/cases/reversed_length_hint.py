class S:
    def __len__(self):
        print('len')
        return 3
    def __getitem__(self, i):
        print('get', i)
        return str(i)
print(tuple(reversed(S())))
print(sorted(reversed(S())))
print([*reversed(S())])
print((*reversed(S()),))
print('-'.join(reversed(S())))
l = []
l.extend(reversed(S()))
l += reversed(S())
print(l)
print(list(enumerate(reversed(S()))))
print(dict.fromkeys(reversed(S())))
print(max(reversed(S())))
