# list.count/remove/index compare with ==, one recursion level deeper than
# a plain == (the method call takes a level): 998 nested levels still
# compare, 999 do not (while == at module level manages 999).
a = 0
b = 0
i = 0
while i < 998:
    a = [a]
    b = [b]
    i = i + 1
l = [a]
print(l.count(b), a == b)
l.remove(b)
a = [a]
b = [b]
l = [a]
print(a == b)
print(l.index(b))
