#!/usr/bin/env python3
"""Runs the built refscope as a user would, without a display: --help,
--version, usage errors and the trace command's exit statuses.

    test-cli.py REFSCOPE VERSION
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

REFSCOPE = VERSION = None


def run(*args):
    env = dict(os.environ, DISPLAY='', WAYLAND_DISPLAY='', LC_ALL='C.UTF-8')
    return subprocess.run([REFSCOPE, *args], capture_output=True, text=True,
                          env=env, timeout=60)


class Cli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix='refscope-cli-')
        self.addCleanup(self.tmp.cleanup)

    def script(self, text, name='s.py'):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def assert_usage_error(self, proc, *words):
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, '')
        lines = proc.stderr.splitlines()
        self.assertEqual(len(lines), 1, proc.stderr)
        self.assertTrue(lines[0].startswith('refscope: error: '), lines[0])
        for word in words:
            self.assertIn(word, lines[0])

    def test_help_lists_every_mode(self):
        proc = run('--help')
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stderr, '')
        for option in ('--version', '--trace', '--step-limit=N', '--export=OUT',
                       '--step=N', '--engine=ENGINE', '--scale=S', '--all-steps',
                       '--dark', '--no-legend'):
            self.assertRegex(proc.stdout, r'(?m)^  ' + re.escape(option) + r'\s')
        self.assertIn('Trace Options', proc.stdout)
        self.assertIn('Export Options', proc.stdout)
        self.assertEqual(run('-h').stdout, proc.stdout)

    def test_version(self):
        proc = run('--version')
        self.assertEqual((proc.returncode, proc.stdout, proc.stderr),
                         (0, f'refscope {VERSION}\n', ''))

    def test_bad_options(self):
        path = self.script('a = 1\n')
        self.assert_usage_error(run('--bogus'), '--bogus')
        self.assert_usage_error(run('--trace', '--step-limit', 'x', path), '--step-limit', 'x')
        self.assert_usage_error(run('--trace', '--step-limit', '-3', path), '--step-limit')
        self.assert_usage_error(run('--export'), '--export')
        self.assert_usage_error(run('--export', os.path.join(self.tmp.name, 'o.png')),
                                '--export', 'FILE.py')
        self.assert_usage_error(run('--trace'), '--trace', 'FILE.py')
        self.assert_usage_error(run('--trace', path, path), '--trace')
        self.assert_usage_error(run('--trace', '--export', 'o.png', path), '--trace', '--export')
        self.assert_usage_error(run('--trace', '--dark', path), '--export')
        self.assert_usage_error(run('--dark', path), '--export')
        self.assert_usage_error(run('--step-limit', '5', path), '--trace')

    def test_out_of_range_numbers(self):
        path = self.script('a = 1\n')
        out = os.path.join(self.tmp.name, 'o.png')
        for value in ('-1', '0', '18446744073709551616', '1e3', ''):
            self.assert_usage_error(run('--trace', '--step-limit', value, path),
                                    '--step-limit', f'“{value}”')
            self.assert_usage_error(run('--trace', f'--step-limit={value}', path), '--step-limit')
        for value in ('-1', '4294967296', 'last'):
            self.assert_usage_error(run('--export', out, '--step', value, path),
                                    '--step', f'“{value}”')
        self.assertFalse(os.path.exists(out))

    def test_trace(self):
        path = self.script('a = []\nprint(len(a))\n')
        proc = run('--trace', path)
        self.assertEqual((proc.returncode, proc.stdout, proc.stderr),
                         (0, 'new 1 list\n0\nalive 1\nleaked\n', ''))

    def test_runtime_error_is_part_of_the_trace(self):
        proc = run('--trace', self.script('a = []\nb = c\n'))
        self.assertEqual((proc.returncode, proc.stdout),
                         (0, 'new 1 list\nerror NameError line 2\nalive 1\nleaked\n'))

    def test_run_prints_what_python_prints(self):
        text = ('import gc\nclass Node:\n    def __init__(self, n):\n'
                '        self.n = n\n    def __del__(self):\n        print("bye", self.n)\n'
                'nodes = []\nfor i in range(4):\n    nodes.append(Node(i * 1.5))\n'
                'nodes[0].peer = nodes[1]\nnodes[1].peer = nodes[0]\n'
                'nodes = None\nprint(f"{gc.collect() > 0}", sep="")\n'
                'print({"a": [1, 2.5, "x"]}, end="!\\n")\n')
        path = self.script(text)
        proc = run('--run', path)
        python = subprocess.run([sys.executable, '-c',
                                 'import gc, sys; gc.disable(); '
                                 'exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"))',
                                 path], capture_output=True, text=True, timeout=60)
        self.assertEqual(python.returncode, 0, python.stderr)
        self.assertIn('bye 4.5', python.stdout)
        self.assertEqual((proc.returncode, proc.stdout, proc.stderr), (0, python.stdout, ''))

    def test_run_reports_a_runtime_error_on_stderr(self):
        path = self.script('print(1)\nb = c\nprint(2)\n')
        proc = run('--run', path)
        self.assertEqual((proc.returncode, proc.stdout), (0, '1\n'))
        self.assertEqual(proc.stderr, f"{path}:2: NameError: name 'c' is not defined\n")

    def test_run_usage(self):
        path = self.script('a = 1\n')
        self.assert_usage_error(run('--run', '--trace', path), '--trace', '--run')
        self.assert_usage_error(run('--run', '--export', 'o.png', path), '--run', '--export')
        self.assert_usage_error(run('--run'), '--run', 'FILE.py')
        proc = run('--run', '--step-limit', '5', self.script('while True:\n    pass\n'))
        self.assertEqual((proc.returncode, proc.stdout), (3, ''))
        self.assertIn('step limit', proc.stderr)

    def test_rejected_script(self):
        path = self.script('x = 1\nimport os\n')
        proc = run('--trace', path)
        self.assertEqual(proc.returncode, 2)
        self.assertEqual(proc.stdout, '')
        self.assertRegex(proc.stderr, '^' + re.escape(path) + r':2:1: error: ')
        self.assertEqual(run('--export', os.path.join(self.tmp.name, 'o.png'), path).returncode, 2)

    def test_every_rejection(self):
        # the subset check goes on after an error: each is a line, the
        # first the oracle's, for every command that loads the script
        path = self.script('import os\nclass A:\n    x = hash\n'
                           'if x:\n    y = {1}\nz = 2j\n')
        for args in (('--trace', path), ('--run', path),
                     ('--export', os.path.join(self.tmp.name, 'o.png'), path)):
            proc = run(*args)
            self.assertEqual((proc.returncode, proc.stdout), (2, ''))
            lines = proc.stderr.splitlines()
            self.assertEqual([line.split(': error: ')[0] for line in lines],
                             [f'{path}:{where}' for where in
                              ('1:1', '3:9', '5:9', '6:5')], proc.stderr)
            self.assertIn("builtin 'hash' is not in the subset", lines[1])

    def test_unreadable_script(self):
        path = os.path.join(self.tmp.name, 'missing.py')
        proc = run('--trace', path)
        self.assertEqual((proc.returncode, proc.stdout), (1, ''))
        self.assertTrue(proc.stderr.startswith(f'refscope: error: {path}: '), proc.stderr)
        self.assertEqual(len(proc.stderr.splitlines()), 1, proc.stderr)

    def assert_unreadable(self, path, why):
        out = os.path.join(self.tmp.name, 'o.png')
        for args in (('--trace', path), ('--export', out, path)):
            proc = run(*args)
            self.assertEqual((proc.returncode, proc.stdout, proc.stderr),
                         (1, '', f'refscope: error: {path}: {why}\n'))
        self.assertFalse(os.path.exists(out))

    def test_not_a_regular_file(self):
        fifo = os.path.join(self.tmp.name, 'fifo.py')
        os.mkfifo(fifo)
        folder = os.path.join(self.tmp.name, 'folder.py')
        os.mkdir(folder)
        # Read, a FIFO would wait for a writer and /dev/zero never end.
        for path in (fifo, '/dev/zero', folder):
            self.assert_unreadable(path, 'not a regular file')

    def test_size_cap(self):
        limit = 8 * 1024 * 1024
        path = self.script('#' * limit + '\n')
        self.assert_unreadable(path, 'larger than 8.0\u00a0MiB, the limit for a script')
        proc = run('--trace', self.script('#' * (limit - 1) + '\n', 'limit.py'))
        self.assertEqual((proc.returncode, proc.stdout, proc.stderr), (0, 'alive\nleaked\n', ''))

    def raw_script(self, data, name='s.py'):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path

    def assert_located(self, data, where, message):
        path = self.raw_script(data)
        for args in (('--trace', path), ('--export', os.path.join(self.tmp.name, 'o.png'), path)):
            proc = run(*args)
            self.assertEqual((proc.returncode, proc.stdout, proc.stderr),
                             (2, '', f'{path}:{where}: error: {message}\n'))

    def test_null_bytes(self):
        self.assert_located(b'a = 1\nb = 2\0\n', '2:6', 'source code cannot contain null bytes')
        self.assert_located(b'a = "\xc3\xa9"\0', '1:8', 'source code cannot contain null bytes')

    def test_invalid_utf8(self):
        # CPython's words: compile(b'b = "x\xff"', ...) says "(unicode
        # error) 'utf-8' codec can't decode byte 0xff in position 1:
        # invalid start byte"; the position is the line and column here.
        decode = "(unicode error) 'utf-8' codec can't decode byte"
        self.assert_located(b'a = 1\nb = "x\xff"\n', '2:7', f'{decode} 0xff: invalid start byte')
        self.assert_located(b'a = 1\r\nb = 1 \xc0\xaf\n', '2:7', f'{decode} 0xc0: invalid start byte')
        self.assert_located(b'a = "\xc3\xa9\xc3("\n', '1:7', f'{decode} 0xc3: invalid continuation byte')
        self.assert_located(b'a = "\xed\xa0\x80"\n', '1:6', f'{decode} 0xed: invalid continuation byte')
        self.assert_located(b'a = 1\rb = 1\xf0\x9f', '2:6', f'{decode} 0xf0: unexpected end of data')

    def test_byte_order_mark(self):
        # python3 skips a leading BOM (the oracle, which reads the file as
        # str, does not): the trace is the one without it.
        path = self.raw_script(b'\xef\xbb\xbfa = []\nprint(len(a))\n')
        proc = run('--trace', path)
        self.assertEqual((proc.returncode, proc.stdout, proc.stderr),
                         (0, 'new 1 list\n0\nalive 1\nleaked\n', ''))
        # Columns count from after it, as CPython's do.
        proc = run('--trace', self.raw_script(b'\xef\xbb\xbfimport os\n', 'import.py'))
        self.assertEqual(proc.returncode, 2)
        self.assertRegex(proc.stderr, r'^\S+import\.py:1:1: error: ')
        # Only one: a second is a character CPython refuses.
        self.assert_located(b'\xef\xbb\xbf\xef\xbb\xbfa = 1\n', '1:1',
                            'invalid non-printable character U+FEFF')

    def test_step_limit(self):
        path = self.script('x = 0\nfor i in range(100):\n    x = i\nprint(x)\n')
        self.assertEqual(run('--trace', path).stdout, '99\nalive\nleaked\n')
        for args in (('--step-limit', '5'), ('--step-limit=5',)):
            proc = run('--trace', *args, path)
            # the limit is no error of the script: no trace line says it
            self.assertEqual(proc.returncode, 3, proc.stderr)
            self.assertEqual(proc.stdout, 'alive\nleaked\n')
            self.assertIn('stopped after 5 executed lines', proc.stderr)

    def test_export_stopped_before_the_end(self):
        # no picture of a run that did not end as CPython's
        out = os.path.join(self.tmp.name, 'o.png')
        path = self.script('x = 0\nwhile True:\n    x = 1\n')
        proc = run('--export', out, path)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn('stopped after 10000000 executed lines', proc.stderr)
        self.assertFalse(os.path.exists(out))
        path = self.script('t = ([],)\nprint(id(t))\n', 'r.py')
        proc = run('--export', out, path)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stderr, f'{path}:2:7: error: id() of tuple objects is not in the subset: '
                         'they hold references and cannot be weakly referenced\n')
        self.assertFalse(os.path.exists(out))

    def test_default_step_limit(self):
        help_text = run('--help').stdout
        self.assertIn('default: 200000000', help_text)
        self.assertIn('exit status 3', help_text)

    def assert_rejected_while_running(self, text, stdout, position, message):
        path = self.script(text)
        proc = run('--trace', path)
        self.assertEqual((proc.returncode, proc.stdout), (2, stdout), proc.stderr)
        self.assertEqual(proc.stderr, f'{path}:{position}: error: {message}\n')

    def test_weakset_rejected_while_running(self):
        # LANGUAGE.md: iterating, popping or printing a non-empty WeakSet
        # (its order is CPython's addresses'); the oracle's WeakSet refuses
        # any iteration, an empty one's too (copy() iterates)
        head = 'import weakref\nclass P:\n    pass\np = P()\ns = weakref.WeakSet([p])\n'
        made = 'new 1 P\nnew 2 list\ndel 2\n'
        self.assert_rejected_while_running(
            head + 'for x in s:\n    pass\n', made, '6:1',
            'iterating a WeakSet (its order depends on addresses)')
        self.assert_rejected_while_running(
            head + 'def f():\n    if s:\n        for x in s:\n            pass\nf()\n', made, '8:9',
            'iterating a WeakSet (its order depends on addresses)')
        self.assert_rejected_while_running(
            head + 'x = list(s)\n', made + 'new 3 list\n', '6:5',
            'iterating a WeakSet (its order depends on addresses)')
        self.assert_rejected_while_running(
            head + 'x = s.pop()\n', made, '6:5', 'WeakSet.pop() (its choice depends on addresses)')
        self.assert_rejected_while_running(
            head + 'print(s)\n', made, '6:1', 'repr of a non-empty WeakSet')
        self.assert_rejected_while_running(
            'import weakref\ns = weakref.WeakSet()\nprint(s)\nt = s.copy()\n', 'set()\n', '4:5',
            'iterating a WeakSet (its order depends on addresses)')
        # the operators that copy or iterate a WeakSet, at the operator
        # (`&` and the in-place ones with a list do not: tests/cases/l2_weak_set_*)
        for tail, position in (('x = (1, s - [p])\n', '6:9'), ('x = s | [p]\n', '6:5'),
                               ('x = s ^ [p]\n', '6:5'), ('x = s.union([p])\n', '6:5'),
                               ('print(1, s == weakref.WeakSet())\n', '6:10'),
                               ('s |= weakref.WeakSet()\n', '6:1')):
            self.assert_rejected_while_running(
                head + tail, made + ('new 3 list\n' if '[p]' in tail else ''), position,
                'iterating a WeakSet (its order depends on addresses)')

    def test_rejected_while_running(self):
        # LANGUAGE.md: the trace so far stays, then FILE:LINE:COL of the
        # call and exit status 2, as the oracle (which cannot go on: it
        # would have to keep the tuple alive, or count what CPython shares)
        self.assert_rejected_while_running(
            'class A:\n    pass\na = A()\nprint("hi")\nt = (a, 1)\nprint(id(t))\n',
            'new 1 A\nhi\n', '6:7',
            'id() of tuple objects is not in the subset: they hold references and cannot be weakly referenced')
        self.assert_rejected_while_running(
            'import sys\nx = [1]\nprint(sys.getrefcount(x))\nprint(sys.getrefcount(len))\n',
            'new 1 list\n2\n', '4:7',
            'sys.getrefcount() of an untraced value (builtin_function_or_method)')
        # the type's __name__, without its module
        self.assert_rejected_while_running(
            'import sys\nimport weakref\nclass A:\n    pass\nx = A()\n'
            'print(sys.getrefcount(weakref.ref(x)))\n',
            'new 1 A\n', '6:7', 'sys.getrefcount() of an untraced value (ReferenceType)')
        self.assert_rejected_while_running(
            'import sys\ndef f():\n    pass\nn = 1 + sys.getrefcount(f)\n',
            '', '4:9', 'sys.getrefcount() of an untraced value (function)')
        # keyword arguments to weakref.finalize, once its arguments are evaluated
        self.assert_rejected_while_running(
            'import weakref\nclass A:\n    pass\na = A()\nprint("before")\n'
            'weakref.finalize(a, print, sep="-")\n',
            'new 1 A\nbefore\n', '6:1', 'keyword arguments to weakref.finalize are not in the subset')
        # a power that CPython makes a complex number, with `**` and pow()
        self.assert_rejected_while_running(
            'x = -8\ny = 0.5\nprint(x ** 3)\nz = x ** y\n', '-512\n', '4:1',
            'a negative number to a fractional power is a complex number, which is not in the subset')
        self.assert_rejected_while_running(
            'print(pow(-8.0, 0.5))\n', '', '1:7',
            'a negative number to a fractional power is a complex number, which is not in the subset')
        # a special method that is object's (or BaseException's) and not
        # in the model, or of a name that is no longer the class
        self.assert_rejected_while_running(
            'class A:\n    def __lt__(self, o):\n        return super().__lt__(o)\nprint(A() < A())\n',
            'new 1 A\nnew 2 A\n', '3:13',
            "object.__lt__ is not in the subset here (only object's __repr__, __str__, __eq__ and "
            "__ne__, through super() or an instance of a script class that is not an exception)")
        self.assert_rejected_while_running(
            'class A:\n    pass\nprint(A.__repr__(A()))\n', '', '3:1',
            "object.__repr__ is not in the subset here (only object's __repr__, __str__, __eq__ and "
            "__ne__, through super() or an instance of a script class that is not an exception)")
        self.assert_rejected_while_running(
            'class A:\n    pass\nA = 5\nprint(A.__add__(1))\n', '', '4:1',
            'int.__add__ is not in the subset (special methods can be read on script classes and '
            'their instances only)')
        self.assert_rejected_while_running(
            'class E(Exception):\n    def __str__(self):\n        return super().__str__()\nprint(E(1))\n',
            'new 1 E\n', '3:1', 'BaseException.__str__ is not in the subset')
        # `is` between equal numbers that CPython may or may not
        # have made one object (`a + 1 - 1 is a` is False for 1000)
        self.assert_rejected_while_running(
            'a = 1000\nb = a + 1 - 1\nprint(a is 1000)\nprint(b is a)\n', '', '3:1',
            '`is` between two equal values of type int is not in the subset (whether CPython made them one '
            'object depends on where they were computed); compare them with ==')
        self.assert_rejected_while_running(
            'f = 0.5\nprint(f is 0.5)\n', '', '2:1',
            '`is` between two equal values of type float is not in the subset (whether CPython made them one '
            'object depends on where they were computed); compare them with ==')
        # a builtin's docstring, which the model has not
        self.assert_rejected_while_running(
            'x = 5\nprint("a")\nd = x.__doc__\n', 'a\n', '3:1',
            '__doc__ of a value of type int is not in the subset (the model has no docstrings of builtins)')
        self.assert_rejected_while_running(
            'print(len.__doc__)\n', '', '1:1', '__doc__ of a value of type builtin_function_or_method is not '
            'in the subset (the model has no docstrings of builtins)')
        self.assert_rejected_while_running(
            'print("s".__doc__)\n', '', '1:1',
            '__doc__ of a value of type str is not in the subset (the model has no docstrings of builtins)')
        # str methods the subset leaves out
        self.assert_rejected_while_running(
            'print("hi")\nb = "a".encode()\n', 'hi\n', '2:1', 'str.encode() is not in the subset')
        self.assert_rejected_while_running(
            'class A:\n    pass\nf = "{0.__dict__}"\nprint(f.format(A()))\n', 'new 1 A\n', '4:7',
            "attribute '__dict__' is not in the subset (in a format string)")
        self.assert_rejected_while_running(
            'print(str.upper("a"))\n', '', '1:1',
            'str.upper as an attribute of the type is not in the subset; '
            'call the method on a string: s.upper(...)')
        # a computed attribute name outside the subset
        self.assert_rejected_while_running(
            'class A:\n    pass\nn = "__di" + "ct__"\nx = getattr(A(), n)\n',
            'new 1 A\n', '4:5', "attribute '__dict__' is not in the subset")
        # nothing after it: no release of the unwinding frame, no __del__
        self.assert_rejected_while_running(
            'class D:\n    def __del__(self):\n        print("del D")\n'
            'def f():\n    d = D()\n    t = (d,)\n    x = [1, id(t)]\n    print("never")\nf()\n',
            'new 1 D\n', '7:13',
            'id() of tuple objects is not in the subset: they hold references and cannot be weakly referenced')
        # special methods: what CPython would walk through __getitem__
        # stops where it happens
        self.assert_rejected_while_running(
            'class G:\n    def __getitem__(self, i):\n        return i\ng = G()\nprint(1 in g)\n',
            'new 1 G\n', '5:5', '`in` over __getitem__ (without __contains__) is not in the '
            'subset; define __contains__')
        self.assert_rejected_while_running(
            'class G:\n    def __getitem__(self, i):\n        return i\nfor x in G():\n    pass\n',
            'new 1 G\n', '4:10', 'iterating over __getitem__ is not in the subset; iterate '
            'over a list the object holds')

        # the iteration builtins' forms that stay out
        self.assert_rejected_while_running(
            'def f():\n    return 1\nprint(2)\nit = iter(f, 1)\n',
            '2\n', '4:6', 'iter(callable, sentinel) is not in the subset; write a while loop')
        self.assert_rejected_while_running(
            'd = {1: 2}\nr = reversed(d)\n',
            'new 1 dict\n', '2:5',
            'reversed() of a dict or a dict view is not in the subset; write reversed(list(d))')
        self.assert_rejected_while_running(
            'd = {1: 2}\na, *b = d.items()\n',
            'new 1 dict\n', '2:9',
            'this use of dict_items objects is not in the subset: for, list(), tuple(), sorted(), '
            'min(), max(), sum(), any(), all(), dict(), extend(), +=, in, f(*x) and unpacking '
            'without a star walk it; write list(...) around it')

    def test_exception_attributes_rejected_while_running(self):
        # a builtin exception's own methods and a traceback as a value are
        # outside the subset: known only when the attribute is looked up
        self.assert_rejected_while_running(
            'try:\n    raise ValueError(1)\nexcept ValueError as e:\n    print("in")\n'
            '    e.with_traceback(None)\n',
            'in\n', '5:5',
            "the attribute 'with_traceback' of a builtin exception is not in the subset; "
            "args, __cause__, __context__, __suppress_context__ and __traceback__ are "
            "(str(e) is its message)")
        self.assert_rejected_while_running(
            'class A:\n    pass\ntry:\n    a = A()\n    raise KeyError(1)\n'
            'except KeyError as e:\n    print(len(e.__traceback__))\n',
            'new 1 A\n', '7:11',
            'a traceback as a value is not in the subset; '
            '`e.__traceback__ = None` is, and reading it once it is None')


def main(argv):
    global REFSCOPE, VERSION
    REFSCOPE, VERSION = argv[1], argv[2]
    unittest.main(argv=argv[:1], verbosity=2)


if __name__ == '__main__':
    main(sys.argv)
