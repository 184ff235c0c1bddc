# Unpacking an iterator with fewer items than targets is a ValueError.
a, b, c = zip([1, 2], 'xy')
