x = None
print(x == None, x != None, x is None)
print(x < 1)
