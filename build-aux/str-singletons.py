#!/usr/bin/env python3
"""The latin-1 characters whose constant is not CPython's singleton.

    build-aux/str-singletons.py [--oracle TRACE_PY]

CPython 3.11 interns the names of its deep-frozen startup modules before a
script is compiled, as objects of their own; a one-character constant of
such a name is that object, while s[i], chr() and str methods hand out the
latin-1 singleton.  This prints those characters, as the oracle sees them,
for `frozen_names` in src/core/runtime/rs-interp-str-identity.c.  A
developer tool, run on demand.
"""
import argparse
import os
import subprocess
import sys
import tempfile



def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--oracle', default='/work/shared/oracle/trace.py')
    args = ap.parse_args()
    probe = ''.join(f'if chr({c}) is not {chr(c)!r}:\n    print({c})\n' for c in range(256))
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(probe)
    try:
        out = subprocess.run([sys.executable, args.oracle, f.name], capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    chars = [chr(int(line)) for line in out.split() if line.isdigit()]
    print(''.join(chars))


if __name__ == '__main__':
    main()
