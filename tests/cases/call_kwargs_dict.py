# **kwargs is a traced dict allocated when the body starts, holding the
# keywords no parameter took; it is released in its parameter's place.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def options(name, **kw):
    print(name, len(kw), kw['color'].tag)
    return kw


kept = options('a', color=Foo('red'), size=3)
print(kept['size'])
options('b', color=Foo('blue'))
kept = None
print('end')
