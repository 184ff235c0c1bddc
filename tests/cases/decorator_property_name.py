# The error of a property without a setter names it as __set_name__
# did: the last name it is stored under in the class body.
class D:
    def get(self):
        return [1]

    y = property(get)
    z = y


d = D()
print(d.y, d.z)
d.y = 5
