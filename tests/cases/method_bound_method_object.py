class A:
    def __init__(self, tag):
        self.tag = tag

    def show(self, x):
        print(self.tag, x)


m = A('temp owner').show
print('bound method keeps its object')
m(1)
m(2)
m = None
print('end')
