class Node:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
i = 0
while i < 120:
    head = Node(head)
    i = i + 1
print('built')
head = None
print('end')
