class Num:
    def __int__(self):
        return 'x'


print(int(Num()))
