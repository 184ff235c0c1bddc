import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = {}


def load(name):
    w = cache.get(name)
    if w is not None:
        img = w()
        if img is not None:
            print('hit', name)
            return img
    print('miss', name)
    img = Image(name)
    cache[name] = weakref.ref(img)
    return img


x = load('a')
y = load('a')
print(x is y)
x = None
y = None
z = load('a')
print(len(cache))
