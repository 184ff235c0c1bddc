print('a'.center())
