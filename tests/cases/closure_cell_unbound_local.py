# A cell variable read in its own function before assignment is an
# UnboundLocalError, as for a plain local.
def outer():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = [1]

    def inner():
        return x
    return inner()


print(outer())
