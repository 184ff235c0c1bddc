# list.pop() and list.insert() convert their index to a C ssize_t first:
# an int beyond it is an OverflowError, even on an empty list; a huge
# subscript is an IndexError instead.
l = []
l.insert(-5, 'a')
print(l, l.pop(-1))
l.append('b')
print(l[-1])
l.pop(100000000000000000000)
