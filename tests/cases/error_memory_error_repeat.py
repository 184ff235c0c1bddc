try:
    x = [1] * (2 ** 62)
except Exception as e:
    print(isinstance(e, Exception), isinstance(e, BaseException), type(e))
    print(repr(e), type(e).__name__)
try:
    y = "a" * (2 ** 62)
except Exception as e:
    print(type(e).__name__, isinstance(e, ArithmeticError))
l = [[1]]
try:
    l *= 2 ** 62
except BaseException as e:
    print(isinstance(e, LookupError), e.args, str(e))
print([] * 2 ** 62, [2] * -(2 ** 62), '' * 2 ** 62, () * 2 ** 62)
for thing in ['ab', (1,), [1]]:
    try:
        thing * 2 ** 62
    except Exception as e:
        print(type(e).__name__, e)
try:
    [1] * 2 ** 70
except OverflowError as e:
    print(e)
m = [[5]]
m *= -(2 ** 62)
print(m)
