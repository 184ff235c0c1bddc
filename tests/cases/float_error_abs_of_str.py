# abs() of a str is TypeError.
print(abs(-1.5))
print(abs('x'))
