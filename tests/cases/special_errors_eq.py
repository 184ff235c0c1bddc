class E:
    def __eq__(self, other):
        print('eq called')
        return [] + 1


l = [1, E()]
print(1 in l)
print(E() in l)
