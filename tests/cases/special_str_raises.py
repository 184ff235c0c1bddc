class S:
    def __init__(self):
        self.items = [1]

    def __str__(self):
        return self.items[5]


s = S()
x = f'{s!s:>4}'
