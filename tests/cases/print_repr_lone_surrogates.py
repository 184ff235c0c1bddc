# Lone surrogates ('\ud800') are legal str values: repr escapes them, a
# pair of escapes stays two code points, and print() of such a str fails
# (stdout is strict UTF-8): UnicodeEncodeError.
x = '\ud83d\ude00'
print([x], len(x), x == '\U0001f600')
print(['\ud800', '\udfff', 'a\udc80b', '\U0001f600'])
print(len('\ud800'), '\ud800' == '\ud800', '\ud800' < '\ue000')
print({'\ud83d': 1})
print('a\ud800')
