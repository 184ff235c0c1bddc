print(ord('a'), ord('é'), ord('\u263a'), ord('\U0001F600'), ord('\x00'), chr(65), chr(0x1F600), repr(chr(0)))
print(repr(chr(0xd800)), chr(True), repr(chr(10)), chr(ord('a') + 1), ord(chr(0x10FFFF)) == 0x10FFFF)
