import weakref


class A:
    def __init__(self, tag):
        self.tag = tag


def cb_peer(w):
    print('peer callback')


def cb(w):
    print('a gone; watching the peer')
    holder.append(weakref.ref(peer_holder[0], cb_peer))
    peer_holder.clear()


holder = []
peer_holder = [A('peer')]
a = A('a')
w = weakref.ref(a, cb)
a = None
print('end')
