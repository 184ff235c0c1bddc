# __del__ runs when an object is about to die.  If it stores `self`
# somewhere, the object comes back to life; __del__ never runs again.
import gc

saved = []


class Phoenix:
    def __init__(self):
        self.me = self         # a self-cycle: only gc.collect() frees it

    def __del__(self):
        print('__del__ runs once')
        saved.append(self)     # resurrected


p = Phoenix()
p = None
gc.collect()                   # __del__ runs, the object survives in saved
print(len(saved))
saved.clear()                  # still a self-cycle: leaked again
gc.collect()                   # freed this time, without a second __del__
print('end')
