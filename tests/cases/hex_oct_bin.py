# hex, oct and bin of ints of any size, negative ones and bools.
for n in [0, 1, -1, 255, -255, 4096, True, False, 18446744073709551615]:
    print(hex(n), oct(n), bin(n))
big = 340282366920938463463374607431768211457
print(hex(big), oct(-big))
print(bin(big))
