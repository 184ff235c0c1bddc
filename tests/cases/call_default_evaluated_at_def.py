# Defaults are evaluated once, when def runs, left to right, and held by
# the function: the mutable default is shared by every call and dies with
# the function.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def make(tag):
    print('making', tag)
    return Foo(tag)


def add(item, bucket=[], owner=make('owner')):
    bucket.append(item)
    return len(bucket)


print(add(1), add(2), add(3, []))
add = None
print('end')
