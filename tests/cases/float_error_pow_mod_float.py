# pow() with a modulus takes ints only.
print(pow(2, 3, 5))
print(pow(2.0, 3, 5))
