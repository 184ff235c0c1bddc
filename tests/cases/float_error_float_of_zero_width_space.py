# A zero-width space is no space to float().
print(float('\u20091.5'))
print(float('\u200b1.5'))
