class Temp:
    @property
    def reading(self):
        return 1


t = Temp()
print(t.reading)
t.reading = 2
