# Comparing nested lists takes one recursion level per nesting level, on
# top of the Python frames: 999 levels compare at module level, but not
# one frame deeper.
a = 0
b = 0
i = 0
while i < 999:
    a = [a]
    b = [b]
    i = i + 1
print(a == b, a < b, a <= b)


def f():
    print(a == b)


f()
