class Part:
    pass


class A:
    def __del__(self):
        global saved
        print('resurrected')
        saved = self


saved = None
a = A()
a.part = Part()
a = None
print('part still held', saved.part)
saved = None
print('released for good: no second del, part released now')
