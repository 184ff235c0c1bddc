class 객체:
    pass


a = 객체()
print('파이썬 메모리', a)
print(['참조수', a])
