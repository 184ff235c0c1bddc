print('a'.find(sub='a'))
