# Unary + of a str is TypeError.
print(+1.5)
print(+'a')
