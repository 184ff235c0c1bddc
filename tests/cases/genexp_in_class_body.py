# A generator expression in a class body reads module globals.
base = [1, 2, 3]


class Config:
    total = sum(x * 2 for x in base)
    names = ', '.join(str(x) for x in base)


print(Config.total, Config.names)
