# d |= pairs stores each (key, value) as update() does; an element that
# is not a sequence is a TypeError.
d = {}
d |= [(1, [2]), 'ab']
print(d)
d |= [3]
