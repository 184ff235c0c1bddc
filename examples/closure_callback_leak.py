# A callback closure on self leaks.  A nested function that uses a name of
# the function around it keeps a *cell* for that name, and the cell keeps
# the value: a closure over `self`, stored on `self`, is a reference cycle
# (self -> handlers -> closure -> cell -> self).
import gc
import weakref


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self):
        def clicked():             # uses self: self becomes a cell
            print('clicked', self.label)
        self.handlers.append(clicked)

    def on_click_weak(self):
        me = weakref.ref(self)     # the closure keeps only a weak reference

        def clicked():
            print('clicked', me().label)
        self.handlers.append(clicked)

    def __del__(self):
        print('gone', self.label)


leaky = Button('leaky')
leaky.on_click()
leaky.handlers[0]()
leaky = None            # the cycle keeps it alive: leaked, not freed
print('leaky dropped')
safe = Button('safe')
safe.on_click_weak()
safe.handlers[0]()
safe = None             # no cycle: freed at once
print('safe dropped')
gc.collect()            # the collector finds the cycle through the cell
print('end')
