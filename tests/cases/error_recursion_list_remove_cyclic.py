# list.remove() compares with ==: a cyclic list that is not the item
# itself recurses until RecursionError.
class Tag:
    def __del__(self):
        print('tag gone')


a = [Tag()]
a.append(a)
b = [a[0]]
b.append(b)
keep = [a]
print(keep.count(a))
keep.remove(a)
keep.append(b)
print(Tag() is None)
keep.remove([a[0], a])
