class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('x'), A('y')]
l.pop()
print('y freed right after pop')
kept = l.pop()
print(kept.tag, len(l))
