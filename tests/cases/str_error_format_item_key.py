print('{0[k]}'.format({'j': 1}))
