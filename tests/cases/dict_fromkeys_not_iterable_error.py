# fromkeys() of an int: its dict is allocated, then freed.
d = dict.fromkeys(5)
