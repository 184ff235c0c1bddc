class D:
    pass
x = [D(),
     D(),
     undefined_name]
