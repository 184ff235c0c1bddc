# min() compares each new item with the best so far: str < int fails.
l = [1, 'a']
print(min(l))
