# A temporary stored in a WeakValueDictionary dies at once after the store.
import weakref


class V:
    def __del__(self):
        print('v gone')


d = weakref.WeakValueDictionary()
d['x'] = V()
print('stored', len(d), 'x' in d)
print(d.get('x'))
