# print() writes its arguments one by one: when converting a later one
# fails (an int over 4300 digits, a list nested too deep), what was
# written before it (the separator too) stays, with no newline, so the
# next trace line continues it.
class Tag:
    pass


x = 10
i = 0
while i < 4300:
    x = x * 10
    i = i + 1
print('short', x % 1000, [Tag()], x)
