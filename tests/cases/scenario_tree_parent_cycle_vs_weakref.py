import gc
import weakref


class StrongNode:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


class WeakNode:
    def __init__(self, parent):
        self.parent = None
        if parent is not None:
            self.parent = weakref.ref(parent)
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = StrongNode(None)
StrongNode(root)
StrongNode(root)
root = None
print('strong parent links: the tree leaks')
wroot = WeakNode(None)
WeakNode(wroot)
leaf = WeakNode(wroot)
print(leaf.parent() is wroot)
wroot = None
print('weak parent links: the tree is freed, leaf kept')
print(leaf.parent())
gc.collect()
print('end')
