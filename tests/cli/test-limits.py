#!/usr/bin/env python3
"""The memory limits of the headless commands: the heap budget
(--heap-limit, --object-limit: MemoryError in the script, said on
stderr), the history budget of --export (--history-limit) and the
validation of those options (docs/limits.md).

    test-limits.py REFSCOPE
"""
import os
import resource
import subprocess
import sys
import tempfile
import unittest

REFSCOPE = None
GiB = 1 << 30


def run(*args, address_space=None, env=None):
    environment = dict(os.environ, DISPLAY='', WAYLAND_DISPLAY='', LC_ALL='C.UTF-8')
    for name in ('REFSCOPE_HEAP_LIMIT', 'REFSCOPE_OBJECT_LIMIT', 'REFSCOPE_HISTORY_LIMIT'):
        environment.pop(name, None)
    environment.update(env or {})

    def limit():
        if address_space is not None:   # ulimit -v
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    return subprocess.run([REFSCOPE, *args], capture_output=True, text=True,
                          env=environment, timeout=60, preexec_fn=limit)


class Limits(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix='refscope-limits-')
        self.addCleanup(self.tmp.cleanup)

    def script(self, text, name='s.py'):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def assert_memory_error(self, proc, trace, limit='heap limit'):
        # as an uncaught error: part of the trace, exit 0; the limit on stderr
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout, trace)
        self.assertIn(': MemoryError: ', proc.stderr)
        self.assertIn(limit, proc.stderr)

    def test_list_repeat_under_ulimit(self):
        # the default budget is half of what ulimit -v leaves: no abort
        path = self.script('a = [0] * 1000000000\nprint(1)\n')
        proc = run('--trace', path, address_space=2 * GiB)
        self.assert_memory_error(proc, 'new 1 list\ndel 1\nerror MemoryError line 1\nalive\nleaked\n')
        self.assertIn('--heap-limit=BYTES', proc.stderr)
        self.assertIn('REFSCOPE_HEAP_LIMIT', proc.stderr)

    def test_str_repeat(self):
        path = self.script("a = 'ab' * 1000000000\n")
        self.assert_memory_error(run('--trace', path, address_space=2 * GiB),
                                 'error MemoryError line 1\nalive\nleaked\n')
        self.assert_memory_error(run('--trace', '--heap-limit=1G', path),
                                 'error MemoryError line 1\nalive\nleaked\n')

    def test_concatenation_of_a_big_list(self):
        # [[]] * 300000000 then a + a, scaled down to the budget
        path = self.script('a = [[]] * 3000000\nprint(len(a))\nb = a + a\nprint(len(b))\n')
        self.assert_memory_error(run('--trace', '--heap-limit=40M', path),
                                 'new 1 list\nnew 2 list\nnew 3 list\ndel 2\n3000000\n'
                                 'error MemoryError line 3\nalive 1 3\nleaked\n')
        proc = run('--trace', '--heap-limit=100M', path)
        self.assertEqual((proc.returncode, proc.stderr), (0, ''))
        self.assertIn('6000000\n', proc.stdout)

    def test_memory_error_is_catchable(self):
        # an Exception (`except Exception` takes it), with no arguments
        path = self.script('try:\n    a = (1, 2) * 1000000000\nexcept Exception as e:\n'
                           '    print(repr(e), e.args)\nb = [1] * 10\nprint(len(b))\n')
        proc = run('--trace', '--heap-limit=64M', path)
        self.assertEqual((proc.returncode, proc.stdout, proc.stderr),
                         (0, 'MemoryError() ()\nnew 1 list\nnew 2 list\ndel 1\n10\nalive 2\nleaked\n', ''))

    def test_growth_one_item_at_a_time(self):
        # no single request is big: the growth trips the budget
        path = self.script('a = []\nwhile True:\n    a.append(a)\n    a.append([])\n')
        proc = run('--run', '--object-limit=5000', path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn('the object limit of 5000 living objects', proc.stderr)
        self.assertIn('--object-limit=N', proc.stderr)
        path = self.script('a = list(range(10 ** 9))\n', 'r.py')
        proc = run('--run', '--heap-limit=64M', path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn('MemoryError', proc.stderr)
        path = self.script('a = list(map(abs, range(10 ** 9)))\n', 'm.py')
        proc = run('--run', '--heap-limit=4M', path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn('MemoryError', proc.stderr)

    def test_one_request_too_big(self):
        # str methods, formats and ints reserve their result before making it
        statements = ("a = ','.join(['x' * 1000000] * 100)",
                      "a = ('a' * 100000).replace('a', 'b' * 1000)",
                      "a = 'a'.ljust(10 ** 10)", "a = 'x'.zfill(10 ** 10)",
                      "a = ('\\t' * 1000).expandtabs(100000)",
                      "a = format(1, '10000000000')", "a = f'{1:>10000000000}'",
                      "a = '%10000000000d' % 1", "a = 7 ** 10 ** 10", "a = pow(3, 10 ** 12)",
                      "a = 1 << (2 ** 31 - 1)")
        for statement in statements:
            path = self.script(f'b = 1\n{statement}\nprint(b)\n')
            proc = run('--trace', '--heap-limit=64M', path)
            self.assertEqual(proc.returncode, 0, statement)
            self.assertTrue(proc.stdout.endswith('error MemoryError line 2\nalive\nleaked\n'),
                            (statement, proc.stdout))
        # what fits runs as in CPython
        path = self.script("print(len(','.join(['ab'] * 1000)), len('a'.center(50)), 2 ** 100 % 7)\n")
        proc = run('--trace', '--heap-limit=64M', path)
        self.assertEqual((proc.returncode, proc.stdout),
                         (0, 'new 1 list\nnew 2 list\ndel 1\ndel 2\n2999 50 2\nalive\nleaked\n'))

    def test_environment_sets_the_limit(self):
        path = self.script('a = [0] * 10000000\n')
        proc = run('--trace', path, env={'REFSCOPE_HEAP_LIMIT': '16M'})
        self.assert_memory_error(proc, 'new 1 list\ndel 1\nerror MemoryError line 1\nalive\nleaked\n')
        self.assertIn('16.0', proc.stderr)
        # the option wins over the environment
        proc = run('--trace', '--heap-limit=1G', path, env={'REFSCOPE_HEAP_LIMIT': '16M'})
        self.assertEqual((proc.returncode, proc.stderr), (0, ''))

    def test_history_limit_of_export(self):
        # the churn loop: before the step limit, the history limit stops it
        out = os.path.join(self.tmp.name, 'o.png')
        path = self.script('class Foo:\n    pass\nwhile True:\n    a = Foo()\n')
        proc = run('--export', out, '--history-limit=8M', path)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn('recording stopped after step ', proc.stderr)
        self.assertIn('the history reached its limit of 8.0', proc.stderr)
        self.assertIn('--history-limit=BYTES', proc.stderr)
        self.assertFalse(os.path.exists(out))

    def assert_usage_error(self, proc, *words):
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, '')
        lines = proc.stderr.splitlines()
        self.assertEqual(len(lines), 1, proc.stderr)
        self.assertTrue(lines[0].startswith('refscope: error: '), lines[0])
        for word in words:
            self.assertIn(word, lines[0])

    def test_options_validated(self):
        path = self.script('a = 1\n')
        for option in ('--heap-limit', '--history-limit'):
            for value in ('-1', '0', '1000', '1e3', '', 'lots', '18446744073709551616', '1X',
                          '20000000000000000T'):
                self.assert_usage_error(run('--trace', f'{option}={value}', path),
                                        option, f'“{value}”')
        for value in ('-1', '0', '999', '4294967296', '1k'):
            self.assert_usage_error(run('--trace', f'--object-limit={value}', path),
                                    '--object-limit', f'“{value}”')
        for args in (('--heap-limit=1G',), ('--object-limit=5000',), ('--history-limit=1G',)):
            self.assert_usage_error(run(*args, path), '--trace')
        for value in ('1M', '1m', '64MiB', '2G', '1048576'):
            proc = run('--trace', f'--heap-limit={value}', path)
            self.assertEqual((proc.returncode, proc.stdout), (0, 'alive\nleaked\n'), proc.stderr)


def main(argv):
    global REFSCOPE
    REFSCOPE = argv[1]
    unittest.main(argv=argv[:1], verbosity=2)


if __name__ == '__main__':
    main(sys.argv)
