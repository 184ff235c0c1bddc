class A:
    def __init__(self, tag):
        self.tag = tag

    def work(self, other):
        local = A('local')
        print('working')


A('self').work(A('other'))
print('end')
