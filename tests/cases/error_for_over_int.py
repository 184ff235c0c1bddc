class A:
    pass


a = A()
for x in 5:
    print('never')
