class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


l = [A('first'), A('second'), A('third')]
l = None
d = {'one': A('one'), 'two': A('two')}
d = None
print('end')
