# A cache that forgets: a WeakValueDictionary holds its keys strongly and
# its values weakly.  An entry lives as long as someone else uses the
# value; when the last strong reference goes, the value is destroyed and
# its entry removed by the dictionary's weak reference callback.
import weakref


class Image:
    def __init__(self, name):
        self.name = name
        print('load', name)

    def __del__(self):
        print('unload', self.name)


cache = weakref.WeakValueDictionary()


def get(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img


logo = get('logo')
again = get('logo')        # a hit: the same object, no second load
print(logo is again, len(cache))
icon = get('icon')
print(len(cache), 'icon' in cache)
logo = again = None        # the last users of the logo: unloaded, entry gone
print(len(cache), 'logo' in cache)
icon = None
print(len(cache))
