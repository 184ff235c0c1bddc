# A base without __del__: super().__del__() is an AttributeError, which
# CPython reports and ignores; the rest of that __del__ does not run.
class Base:
    pass


class Child(Base):
    def __del__(self):
        print('Child.__del__')
        super().__del__()
        print('never')


c = Child()
c = None
print('end')
