class R:
    def __del__(self):
        global keep
        print('__del__ R')
        keep = self
r = R()
del r
print('resurrected', keep is not None)
keep = None
print('gone')
x = R()
x.me = x
del x
import gc
gc.collect()
print(keep is not None)
keep = None
gc.collect()
print('done')
