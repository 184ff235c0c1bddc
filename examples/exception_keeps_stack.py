# An exception stored on an object keeps a whole call stack alive.  The
# traceback of a caught exception keeps every frame it passed through,
# and each frame keeps its locals: saving the exception saves them all.
# Storing it in a local of a frame it passed through is a cycle
# (frame -> exception -> traceback -> frame) that only gc.collect() frees;
# dropping the traceback (e.__traceback__ = None) breaks it.
import gc


class Buffer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('freed', self.name)


class Job:
    def __init__(self):
        self.error = None


def parse(text):
    scratch = Buffer('scratch of parse')
    raise ValueError('bad input: ' + text)


def run(job):
    big = Buffer('big of run')
    try:
        parse('x')
    except ValueError as e:
        job.error = e              # the job now keeps run's and parse's frames


job = Job()
run(job)
print('run returned; its buffers are still alive')
job.error = None                   # the exception goes, and the frames with it
print('error dropped')


def retry():
    data = Buffer('data of retry')
    try:
        parse('y')
    except ValueError as e:
        saved = e                  # a local of a frame the traceback keeps: a cycle
    print('retry returns')


retry()
print('retry returned; its frame leaked')
gc.collect()
print('collected')


def retry_fixed():
    data = Buffer('data of retry_fixed')
    try:
        parse('z')
    except ValueError as e:
        saved = e
        saved.__traceback__ = None  # no traceback, no cycle
    print('retry_fixed returns')


retry_fixed()
print('done')
