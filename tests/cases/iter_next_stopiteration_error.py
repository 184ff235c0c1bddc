# next() of an exhausted iterator without a default: StopIteration.
it = iter([1])
print(next(it))
next(it)
