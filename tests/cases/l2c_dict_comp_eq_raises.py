# __eq__ raising inside a dict comprehension's store: the comprehension's
# dict is freed, then what the frame held
class Key:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError('no')


class Val:
    pass


d = {k: Val() for k in [Key(), Key()]}
