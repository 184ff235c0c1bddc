# A WeakMethod stored on another object keeps neither object nor function.
import sys
import weakref


class Listener:
    def on(self, x):
        print('on', x)


class Bus:
    def __init__(self):
        self.handlers = []


bus = Bus()
l = Listener()
print(sys.getrefcount(l))
bus.handlers.append(weakref.WeakMethod(l.on))
print(sys.getrefcount(l))
for h in bus.handlers:
    h()('event')
del l
for h in bus.handlers:
    print(h())
