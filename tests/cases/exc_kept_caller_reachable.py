# A frame kept as the caller of a kept frame keeps its locals reachable:
# outer's p lives on through inner's frame, which e's traceback keeps.
import gc


class Oops(Exception):
    pass


saved = []


def inner():
    try:
        raise Oops()
    except Oops as e:
        saved.append(e)


def outer(p):
    inner()
    inner()
    return 1


outer([1])
gc.collect()
print(len(saved))
