# sum() refuses a str start.
print(sum(['a', 'b'], ''))
