#!/usr/bin/env python3
"""compare.py --run, with a per-case time limit the environment may raise.

    run-cases.py COMPARE_PY --run CMD DIR

The shared compare.py gives each case 10 s, right for refscope alone; under
memcheck (`meson test --setup memcheck`, which puts valgrind before refscope
through REFSCOPE_TEST_WRAPPER) a long case needs more, and the setup sets
REFSCOPE_CASE_TIMEOUT (seconds).  Everything else is compare.py's own.
"""
import importlib.util
import os
import sys


def main():
    compare_py = sys.argv[1]
    spec = importlib.util.spec_from_file_location('compare', compare_py)
    compare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compare)
    timeout = os.environ.get('REFSCOPE_CASE_TIMEOUT')
    if timeout:
        compare.TIMEOUT_S = float(timeout)
    return compare.main([compare_py] + sys.argv[2:])


if __name__ == '__main__':
    sys.exit(main())
