import gc


class K:
    pass


K.me = K()
print(K.me)
del K
print('class and instance leak together')
gc.collect()
print('end')
