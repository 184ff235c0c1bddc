print('abc'.startswith(['a']))
