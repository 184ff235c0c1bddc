import weakref


class Bus:
    def __init__(self):
        self.handlers = []

    def subscribe(self, obj):
        self.handlers.append(weakref.ref(obj, self.forget))

    def forget(self, w):
        self.handlers.remove(w)
        print('forgot one, left', len(self.handlers))

    def publish(self, msg):
        for w in self.handlers:
            h = w()
            if h is not None:
                h.on(msg)


class Listener:
    def __init__(self, name):
        self.name = name

    def on(self, msg):
        print(self.name, 'got', msg)


bus = Bus()
l1 = Listener('one')
l2 = Listener('two')
bus.subscribe(l1)
bus.subscribe(l2)
bus.publish('hello')
l1 = None
bus.publish('again')
l2 = None
bus.publish('nobody')
print('end')
