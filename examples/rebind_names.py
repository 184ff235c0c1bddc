# Rebinding: a name is a label, not a box.  Moving the label releases the
# object it was on; the object dies the moment no name holds it.


class Box:
    def __init__(self, label):
        self.label = label


a = Box('first')
b = a              # two names, one object: refcount 2
a = Box('second')  # 'first' is still held by b
b = a              # now nothing holds 'first': it is destroyed here
a = None
b = None           # the last name on 'second' goes: destroyed too
print('end')
