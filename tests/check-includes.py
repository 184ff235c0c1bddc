#!/usr/bin/env python3
"""check-includes.py: no source reaches another folder's headers by a path.

Each library of src/ sees only the include directories of the libraries
below it (meson setup checks that a backward include fails).  A quoted
include with a folder in it ("../runtime/rs-heap.h") would step round that
check, so none is allowed.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def main(top):
    bad = []
    for path in sorted(pathlib.Path(top).rglob('*.[ch]')):
        for m in INCLUDE.finditer(path.read_text(encoding='utf-8')):
            if '/' in m.group(1) or '\\' in m.group(1):
                line = path.read_text(encoding='utf-8').count('\n', 0, m.start()) + 1
                bad.append(f'{path}:{line}: error: include by path: "{m.group(1)}"')
    for b in bad:
        print(b)
    n = sum(1 for _ in pathlib.Path(top).rglob('*.[ch]'))
    if n == 0:
        print(f'error: no sources under {top}')
        return 1
    print(f'{n} sources, {len(bad)} includes by path')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
