print(f'{"a":+}')
