class Item:
    def __init__(self, value, below):
        self.value = value
        self.below = below


class Stack:
    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, value):
        self.top = Item(value, self.top)
        self.size = self.size + 1

    def pop(self):
        item = self.top
        self.top = item.below
        self.size = self.size - 1
        return item.value


s = Stack()
for i in range(5):
    s.push([i])
print(s.pop(), s.pop(), s.size)
while s.size > 0:
    print(s.pop())
s.pop()
