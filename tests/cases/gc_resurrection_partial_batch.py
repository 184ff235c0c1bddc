import gc


class Keeper:
    def __init__(self):
        self.me = self

    def __del__(self):
        global saved
        saved = self


class Other:
    def __init__(self, k):
        self.k = k
        self.me = self


saved = None
k = Keeper()
o = Other(k)
k = None
o = None
gc.collect()
print(saved)
print('the Other was freed, the Keeper survives')
