# Deep chains: N nested lists freed at once, through CPython's trashcan.
N = 1000

rounds = 10
size = N // rounds
for r in range(rounds):
    chain = []
    for i in range(size):
        chain = [chain]
    chain = None
print(rounds)
