# A comprehension reads module globals and builtins; its target does not
# change a global of the same name.
x = 'global'
scale = 3
out = [x * scale for x in range(3)]
print(out, x)
