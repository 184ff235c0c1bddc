print('{0[3]}'.format([1]))
