# 0.0 and -0.0 are false; every other float, nan too, is true.
for v in [0.0, -0.0, 0.5, -2.5, 1e-300, float('nan'), float('inf')]:
    if v:
        print(v, 'true', not v)
    else:
        print(v, 'false', not v)
print(0.0 or 'x', 1.5 and 'y', bool(0.0), bool(3.5))
