# return and break through finally: the finally block runs, a return in
# it replaces the pending value (released when the finally block leaves).
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def pending():
    try:
        return Foo('first')
    finally:
        print('finally runs')


def replaced():
    try:
        return Foo('replaced')
    finally:
        print('finally returns')
        return Foo('winner')


def swallowed():
    try:
        raise ValueError(Foo('in args'))
    finally:
        print('finally swallows it')
        return 'swallowed'


print(pending().tag)
print(replaced().tag)
print(swallowed())
for i in range(3):
    try:
        if i == 1:
            break
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 0:
            continue
        print('body', i)
    finally:
        print('finally', i)
