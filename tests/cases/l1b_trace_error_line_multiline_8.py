l = []
for i in range(
        3):
    l.append(
        i // (2 -
              i))
