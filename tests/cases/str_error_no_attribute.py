print('a'.nope())
