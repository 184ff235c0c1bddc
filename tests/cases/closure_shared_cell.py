# Two closures over the same variable share its cell: a store through one
# is seen by the other, and the value lives until the last closure goes.
class Box:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('drop', self.tag)


def pair():
    box = Box('first')

    def get():
        return box.tag

    def put(tag):
        nonlocal box
        box = Box(tag)
    return get, put


get, put = pair()
print(get())
put('second')
print(get())
put = None
print('put gone')
get = None
print('end')
