# split, rsplit and splitlines return a new traced list, made when the
# call runs; it dies like any list.
import sys
words = 'the quick  brown fox'.split()
print(words, sys.getrefcount(words))
parts = 'a,b,,c'.split(',')
print(parts, len('a,b,,c'.split(',')))
lines = 'one\ntwo\r\nthree'.splitlines()
print(lines)
del words
print('deleted')
print(' a b '.split(), ''.split(), ''.split(','), 'x'.rsplit('x'), '  '.split(' '))
parts = None
for w in 'x y z'.split():
    print(w)
print('end')
