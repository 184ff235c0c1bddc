class E(Exception):
    pass
def f():
    raise E(
        'x'
    )
f()
