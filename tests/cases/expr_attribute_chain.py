class A:
    def __init__(self, tag):
        self.tag = tag
        self.next = None


a = A('a')
a.next = A('b')
a.next.next = A('c')
print(a.next.next.tag)
a.next = a.next.next
print(a.next.tag)
