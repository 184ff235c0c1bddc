#!/usr/bin/env python3
"""The subset's own messages in Korean (issue 13): with LANGUAGE=ko a
rejected script is told why in Korean, the `FILE:LINE:COL: error:` frame
of LANGUAGE.md stays, and the English run is unchanged; CPython's own
messages, in the trace, are the same in both.

    test-korean.py REFSCOPE LOCALEDIR
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

REFSCOPE = LOCALEDIR = None
HANGUL = re.compile('[\uac00-\ud7a3]')


def run(script, language=None):
    """refscope --trace on @script, with the catalogues of the build tree."""
    environment = dict(os.environ, DISPLAY='', WAYLAND_DISPLAY='', LC_ALL='C.UTF-8',
                       REFSCOPE_LOCALEDIR=LOCALEDIR)
    environment.pop('LANGUAGE', None)
    if language is not None:
        environment['LANGUAGE'] = language
    with tempfile.TemporaryDirectory(prefix='refscope-ko-') as tmp:
        path = os.path.join(tmp, 'script.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(script)
        result = subprocess.run([REFSCOPE, '--trace', path], capture_output=True, text=True,
                                env=environment, timeout=60)
    # the temporary folder differs between runs, not the message
    result.stderr = result.stderr.replace(path, 'script.py')
    return result, path


class Korean(unittest.TestCase):
    def test_catalogue_is_built(self):
        self.assertTrue(os.path.isfile(os.path.join(LOCALEDIR, 'ko', 'LC_MESSAGES', 'refscope.mo')))

    def test_rejection_in_korean(self):
        for script, english in (
                ('x = 1\nwith x:\n    pass\n', 'with is not in the subset'),
                ('import gc\ny = b"ab"\n', 'bytes literals are not in the subset'),
                # a module's member: one whole sentence, not a sentence and a hint
                ('import gc\ngc.get_objects()\n', 'gc.get_objects is not in the subset; use '
                 'gc.collect(), gc.enable(), gc.disable() or gc.isenabled()'),
                # the parser's reason for a target, translated where it is reported
                ('a = [1]\nfor *b, c in [a]:\n    pass\n', 'a starred target only as '
                 '`a, *b = ...` (one target, not nested, not in for)'),
                # found while the script runs, after it printed
                ('x = 5\nprint("a")\nd = x.__doc__\n', '__doc__ of a value of type int is not '
                 'in the subset (the model has no docstrings of builtins)'),
                ('z = 2.5\nprint(z is z + 0)\n', '`is` between two equal values of type float '
                 'is not in the subset (whether CPython made them one object depends on where '
                 'they were computed); compare them with ==')):
            with self.subTest(english=english):
                en, _ = run(script)
                ko, _ = run(script, 'ko')
                self.assertEqual(en.returncode, 2)
                self.assertEqual(ko.returncode, 2)
                self.assertEqual(ko.stdout, en.stdout)
                frame, message = en.stderr.rstrip('\n').split(': error: ')
                self.assertEqual(message, english)
                self.assertTrue(ko.stderr.startswith(frame + ': error: '), ko.stderr)
                korean = ko.stderr.rstrip('\n').split(': error: ', 1)[1]
                self.assertRegex(korean, HANGUL)
                self.assertNotEqual(korean, english)

    def test_cpython_messages_stay(self):
        # a syntax error and a runtime message are CPython's, in both runs
        script = ('try:\n    1 + "a"\nexcept TypeError as e:\n    print(e)\n'
                  'class C:\n    pass\nc = C()\n')
        en, _ = run(script)
        ko, _ = run(script, 'ko')
        self.assertEqual(en.returncode, 0, en.stderr)
        self.assertIn("unsupported operand type(s) for +: 'int' and 'str'", en.stdout)
        self.assertEqual(ko.stdout, en.stdout)
        en, _ = run('x = (1,\n')
        ko, _ = run('x = (1,\n', 'ko')
        self.assertEqual(en.returncode, 2)
        self.assertEqual(ko.stderr, en.stderr)
        self.assertNotRegex(ko.stderr, HANGUL)


if __name__ == '__main__':
    REFSCOPE, LOCALEDIR = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1])
