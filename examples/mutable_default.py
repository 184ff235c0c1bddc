# The mutable default argument.  A default value is made once, when `def`
# runs, and the function object holds it: every call that leaves the
# parameter out shares that one list, and what it keeps stays alive as
# long as the function does.  `None` as the default, and a new list in
# the body, gives each call its own.


class Task:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('freed', self.name)


def add_task(task, queue=[]):       # one list, held by the function
    queue.append(task)
    return queue


first = add_task(Task('a'))
second = add_task(Task('b'))
print(first is second, [t.name for t in second])
del first, second
print('the names are gone; the default list still holds both tasks')


def add_task_fixed(task, queue=None):
    if queue is None:
        queue = []                  # a new list per call
    queue.append(task)
    return queue


one = add_task_fixed(Task('c'))
two = add_task_fixed(Task('d'))
print(one is two)
del one, two
print('each call had its own list, freed with its name')
del add_task
print('the function is gone, and its default with it')
