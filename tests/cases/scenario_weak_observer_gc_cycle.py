import gc
import weakref


class Subject:
    def __init__(self):
        self.observers = []
        self.me = self


class Observer:
    def __init__(self, name, subject):
        self.name = name
        subject.observers.append(weakref.ref(self, self.gone_cb))

    def gone_cb(self, w):
        print('never: the callback holds the observer itself')


def note(w):
    print('subject collected')


s = Subject()
o = Observer('o', s)
ws = weakref.ref(s, note)
o = None
print('the observer stays alive: the subject holds its weakref, whose callback holds it')
s = None
gc.collect()
print('end')
