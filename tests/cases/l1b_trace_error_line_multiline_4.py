class C:
    def m(self):
        return 1
c = C()
r = (c
     .m()
     .nope)
