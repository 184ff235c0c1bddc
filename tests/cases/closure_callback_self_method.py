# A method registering a closure over self on self: the instance keeps
# itself alive through the closure's cell until gc.collect().
import gc


class Button:
    def __init__(self, label):
        self.label = label
        self.listeners = []

    def wire(self):
        def clicked():
            print('clicked', self.label)
        self.listeners.append(clicked)

    def __del__(self):
        print('button gone', self.label)


b = Button('ok')
b.wire()
b.listeners[0]()
b = None
print('still alive')
gc.collect()
print('end')
