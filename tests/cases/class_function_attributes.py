# f.x = value is stored on the function: it keeps the value alive, a
# bound method reads it, and the function releases it when it dies (after
# its defaults).
import sys


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('tag gone', self.name)


def counter(step=Tag('default')):
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter.tag = Tag('attribute')
counter.later = Tag('later')
print(counter(), counter(), counter.calls, counter.tag.name)
print(sys.getrefcount(counter.tag))
del counter.later
counter.later = Tag('later again')


class Service:
    def run(self):
        return 'run'


Service.run.label = [1, 2]
s = Service()
print(s.run.label, getattr(Service.run, 'label'), hasattr(s.run, 'nothing'))
counter = None
print('end')
