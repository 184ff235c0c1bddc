# A base named twice is a TypeError when the class is made.
class A:
    pass


x = [1]


class B(A, A):
    items = [x]
