#!/usr/bin/env python3
"""Every example session, the Korean tutorial's included, runs in refscope
exactly as in CPython: each one's expected trace comes from the oracle,
made here at test time (an example has no trace of its own to go stale),
and compare.py judges the pair.

    check-examples.py TRACE_PY COMPARE_PY REFSCOPE_TRACE_CMD EXAMPLES_DIR
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile


def main():
    trace_py, compare_py, command, examples = sys.argv[1:5]
    scripts = sorted(pathlib.Path(examples).rglob('*.py'))
    if len(scripts) < 10:
        sys.exit('only %d examples under %s' % (len(scripts), examples))
    with tempfile.TemporaryDirectory(prefix='refscope-examples-') as tmp:
        for script in scripts:
            name = '_'.join(script.relative_to(examples).parts)
            shutil.copyfile(script, pathlib.Path(tmp) / name)
            oracle = subprocess.run([sys.executable, trace_py, str(script)],
                                    capture_output=True, text=True, check=False)
            if oracle.returncode != 0:
                sys.exit('the oracle cannot run %s: %s' % (script, oracle.stderr.strip()))
            (pathlib.Path(tmp) / name).with_suffix('.trace').write_text(oracle.stdout, encoding='utf-8')
        run_cases = pathlib.Path(__file__).with_name('run-cases.py')
        sys.exit(subprocess.run([sys.executable, str(run_cases), compare_py, '--run', command, tmp]).returncode)


if __name__ == '__main__':
    main()
