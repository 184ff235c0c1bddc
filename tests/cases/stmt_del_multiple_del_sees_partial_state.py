class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)
        print('q still bound:', q.tag)


p = A('p')
q = A('q')
del p, q
print('the NameError in the second __del__ was swallowed')
