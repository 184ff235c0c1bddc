#!/usr/bin/env python3
"""Compares the front end's co_varnames, co_cellvars and co_freevars
(dump-scopes) with CPython's for every function, nested ones too, of every
script in the given folders.

    check-scopes.py DUMP_SCOPES DIR...
"""
import glob
import os
import subprocess
import sys
import types
import warnings


def cpython_varnames(path):
    warnings.simplefilter('ignore')
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    found = []

    def walk(code, prefix):
        for const in code.co_consts:
            if not isinstance(const, types.CodeType):
                continue
            if const.co_flags & 0x2:        # CO_NEWLOCALS: a function
                line = f'{path} {prefix}{const.co_name}:' + ''.join(' ' + v for v in const.co_varnames)
                # a method's __class__ cell (super) is modelled apart, as
                # the function's class_cell, not as a free slot
                frees = [v for v in const.co_freevars if v != '__class__']
                if const.co_cellvars or frees:
                    line += (' | cells:' + ''.join(' ' + v for v in const.co_cellvars)
                             + ' | frees:' + ''.join(' ' + v for v in frees))
                found.append(line)
                walk(const, prefix + const.co_name + '.<locals>.')
            else:                           # a class body
                walk(const, prefix + const.co_name + '.')
    walk(code, '')
    return found


def main(argv):
    dumper, dirs = argv[1], argv[2:]
    paths = sorted(p for d in dirs for p in glob.glob(os.path.join(d, '*.py')))
    if not paths:
        print('no scripts found in', dirs)
        return 1
    ours = subprocess.run([dumper] + paths, capture_output=True, text=True)
    if ours.returncode != 0:
        print(ours.stderr)
        return 1
    expected = [line for p in paths for line in cpython_varnames(p)]
    got = ours.stdout.splitlines()
    if sorted(expected) != sorted(got):
        for line in sorted(set(expected) ^ set(got)):
            print('cpython' if line in expected else 'ours   ', line)
        return 1
    print(f'{len(paths)} scripts, {len(got)} functions: co_varnames as CPython')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
