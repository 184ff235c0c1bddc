import gc


class K:
    def __init__(self):
        self.me = self


k = K()
del K
print(k)
k = None
gc.collect()
print('end')
