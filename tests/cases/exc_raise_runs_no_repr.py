class R:
    def __repr__(self):
        print("repr called")
        return "R"
class Oops(Exception):
    pass
try:
    raise Oops({"a": R()})
except Oops:
    pass
try:
    raise Oops(R())
except Oops:
    pass
try:
    raise ValueError([R()])
except ValueError:
    pass
print("end")
