x = (lambda a:
     a / 0)(
    1)
