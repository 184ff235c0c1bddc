# An observer list that does not keep its observers alive.  A plain list of
# bound methods would hold every observer; WeakMethod refers to the object
# and to its function weakly, and gives a new bound method only while both
# live.
import weakref


class Button:
    def __init__(self):
        self.listeners = []

    def subscribe(self, method):
        self.listeners.append(weakref.WeakMethod(method))

    def click(self):
        for ref in self.listeners:
            handler = ref()        # a new bound method, or None
            if handler is None:
                print('a listener is gone')
            else:
                handler('click')


class Logger:
    def __init__(self, name):
        self.name = name

    def on_event(self, event):
        print(self.name, 'saw', event)


button = Button()
log = Logger('log')
audit = Logger('audit')
button.subscribe(log.on_event)
button.subscribe(audit.on_event)
button.click()
audit = None                       # nothing else holds it: it dies now
button.click()
