print('test_case'.removeprefix('test_'), 'test_case'.removeprefix('case'), 'abc'.removeprefix(''))
print('file.py'.removesuffix('.py'), 'file.py'.removesuffix('.c'), 'a'.removesuffix('a'), ''.removesuffix('x'))
