# After the last item the comprehension's frame releases the iterator
# (.0, and with it the list it walks) first, then the loop variable.
class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def make():
    return [Item('a'), Item('b')]


tags = [x.tag for x in make()]
print(tags)
