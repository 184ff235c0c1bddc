#!/usr/bin/env python3
"""refscope --explain as a user runs it: the text, the JSON of
docs/explain.md, --step, and the errors.

    test-explain-command.py REFSCOPE
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

REFSCOPE = None

SCRIPT = '''\
class Foo:
    pass

a = Foo()
b = Foo()
a.friend = b
b.friend = a
c = Foo()
c.items = [Foo(), Foo()]
c.d = {'k': Foo()}
del b
x = Foo()
x.me = x
x.child = Foo()
del x
'''

KEYS = ['object', 'state', 'path', 'cycle', 'retained', 'if_removed', 'break_cycle']


def run(*args):
    env = dict(os.environ, DISPLAY='', WAYLAND_DISPLAY='', LC_ALL='C.UTF-8')
    return subprocess.run([REFSCOPE, *args], capture_output=True, text=True, env=env, timeout=60)


class Explain(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix='refscope-explain-')
        self.addCleanup(self.tmp.cleanup)
        self.path = self.script(SCRIPT)

    def script(self, text, name='s.py'):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def explain_json(self, *args):
        proc = run('--explain', *args, '--json', self.path)
        self.assertEqual((proc.returncode, proc.stderr), (0, ''))
        return json.loads(proc.stdout)

    def assert_usage_error(self, proc, *words):
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, '')
        lines = proc.stderr.splitlines()
        self.assertEqual(len(lines), 1, proc.stderr)
        self.assertTrue(lines[0].startswith('refscope: error: '), lines[0])
        for word in words:
            self.assertIn(word, lines[0])

    def test_alive_in_a_cycle(self):
        o = self.explain_json('1')
        self.assertEqual(list(o), KEYS)
        self.assertEqual(o, {
            'object': 1, 'state': 'alive', 'path': ['a'], 'cycle': [], 'retained': [1, 2],
            'if_removed': [{'reference': 'a', 'frees': [], 'leaks': [1, 2]},
                           {'reference': 'a.friend.friend', 'frees': [], 'leaks': []}],
            'break_cycle': [['a.friend'], ['a.friend.friend']]})

    def test_order_of_frees(self):
        o = self.explain_json('3')
        self.assertEqual(o['retained'], [3, 4, 5, 6, 7, 8])
        self.assertEqual(o['if_removed'], [{'reference': 'c', 'frees': [3, 6, 5, 4, 8, 7], 'leaks': []}])
        self.assertEqual(self.explain_json('7')['path'], ['c', 'c.d', "c.d['k']"])

    def test_leaked(self):
        cycle = self.explain_json('9')
        self.assertEqual((cycle['state'], cycle['path'], cycle['cycle']), ('leaked', [], [9]))
        self.assertEqual(cycle['break_cycle'], [['Foo #9.me']])
        hanging = self.explain_json('10')
        self.assertEqual((hanging['state'], hanging['path'], hanging['cycle']),
                         ('leaked', ['Foo #9', 'Foo #9.child'], [9]))

    def test_step(self):
        # steps 1 to 4 ran `class Foo:`, `pass`, the binding of Foo (line 1
        # again, once the body returned) and `a = Foo()`; by step 6
        # `a.friend = b` has run and b is still bound
        o = self.explain_json('2', '--step', '6')
        self.assertEqual(o['path'], ['b'])
        self.assertEqual([r['reference'] for r in o['if_removed']], ['b', 'a.friend'])
        self.assertEqual([o['object'] for o in self.explain_json('all', '--step', '4')], [1])
        self.assertEqual(self.explain_json('all', '--step', '3'), [])

    def test_freed(self):
        path = self.script('class Foo:\n    pass\na = Foo()\ndel a\nb = 1\n', 'freed.py')
        proc = run('--explain', '1', '--json', path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(json.loads(proc.stdout), {
            'object': 1, 'state': 'freed', 'path': [], 'cycle': [], 'retained': [],
            'if_removed': [], 'break_cycle': []})

    def test_all(self):
        objects = self.explain_json('all')
        self.assertEqual([o['object'] for o in objects], list(range(1, 11)))
        self.assertEqual([o['state'] for o in objects], ['alive'] * 8 + ['leaked'] * 2)
        for o in objects:
            self.assertEqual(list(o), KEYS)

    def test_uncertain(self):
        path = self.script('class D:\n    def __del__(self):\n        print("bye")\nd = D()\n', 'del.py')
        proc = run('--explain', '1', '--json', path)
        removal = json.loads(proc.stdout)['if_removed'][0]
        self.assertEqual(removal['frees'], [1])
        self.assertIn('__del__', removal['uncertain'])

    def test_trashcan_and_an_instance_dict(self):
        # 29 instances leave Foo's shared keys room for one name: x.b gives
        # x a dict of its own, which dict_dealloc releases a level deeper,
        # so 50 levels down its list waits for the trashcan, after the
        # other list of the innermost one
        text = ('class Foo:\n    pass\nkeep = []\nfor i in range(29):\n    keep.append(Foo())\n'
                'x = Foo()\nx.a = 1\nx.b = []\nl = [[], x]\nfor i in range(47):\n    l = [l]\ndel x\n')
        path = self.script(text, 'dict.py')
        o = [o for o in json.loads(run('--explain', 'all', '--json', path).stdout) if o['path'] == ['l']][0]
        self.assertEqual(o['if_removed'][0]['reference'], 'l')
        frees = o['if_removed'][0]['frees']
        self.assertEqual(frees[-3:], [31, 33, 32])
        proc = run('--trace', self.script(text + 'del l\n', 'dict2.py'))
        dels = [int(line.split()[1]) for line in proc.stdout.splitlines() if line.startswith('del ')]
        self.assertEqual(dels, frees)

    def test_text(self):
        proc = run('--explain', '10', self.path)
        self.assertEqual((proc.returncode, proc.stderr), (0, ''))
        self.assertEqual(proc.stdout,
                         'Foo #10: leaked\n'
                         '  leaked: hangs from the cycle of 9, by Foo #9 -> Foo #9.child\n'
                         '  retained: 10\n'
                         '  without Foo #9.child: frees 10; leaks nothing\n')
        proc = run('--explain', '4', self.path)
        self.assertIn('  why alive: c -> c.items -> c.items[0]\n', proc.stdout)

    def test_errors(self):
        self.assert_usage_error(run('--explain', '42', self.path), 'no object 42', '1 to 10')
        self.assert_usage_error(run('--explain', '2', '--step', '1', self.path), 'object 2', 'after step 1')
        self.assert_usage_error(run('--explain', '0', self.path), '--explain', '“0”')
        self.assert_usage_error(run('--explain', 'x', self.path), '--explain', '“x”')
        self.assert_usage_error(run('--explain', '1'), '--explain', 'FILE.py')
        self.assert_usage_error(run('--explain', '1', '--trace', self.path), '--explain', '--trace')
        self.assert_usage_error(run('--explain', '1', '--dark', self.path), '--export')
        self.assert_usage_error(run('--json', self.path), '--json', '--explain')
        empty = self.script('a = 1\n', 'empty.py')
        self.assert_usage_error(run('--explain', '1', empty), 'no traced object')
        proc = run('--explain', '1', '--step', '999', self.path)
        self.assertEqual(proc.returncode, 1)
        self.assertIn('there is no step 999', proc.stderr)
        rejected = self.script('with x:\n    pass\n', 'bad.py')
        proc = run('--explain', '1', rejected)
        self.assertEqual(proc.returncode, 2)
        self.assertRegex(proc.stderr, r'bad\.py:1:1: error: ')

    def test_help(self):
        proc = run('--help')
        self.assertIn('Explain Options', proc.stdout)
        self.assertRegex(proc.stdout, r'(?m)^  --explain=N\|all\s')
        self.assertRegex(proc.stdout, r'(?m)^  --json\s')


def main(argv):
    global REFSCOPE
    REFSCOPE = argv[1]
    unittest.main(argv=argv[:1], verbosity=2)


if __name__ == '__main__':
    main(sys.argv)
