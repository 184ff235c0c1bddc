# In a triple-quoted f-string a field's expression keeps its own line:
# an error inside it is reported there.
class Foo:
    pass


x = Foo()
s = 'ab'
print(f'''first {s!a}
second {s:>4} {"é"!a} {[1, 'é']!a}
third {x.missing}''')
