# \N{...} escapes: any case for the table's names, Hangul syllables and
# CJK ideographs by rule, in f-strings too.
s = '\N{BULLET} \N{greek small letter alpha}\N{Latin Capital Letter A With Grave}'
print(s, len(s), ord(s[0]))
print('\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE PWILH}', '\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}')
print(repr('\N{NO-BREAK SPACE}\N{SPACE}\N{DIGIT ONE}\N{EM DASH}'), '\N{CJK COMPATIBILITY IDEOGRAPH-F900}', '\N{NUSHU CHARACTER-1B170}')
x = 5
print(f'\N{BLACK STAR} {x} \N{WHITE STAR}', f'{x}\N{DEGREE SIGN}', '\N{SNOWMAN}'.upper() == '\u2603')
print('a\\N{BULLET}', r'\N{BULLET}', len('\N{GRINNING FACE}'), '\N{grinning face}' == '\U0001F600')
