import gc


class Cell:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = None
        self.tail = None

    def push(self, value):
        c = Cell(value)
        if self.tail is None:
            self.head = c
        else:
            self.tail.next = c
            c.prev = self.tail
        self.tail = c


d = DList()
d.push(1)
d.push(2)
d.push(3)
print(d.head.next.value, d.tail.prev.value)
d = None
print('cells leak through prev/next cycles')
gc.collect()
print('end')
