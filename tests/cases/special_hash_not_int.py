class B:
    def __hash__(self):
        return 'x'


d = {B(): 1}
