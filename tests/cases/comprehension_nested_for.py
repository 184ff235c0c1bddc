# Nested fors: the inner iterable is evaluated inside the frame for each
# outer item, and its iterator is released when it is exhausted.
class Box:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def boxes(tag):
    print('boxes', tag)
    return [Box(tag + '1'), Box(tag + '2')]


pairs = [(a, b.tag) for a in ['x', 'y'] for b in boxes(a)]
print(pairs)
