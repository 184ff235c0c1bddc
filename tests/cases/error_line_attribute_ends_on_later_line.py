# CPython 3.11 reports a failing attribute load, store, delete or method
# call at the line where the attribute NAME is (LOAD_ATTR, STORE_ATTR,
# DELETE_ATTR, LOAD_METHOD and its CALL), not where the expression starts.
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def follow(self):
        return self.next

    def pair(self, other):
        return other


def walk(n):
    return (n
            .follow()
            .follow()
            .name)


head = Node('head')
head.next = Node('tail')
print(head
      .next
      .name)
(head
 .next
 .pair(head))
print(walk(head))
