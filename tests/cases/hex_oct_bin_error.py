print(hex(255), oct(8), bin(5))
print(hex('ff'))
