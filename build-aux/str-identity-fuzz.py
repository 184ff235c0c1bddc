#!/usr/bin/env python3
"""Differential check of str identity: random str expressions, `is` between them.

    build-aux/str-identity-fuzz.py [-n N] [--seed S] [--refscope BIN] [--oracle TRACE_PY] [--out DIR]

Each seed gives a script of twelve str expressions (slices, concatenation,
repetition, str methods, join, split, partition, f-strings, %-formatting,
str.format, format(), str(), chr(), min/max) over constants and computed
strs, then prints `is` between them, against constants and against the
latin-1 singletons.  It runs through the oracle and through refscope and
names the seeds whose traces differ; scripts the oracle rejects are skipped.
A developer tool, run on demand (build-aux/fuzz-oracle.py covers the rest).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ATOMS = ["''", "'a'", "'A'", "'ab'", "'abc'", "' a '", "'a,b'", "'x y z'", "'\u00e9'", "'\\u0101'",
         "'a\\tb'", "'AbC'", "'_'", "'0'", "'12'"]
NAMES = ['s0', 's1', 's2', 's3']


def script(seed):
    r = random.Random(seed)
    atoms, names = ATOMS, NAMES

    def e(d=0):
        if d > 3 or r.random() < 0.3:
            return r.choice(atoms + names)
        x = '(' + e(d + 1) + ')'; y = '(' + e(d + 1) + ')'
        fx = r.choice(atoms + names); fy = r.choice(atoms + names)
        ops = [f"{x} + {y}", f"{x} * {r.choice([0,1,2])}", f"{x}[{r.choice([0,-1])}:{r.choice([1,2,''])}]", f"{x}[::{r.choice([1,-1,2])}]",
               f"{x}.strip({r.choice(['', repr('a'), repr(' ')])})", f"{x}.upper()", f"{x}.lower()", f"{x}.replace({r.choice(atoms)}, {r.choice(atoms)})",
               f"{x}.center({r.choice([0,1,3,5])})", f"{x}.zfill({r.choice([0,2,4])})", f"''.join([{x}])", f"{y}.join([{x}, {y}])",
               f"{x}.split()[0] if {x}.split() else {x}", f"{x}.partition({r.choice(atoms[1:])})[{r.choice([0,1,2])}]",
               f'f"{{{fx}}}"', f'f"{{{fx}}}{{{fy}}}"', f'f"{{{fx}!s}}"', f'f"{{{fx}:>{r.choice([1,4])}}}"', f'f"x{{{fx}}}"', f"'%s' % {x}", f"'%s' % ({x},)",
               f"'%s%s' % ({x}, {y})", f"'{{}}'.format({x})", f"'{{}}{{}}'.format({x}, {y})", f"str({x})", f"format({x})", f"format({x}, '<2')",
               f"{x}.removeprefix({r.choice(atoms)})", f"{x}.removesuffix({r.choice(atoms)})", f"{x}.expandtabs({r.choice([0,1,8])})",
               f"{x}.title()", f"{x}.swapcase()", f"{x}.ljust({r.choice([0,2,4])})", f"{x}.rsplit(',')[-1]", f"{x}.lstrip('a')",
               f"({x})[0] if {x} else {x}", f"max([{x}, {y}])", f"str(len({x}))", f"chr(ord({x}[0])) if {x} else {x}", f"{x}.casefold()", f"{x}.splitlines()[0] if {x} else {x}", f"{x}.rpartition({r.choice(atoms[1:])})[{r.choice([0,1,2])}]",
               f"{x}.rjust({r.choice([0,2,4])}, '*')", f"'%3s' % {x}", f"'%-1s' % ({x},)", f"'%.1s' % {x}", f"'{{:>2}}'.format({x})", f"'{{!s}}'.format({x})",
               f"{x}[{r.choice([0,1,-1,''])}::{r.choice([1,-1,2,3])}]", f"[c for c in {x}][0] if {x} else {x}", f"repr({x})", f"str({r.choice([0,1,12,-3])})",
               f"hex({r.choice([0,1,255])})", f"list({{{x}: 1, {y}: 2}})[0]", f"min({x}, {y})", f"sorted([{x}, {y}])[1]", f"{x}.split({r.choice(atoms[1:])}, 1)[-1]",
               f"{x}.split(None, {r.choice([0,1])})[0] if {x}.split() else {x}", f"{x}.rsplit(None, {r.choice([0,1])})[-1] if {x}.split() else {x}",
               f"{x} if {x} else {y}", f"format({x}, '.{r.choice([0,1,2])}')", f"'%r' % {x}", f"{x}.join([])", f"{x}.join({y})"]
        return r.choice(ops)

    lines = ["s0 = ''.join(['a', 'b'])", "s1 = chr(65)", "s2 = ''.join([' ', 'x', 'A'])", "s3 = 'abc'"]
    lines += [f"v{i} = {e()}" for i in range(12)]
    for i in range(12):
        j = r.randrange(12)
        c = r.choice(atoms + names)
        lines.append(f"print({i}, v{i} is v{j}, v{i} is {c}, v{i} == {c}, "
                     f"v{i} is chr(ord(v{i})) if len(v{i}) == 1 else v{i} is s0)")
    return '\n'.join(lines) + '\n'


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('-n', type=int, default=200)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--refscope', default='build/src/refscope')
    ap.add_argument('--oracle', default='/work/shared/oracle/trace.py')
    ap.add_argument('--out', help='keep the mismatching scripts here')
    args = ap.parse_args()
    ran = bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.seed, args.seed + args.n):
            path = os.path.join(tmp, f'{seed}.py')
            with open(path, 'w') as f:
                f.write(script(seed))
            want = run([sys.executable, args.oracle, path])
            if want.returncode != 0:
                continue
            ran += 1
            got = run([args.refscope, '--trace', path])
            if got.stdout != want.stdout:
                bad += 1
                print(f'MISMATCH seed {seed}')
                if args.out:
                    os.makedirs(args.out, exist_ok=True)
                    with open(os.path.join(args.out, f'{seed}.py'), 'w') as f:
                        f.write(script(seed))
    print(f'{ran - bad} passed, {bad} failed')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
