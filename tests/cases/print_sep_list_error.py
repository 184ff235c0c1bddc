# Both keyword values are traced: sep fails first; the positional argument
# goes before the keyword values.
a = []
print(a, [], sep=[], end={})
