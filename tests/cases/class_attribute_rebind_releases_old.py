class Part:
    def __init__(self, tag):
        self.tag = tag


class K:
    slot = Part('old')


K.slot = Part('new')
print('old released')
del K.slot
print('second value released')
