# a comment at the top
class A:
    def __init__(self, tag):  # trailing comment
        self.tag = tag


l = [A('one'),
     A('two'),   # inside brackets

     A('three')]
d = {'a': 1,
     'b': 2}
print(len(l),
      len(d))
