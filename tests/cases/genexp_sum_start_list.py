# sum with a list as start: each addition makes a new list.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


total = sum(([Item(n)] for n in range(2)), [])
print(len(total))
