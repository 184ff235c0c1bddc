# enumerate() with a str start is a TypeError.
e = enumerate([1], start='a')
