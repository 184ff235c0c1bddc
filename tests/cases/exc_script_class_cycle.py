# A script exception stored on an object it reaches through its traceback
# is a cycle: gc.collect() frees the exception with the frames it kept.
import gc


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


class Failure(Exception):
    def __del__(self):
        print('failure gone', self.args)


def risky(owner):
    helper = Foo('helper')
    raise Failure('boom')


def run(owner):
    try:
        risky(owner)
    except Failure as e:
        owner.last_error = e


o = Foo('owner')
run(o)
print('stored', repr(o.last_error))
o = None
print('a cycle: owner -> error -> traceback -> run frame -> owner')
gc.collect()
print('end')
