#!/usr/bin/env python3
"""Runs each script of a folder under the python3 running this and under
`refscope --trace`, and compares what the script prints: the trace's own
lines (new, del, alive, leaked, gc start/end) are left out.  For the
scripts whose counts the oracle's harness shifts (it calls helpers where
CPython runs an opcode), plain CPython is the judge.

usage: check-vs-cpython.py REFSCOPE DIR
"""
import pathlib
import re
import subprocess
import sys

TRACE_LINE = re.compile(r'^(new \d+ \S+|del \d+|alive( \d+)*|leaked( \d+)*|gc start|gc end)$')


def main():
    refscope, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    passed = failed = 0
    for script in sorted(folder.glob('*.py')):
        expected = subprocess.run([sys.executable, script], capture_output=True, text=True,
                                  timeout=60)
        got = subprocess.run([refscope, '--trace', script], capture_output=True, text=True,
                             timeout=60)
        printed = [l for l in got.stdout.splitlines() if not TRACE_LINE.match(l)]
        if expected.returncode != 0 or got.returncode != 0:
            failed += 1
            print(f'FAIL {script.name}: python3 exit {expected.returncode}, '
                  f'refscope exit {got.returncode}\n{expected.stderr}{got.stderr}')
        elif printed != expected.stdout.splitlines():
            failed += 1
            print(f'FAIL {script.name}')
            for a, b in zip(expected.stdout.splitlines() + ['<end>'] * len(printed),
                            printed + ['<end>'] * len(expected.stdout.splitlines())):
                if a != b:
                    print(f'  python3:  {a}\n  refscope: {b}')
                    break
        else:
            passed += 1
    print(f'{passed} passed, {failed} failed')
    return 1 if failed or not passed else 0


if __name__ == '__main__':
    sys.exit(main())
