# Methods and classes take keywords too: __init__ gets its own references
# while the call keeps the keywords until __init__ returns.
import sys


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('bye', self.name)


class Box:
    def __init__(self, item, *, tag):
        self.item = item
        self.tag = tag
        print('init', sys.getrefcount(tag), sys.getrefcount(item))

    def relabel(self, tag=None, **extra):
        print('relabel', sys.getrefcount(tag), len(extra))
        self.tag = tag


b = Box(Tag('item'), tag=Tag('t1'))
b.relabel(tag=Tag('t2'), x=1)
b.relabel(**{'tag': Tag('t3')})
b = Box(*[Tag('i2')], **{'tag': Tag('t4')})
b = None
print('end')
