# printf-style formatting of ints and strs: every flag, widths,
# precisions, the conversions, big ints and bools.
n = 255
print('[%5d]' % n, '[%-5d|]' % n, '[%05d]' % n, '[%+d]' % n, '[% d]' % n, '[%+05d]' % n, '[%-+6d|]' % n)
print('[%x]' % n, '[%#x]' % n, '[%#X]' % n, '[%#o]' % n, '[%o]' % n, '[%X]' % n)
print('[%#010x]' % n, '[%#-10x|]' % n, '[%#10.5x]' % n, '[% #x]' % n, '[%+#o]' % n)
print('[%+d]' % -n, '[% d]' % n, '[%05d]' % -n, '[%.5d]' % -n, '[%-+7.4d|]' % n, '[%i]' % n, '[%u]' % n)
print('[%x]' % 123456789012345678901234567890, '[%#o]' % -123456789012345678901234567890)
print('[%d]' % True, '[%x]' % False, '[%s]' % True, '[%r]' % None)
print('[%c]' % 65, '[%c]' % 'é', '[%5c]' % 'z', '[%-3c|]' % 9786, '[%05c]' % 66)
print('[%s]' % 'héllo', '[%.2s]' % 'héllo', '[%8.3s]' % 'héllo', '[%-8s|]' % 'héllo', '[%08s]' % 'ab')
print('[%r]' % 'héllo', '[%a]' % 'héllo', '[%.3a]' % 'héllo', '[%ld]' % n, '[%hi]' % n, '[%%]' % {})
print('100%% of %s' % 'it')
