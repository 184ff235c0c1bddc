# What a class without the method raises, and an error inside one
class Plain:
    pass


class G:
    def __getitem__(self, i):
        return [10, 20][i]


print(G()[1])
try_it = G()
print(try_it[-1])
print(try_it[5])
