# startswith and endswith: a str or a tuple of them, with start and end.
s = 'hello.py'
print(s.startswith('he'), s.startswith('lo', 3), s.startswith('he', 0, 1), s.startswith(''))
print(s.endswith('.py'), s.endswith(('.txt', '.py')), s.endswith(('.c', '.h')), s.endswith('o', 0, 5))
print(s.startswith(('x', 'h')), s.startswith(()), s.endswith('', 20), s.startswith('', 8), s.startswith('', 9))
print(s.endswith('py', -2), s.endswith('he', None, 2), s.startswith(('h', 1)))
