# find rfind index rindex count, with start and end as slices take them.
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('bra', 2), s.find('bra', 2, 8), s.find('z'))
print(s.rfind('a'), s.rfind('bra'), s.rfind('bra', 0, 8), s.rfind('a', -3), s.rfind('a', -3, -1))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
print(s.count('a'), s.count('bra'), s.count('a', 4), s.count('a', 4, -2), s.count(''), s.count('', 3, 5))
print(s.find(''), s.find('', 11), s.find('', 12), s.rfind(''), s.rfind('', 3, 5), 'aaaa'.count('aa'))
print(s.find('a', None), s.find('a', None, None), s.find('a', -100), s.find('a', 10 ** 30), s.find('a', -10 ** 30))
print(s.find('a', True), s.count('a', False, True), 'héhé'.find('é', 2), 'héhé'.rindex('h'))
