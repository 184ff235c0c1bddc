import gc


class K:
    all = []

    def __init__(self):
        K.all.append(self)


K()
K()
print(len(K.all))
del K
print('instances live in the class attribute, class deleted: leak')
gc.collect()
print('end')
