# Keyword arguments bind by name in any order and belong to the frame like
# positional ones: released with the parameters, in parameter order.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def connect(host, port, extra):
    print('connect', host.tag, port, extra.tag)


connect(port=80, extra=Foo('e'), host=Foo('h'))
connect(Foo('h2'), extra=Foo('e2'), port=8080)
print('end')
