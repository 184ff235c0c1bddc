class Item:
    pass


class K:
    items = [Item(), Item()]


k = K()
del K
print('the class attribute list is alive through the instance k')
