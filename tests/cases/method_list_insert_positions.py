class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('m')]
l.insert(0, A('front'))
l.insert(99, A('end'))
l.insert(-1, A('before end'))
l.insert(-99, A('very front'))
for x in l:
    print(x.tag)
x = None
l = None
print('end')
