# A spec may hold fields of its own; they are evaluated after the value,
# before it is formatted.
import sys


class Width:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del width', self.n)


def width(n):
    print('width', n)
    return Width(n).n


def value(v):
    print('value', v)
    return v


print(f'[{value(42):{width(6)}}]')
print(f'[{value("ab"):{"*"}{"^"}{width(8)}}]')
w = 10
fill = '.'
print(f'[{value(255):{fill}>{w}x}] [{value(255):#{w}_b}]')
box = [1, 2]
print(f'{sys.getrefcount(box)} {box!r:>{w}} {sys.getrefcount(box)}')
print(f"{'nested'!r:{'>'}{w + 2}}|")
