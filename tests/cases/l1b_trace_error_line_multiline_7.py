x = 1
if (x ==
        1 and
        y):
    pass
