class Temp:
    def __init__(self, tag):
        self.tag = tag


class A:
    def __del__(self):
        print('A.__del__ starts')
        t = Temp('temporary')
        kept.append(Temp('kept'))
        print('A.__del__ ends')


kept = []
a = A()
a = None
print(len(kept))
