# int() and float() read other scripts' decimal digits and Unicode spaces.
print(int('١٢'), float('١.٥'), float('\u200312.5\u3000'), int('१२३', 8), float('٣e٢'), int(' \xa012\x85'))
print(int('٠'), float('-٠.٥'), int('１２'), float('\u2028 7 \u2029'))
