# v2 special_call_str without callable() and str.upper() (other groups'):
# __call__ makes instances callable; __str__ is used by print and str(),
# __repr__ by repr() and containers; __format__ by format specs.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name):
        return f'{self.greeting}, {name}'

    def __str__(self):
        return f'Greeter({self.greeting})'

    def __repr__(self):
        return f'<G {self.greeting!r}>'

    def __format__(self, spec):
        return 'UP' + self.greeting if spec == 'up' else str(self)


g = Greeter('hi')
print(g('bob'), g, str(g), repr(g), [g], f'{g:up} {g}')
