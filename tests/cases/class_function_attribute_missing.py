def f():
    pass


f.present = [1]
print(f.present)
print(f.absent)
