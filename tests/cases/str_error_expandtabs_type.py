print('a'.expandtabs('4'))
