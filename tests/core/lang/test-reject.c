/* test-reject.c: what is outside the subset (or not Python) is rejected
 * at the oracle's position with a message that says what is wrong
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines and columns come from the oracle (shared/oracle/trace.py) run on
 * the same text.
 */
#include <string.h>

#include "rs-frontend.h"

typedef struct {
  const char  *source;
  guint        line;
  guint        col;
  RsParseError code;
  const char  *says;      /* a part of the message */
} Rejection;

static const Rejection rejections[] = {
    { "x = lambda **k: 0\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "**kwargs in a lambda is not in the subset" },
    { "f = lambda: [i for i in x]\n", 1, 13, RS_PARSE_ERROR_UNSUPPORTED, "a comprehension inside a lambda" },
    { "f = lambda a, a: 0\n", 1, 15, RS_PARSE_ERROR_SYNTAX, "duplicate argument 'a' in function definition" },
    { "lambda: 0 = 1\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "cannot assign to lambda" },
    { "class C:\n    x = [i for i in range(3)]\n", 2, 9, RS_PARSE_ERROR_UNSUPPORTED,
      "a comprehension inside a class body" },
    { "print(sum([x for x in y] for y in [[1]]))\n", 1, 11, RS_PARSE_ERROR_UNSUPPORTED,
      "a comprehension inside a generator expression" },
    { "print([(y := i) for i in range(3)])\n", 1, 9, RS_PARSE_ERROR_UNSUPPORTED,
      ":= inside a comprehension" },
    { "x = [i async for i in y]\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "async" },
    { "print({i for i in y})\n", 1, 7, RS_PARSE_ERROR_UNSUPPORTED, "sets" },
    { "f(i for i in y)\n", 1, 2, RS_PARSE_ERROR_UNSUPPORTED,
      "a generator expression only as the first argument of sum" },
    { "g = (i for i in y)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED,
      "a generator expression only as the first argument" },
    { "print([x for x, *y in [(1, 2)]])\n", 1, 7, RS_PARSE_ERROR_UNSUPPORTED, "a starred target only" },
    { "f(x for x in y, 1)\n", 1, 3, RS_PARSE_ERROR_SYNTAX, "Generator expression must be parenthesized" },
    { "print(min(x for x in [1], key=None))\n", 1, 11, RS_PARSE_ERROR_SYNTAX,
      "Generator expression must be parenthesized" },
    { "print([*x for x in y])\n", 1, 8, RS_PARSE_ERROR_SYNTAX,
      "iterable unpacking cannot be used in comprehension" },
    { "print({**x for x in y})\n", 1, 8, RS_PARSE_ERROR_SYNTAX,
      "dict unpacking cannot be used in dict comprehension" },
    { "{x: 1 for x in y} = 1\n", 1, 1, RS_PARSE_ERROR_SYNTAX,
      "cannot assign to dict comprehension here. Maybe you meant '==' instead of '='?" },
    { "(x for x in y) = 1\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "cannot assign to generator expression" },
    { "del [x for x in y]\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "cannot delete list comprehension" },
    /* CPython refuses it (the oracle, which rewrites comprehensions, does not) */
    { "print([x for x in (y := [1])])\n", 1, 20, RS_PARSE_ERROR_SYNTAX,
      "assignment expression cannot be used in a comprehension iterable expression" },
    { "print(hash in x)\n", 1, 7, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'hash'" },
    { "x = a @ b\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "@" },
    { "x = vars(y)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'vars'" },
    { "x = 1.5 @ 2.0\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "@" },
    { "x = complex(1.5)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'complex'" },
    { "class A:\n    pass\na = A()\nx = a.__repr__\n", 4, 5, RS_PARSE_ERROR_UNSUPPORTED, "attribute '__repr__'" },
    { "x = object.__repr__\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "attribute '__repr__'" },
    { "class A:\n    pass\nA.__repr__ = repr\n", 3, 1, RS_PARSE_ERROR_UNSUPPORTED, "attribute '__repr__'" },
    { "class A:\n    pass\nx = A.__dir__\n", 3, 5, RS_PARSE_ERROR_UNSUPPORTED, "attribute '__dir__'" },
    { "x = l[slice(1, 2)]\n", 1, 7, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'slice'" },
    { "x = len(l, n=1)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "keyword arguments to len()" },
    { "x = any(l, n=1)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "keyword arguments to any()" },
    { "x = zip(a, b, strict=True)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "keyword arguments to zip()" },
    { "print(1, file=None)\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "print(file=...)" },
    { "f(a=1, b)\n", 1, 9, RS_PARSE_ERROR_SYNTAX, "positional argument follows keyword argument" },
    { "f(**k, b)\n", 1, 9, RS_PARSE_ERROR_SYNTAX, "follows keyword argument unpacking" },
    { "f(**k, *b)\n", 1, 8, RS_PARSE_ERROR_SYNTAX, "iterable argument unpacking follows" },
    { "f(a=1, a=2)\n", 1, 8, RS_PARSE_ERROR_SYNTAX, "keyword argument repeated: a" },
    { "x = *a\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "starred expression here" },
    { "x = {1}\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "sets" },
    { "x = 1.5j\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "complex" },
    { "x = 2j\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "complex" },
    { "x = f'{y.__dict__}'\n", 1, 8, RS_PARSE_ERROR_UNSUPPORTED, "'__dict__'" },
    { "x = f'{y!r:{ascii(y)}}'\n", 1, 13, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'ascii'" },
    { "x = f'{y.__class__.__mro__}'\n", 1, 8, RS_PARSE_ERROR_UNSUPPORTED, "'__mro__'" },
    { "y.__class__ = 1\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "'__class__'" },
    { "x = f'{}'\n", 1, 10, RS_PARSE_ERROR_SYNTAX, "f-string: empty expression not allowed" },
    { "x = f'{a!x}'\n", 1, 13, RS_PARSE_ERROR_SYNTAX, "f-string: invalid conversion character" },
    { "x = f'{a b}'\n", 1, 2, RS_PARSE_ERROR_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?" },
    { "x = f'}'\n", 1, 9, RS_PARSE_ERROR_SYNTAX, "f-string: single '}' is not allowed" },
    { "print(f'{x:{y:{z}}}')\n", 1, 21, RS_PARSE_ERROR_SYNTAX, "f-string: expressions nested too deeply" },
    { "x = (*a)\n", 1, 6, RS_PARSE_ERROR_SYNTAX, "cannot use starred expression here" },
    { "x = f'{*a}'\n", 1, 2, RS_PARSE_ERROR_SYNTAX, "f-string: cannot use starred expression here" },
    { "x = b'abc'\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "bytes" },
    { "x = 1\nx @= 2\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "`@=`" },
    { "l = [1]\nl[0:1] += l\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "augmented assignment to a slice" },
    { "x = 1\nx += y if f(hash) else 1\n", 2, 13, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'hash'" },
    { "try:\n    pass\nexcept* ValueError:\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "except*" },
    { "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n", 3, 8, RS_PARSE_ERROR_SYNTAX,
      "multiple exception types must be parenthesized" },
    { "try:\n    pass\nexcept ValueError as e:\n    print(e.__notes__)\n", 4, 11,
      RS_PARSE_ERROR_UNSUPPORTED, "'__notes__'" },
    { "class E(OSError):\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "'OSError' is a builtin" },
    { "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", 3, 1, RS_PARSE_ERROR_SYNTAX,
      "default 'except:' must be last" },
    { "try:\n    pass\nexcept ValueError:\n    raise hash\n", 4, 11, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'hash'" },
    { "with a as b:\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "with" },
    { "def f():\n    yield 1\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "yield" },
    { "async def f():\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "async" },
    { "nonlocal x\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "nonlocal declaration not allowed at module level" },
    { "def f():\n    nonlocal x\n", 2, 5, RS_PARSE_ERROR_SYNTAX, "no binding for nonlocal 'x' found" },
    { "x = 1\ndef f():\n    nonlocal x\n", 3, 5, RS_PARSE_ERROR_SYNTAX, "no binding for nonlocal 'x' found" },
    { "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n", 4, 9, RS_PARSE_ERROR_SYNTAX,
      "name 'x' is parameter and nonlocal" },
    { "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", 5, 9,
      RS_PARSE_ERROR_SYNTAX, "name 'x' is used prior to nonlocal declaration" },
    { "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", 5, 9,
      RS_PARSE_ERROR_SYNTAX, "name 'x' is assigned to before nonlocal declaration" },
    { "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", 5, 9,
      RS_PARSE_ERROR_SYNTAX, "name 'x' is nonlocal and global" },
    { "def f(**kw):\n    def g():\n        return kw\n    return g\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED,
      "a **kwargs parameter that a nested function uses is not in the subset" },
    { "def f(**kw):\n    return lambda: kw\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED,
      "a **kwargs parameter that a nested function uses" },
    { "from os import path\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "`from gc import ...`" },
    { "from . import gc\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "`from gc import ...`" },
    { "from weakref import ref, getweakrefs\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "weakref.getweakrefs" },
    { "from gc import *\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "import *" },
    { "def f():\n    from gc import collect\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "module level" },
    { "import weakref as wr\nwr.getweakrefs(x)\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "weakref.getweakrefs" },
    /* LANGUAGE.md rejects these when they happen; refscope has none of
     * them yet, so they stay out before anything runs */
    { "x = super()\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "super().name inside a method" },
    { "class A:\n    def f(self):\n        return super\n", 3, 16, RS_PARSE_ERROR_UNSUPPORTED, "super" },
    { "x = super().f\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "only in a method" },
    { "class A:\n    def f(self):\n        super(A).f()\n", 3, 9, RS_PARSE_ERROR_UNSUPPORTED,
      "no arguments or two" },
    { "x = object()\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "object()" },
    { "class A:\n    def f(self):\n        super().__del__()\n", 3, 9, RS_PARSE_ERROR_UNSUPPORTED, "'__del__'" },
    { "class A:\n    def __del__(self):\n        self.__del__()\n", 3, 9, RS_PARSE_ERROR_UNSUPPORTED, "'__del__'" },
    { "x = type('A', (), {})\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "type() takes one argument" },
    /* the oracle's FORBIDDEN_ATTRS: an untraced list, a frame, a set's order */
    { "import weakref\nd = weakref.WeakValueDictionary()\nr = d.valuerefs()\n", 3, 5,
      RS_PARSE_ERROR_UNSUPPORTED, "attribute 'valuerefs' is not in the subset" },
    { "x = 1\ny = x.mro\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "attribute 'mro' is not in the subset" },
    { "x = '{0.tb_frame}'.format(1)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "'tb_frame' is not in the subset" },
    { "import os\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "import gc" },
    { "import os as g\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "import gc" },
    { "@dec\nclass A:\n    pass\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "class decorators" },
    { "class C:\n    def m(self):\n        def g():\n            super().m()\n", 4, 13,
      RS_PARSE_ERROR_UNSUPPORTED, "super() without arguments only in a method" },
    { "class C:\n    def m(self):\n        def __repr__(s):\n            pass\n", 3, 9,
      RS_PARSE_ERROR_UNSUPPORTED, "function __repr__ is not in the subset" },
    { "def f():\n    class C:\n        pass\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "classes only at module level" },
    { "class A:\n    class B:\n        pass\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "class body" },
    { "def f():\n    class A:\n        pass\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "module level" },
    { "return 1\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "'return' outside function" },
    { "while 1:\n    pass\nbreak\n", 3, 1, RS_PARSE_ERROR_SYNTAX, "'break' outside loop" },
    { "class A(int):\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "builtin" },
    { "class A:\n    pass\nclass B(A, metaclass=A):\n    pass\n", 3, 1, RS_PARSE_ERROR_UNSUPPORTED,
      "class keywords" },
    { "class A:\n    pass\nclass B(A, *c):\n    pass\n", 3, 1, RS_PARSE_ERROR_UNSUPPORTED, "each base a name" },
    { "class A:\n    def __enter__(self):\n        pass\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "__enter__" },
    { "class A:\n    def __getattribute__(self, n):\n        pass\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED,
      "__getattribute__" },
    { "class A:\n    __hash__ = 1\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "class body" },
    { "def __repr__(self):\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "function __repr__" },
    { "class A:\n    def __del__(self, x):\n        pass\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "__del__" },
    { "def f(a=1, b):\n    pass\n", 1, 12, RS_PARSE_ERROR_SYNTAX, "non-default argument follows default" },
    { "def f(*):\n    pass\n", 1, 7, RS_PARSE_ERROR_SYNTAX, "named arguments must follow bare *" },
    { "def f(**k, a):\n    pass\n", 1, 12, RS_PARSE_ERROR_SYNTAX, "arguments cannot follow var-keyword" },
    { "def f(*, a, a):\n    pass\n", 1, 13, RS_PARSE_ERROR_SYNTAX, "duplicate argument 'a'" },
    { "x = _rs_list\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "reserved" },
    { "x = 1\nx.__dict__\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "__dict__" },
    { "import gc\ngc.get_objects()\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "gc.get_objects" },
    { "(a, *b), c = x\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "starred target only as `a, *b = ...`" },
    { "a, *b = c, *d = x\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "one target" },
    { "for a, *b in x:\n    pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "not in for" },
    { "*a = x\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "starred target" },
    { "def f(a: g()):\n    pass\n", 1, 10, RS_PARSE_ERROR_UNSUPPORTED, "annotations" },
    { "class A:\n    print(1)\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "class body" },
    { "global x\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "global" },
    { "def f():\n    print(x)\n    global x\n", 3, 5, RS_PARSE_ERROR_SYNTAX, "used prior to global declaration" },
    { "def f(a, a):\n    pass\n", 1, 10, RS_PARSE_ERROR_SYNTAX, "duplicate argument" },
    { "class A:\n    x = (y := 1)\n", 2, 10, RS_PARSE_ERROR_UNSUPPORTED, ":= in a class body" },
    { "print(type(x, y))\n", 1, 7, RS_PARSE_ERROR_UNSUPPORTED, "type() takes one argument" },
    { "print(ascii(x))\n", 1, 7, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'ascii'" },
    { "match x:\n    case 1:\n        pass\n", 1, 1, RS_PARSE_ERROR_UNSUPPORTED, "match" },
    { "x = 1\n  y = 2\n", 2, 2, RS_PARSE_ERROR_SYNTAX, "unexpected indent" },
    { "if x:\n  a = 1\n b = 2\n", 3, 7, RS_PARSE_ERROR_SYNTAX, "unindent" },
    { "if x:\n\tpass\n        pass\n", 3, 1, RS_PARSE_ERROR_SYNTAX, "inconsistent use of tabs" },
    { "if x:\npass\n", 2, 1, RS_PARSE_ERROR_SYNTAX, "expected an indented block" },
    { "x = (1,\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "never closed" },
    { "x = 'abc\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "unterminated string" },
    { "x = 0777\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "leading zeros" },
    { "x = = 1\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "invalid syntax" },
    { "del f()\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "cannot delete function call" },
    { "1 = x\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "cannot assign to literal" },
    { "print 'x'\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "Missing parentheses" },
    { "x = a if b\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "expected 'else'" },
    { "if x = 1:\n    pass\n", 1, 4, RS_PARSE_ERROR_SYNTAX, "Maybe you meant '==' or ':='" },
    { "x = [f(a) b]\n", 1, 6, RS_PARSE_ERROR_SYNTAX, "Perhaps you forgot a comma?" },
    { "f(x=1 y=2)\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "Perhaps you forgot a comma?" },
    { "a, f() = 1, 2\n", 1, 4, RS_PARSE_ERROR_SYNTAX, "cannot assign to function call here" },
    { "x = {1: 2, 3 4}\n", 1, 12, RS_PARSE_ERROR_SYNTAX, "':' expected after dictionary key" },
    { "x = (1 if 2 @ not 3 else 4)\n", 1, 6, RS_PARSE_ERROR_SYNTAX, "expected 'else'" },
    { "x = [1 2]\nif x:\n  a = 1\n b = 2\n", 1, 6, RS_PARSE_ERROR_SYNTAX, "forgot a comma" },
    { "x = [1 2\ny = 3\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "'[' was never closed" },
    { "x $ 1\ny = 'abc\n", 2, 5, RS_PARSE_ERROR_SYNTAX, "unterminated string literal" },
    { "x = 1.e\n", 1, 6, RS_PARSE_ERROR_SYNTAX, "invalid decimal literal" },
    { "x: f() = 2\n", 1, 4, RS_PARSE_ERROR_UNSUPPORTED, "annotations" },
    { "x: [a] = 2\n", 1, 4, RS_PARSE_ERROR_UNSUPPORTED, "annotations" },
    { "def f(a) -> int | -1:\n    pass\n", 1, 13, RS_PARSE_ERROR_UNSUPPORTED, "annotations" },
    { "x: int + None = 2\n", 1, 4, RS_PARSE_ERROR_UNSUPPORTED, "annotations" },
    { "x: __annotations__ = 2\n", 1, 4, RS_PARSE_ERROR_UNSUPPORTED, "__annotations__" },
    { "x: set = 2\n", 1, 4, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'set'" },
    { "d = {}\nd['k']: int = 2\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "annotated target" },
    { "class A:\n    __x: int = 1\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "class body" },
    { "for x in y:\n    pass\nelse:\n    break\n", 4, 5, RS_PARSE_ERROR_SYNTAX, "'break' outside loop" },
    { "f(): 1\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "illegal target for annotation" },
    { "class __debug__:\n    pass\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "cannot assign to __debug__" },
    { "x = 1\n\\\n y = 2\n", 3, 1, RS_PARSE_ERROR_SYNTAX, "unexpected indent" },
    { "x = 1\n\\\n", 2, 2, RS_PARSE_ERROR_SYNTAX, "unexpected EOF" },
    { "for x[1:2, 3] in y:\n    pass\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "tuples of slices" },
    { "a, *b, *c = x\n", 1, 1, RS_PARSE_ERROR_SYNTAX, "multiple starred expressions in assignment" },
    { "x = l[1, ::2]\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "tuples of slices" },
    { "x = l[*a]\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "tuples of slices" },
    { "x = '{0.__dict__}'.format(1)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "'__dict__'" },
    { "x = 'a {{0.x}} {0[__len__]}'.format(1)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "'__len__'" },
    { "x = '{0.__mro__!r:>5}'.format(1)\n", 1, 5, RS_PARSE_ERROR_UNSUPPORTED, "'__mro__'" },
    { "l = [1]\nl[::2] -= l\n", 2, 1, RS_PARSE_ERROR_UNSUPPORTED, "augmented assignment to a slice" },
    { "x = 0b12\n", 1, 8, RS_PARSE_ERROR_SYNTAX, "invalid digit '2' in binary literal" },
    { "x = {x: id, hash: 1}\n", 1, 13, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'hash'" },
    { "class A:\n    x = 1\n    __y = 2\n", 3, 5, RS_PARSE_ERROR_UNSUPPORTED, "class body" },
    { "class A:\n    __slots__ = names\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "__slots__" },
    { "class A:\n    __hash__ = 5\n", 2, 5, RS_PARSE_ERROR_UNSUPPORTED, "__hash__ = None" },
    { "import gc\ngc = 5\ngc.foo\n", 3, 1, RS_PARSE_ERROR_UNSUPPORTED, "gc.foo" },
    { "print(f(hash) in x)\n", 1, 9, RS_PARSE_ERROR_UNSUPPORTED, "builtin 'hash'" },
    { "x = '\\x4'\n", 1, 10, RS_PARSE_ERROR_SYNTAX, "truncated \\xXX escape" },
    { "x = 'ab\\N{NOT A NAME}'\n", 1, 23, RS_PARSE_ERROR_SYNTAX,
      "can't decode bytes in position 2-15: unknown Unicode character name" },
    { "x = '\\N{hangul syllable ga}'\n", 1, 29, RS_PARSE_ERROR_SYNTAX, "position 0-21: unknown Unicode character name" },
    { "x = '\\N{CJK UNIFIED IDEOGRAPH-4e00}'\n", 1, 37, RS_PARSE_ERROR_SYNTAX, "unknown Unicode character name" },
    { "x = '\\N{}'\n", 1, 11, RS_PARSE_ERROR_SYNTAX, "position 0-2: malformed \\N character escape" },
    { "x = '\\N{BULLET'\n", 1, 16, RS_PARSE_ERROR_SYNTAX, "position 0-8: malformed \\N character escape" },
    { "x = '\\Nx'\n", 1, 10, RS_PARSE_ERROR_SYNTAX, "position 0-1: malformed \\N character escape" },
};

static void
test_rejections (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rejections); i++)
    {
      const Rejection *r = &rejections[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(RsModule) module = rs_module_parse ("bad.py", r->source, -1, &error);
      g_autofree char *prefix = g_strdup_printf ("bad.py:%u:%u: error: ", r->line, r->col);

      if (module != NULL)
        g_error ("accepted:\n%s", r->source);
      g_assert_error (error, RS_PARSE_ERROR, (gint) r->code);
      if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, r->says) == NULL)
        g_error ("for:\n%swanted %s...%s..., got %s", r->source, prefix, r->says,
                 error->message);
    }
}

static void
test_nested_loops (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) ok = NULL;
  g_autoptr(RsModule) bad = NULL;
  guint i, j;

  /* CPython compiles at most 20 nested loops */
  for (i = 0; i < 21; i++)
    {
      for (j = 0; j < i; j++)
        g_string_append (text, "    ");
      g_string_append (text, i % 2 ? "while x:\n" : "for x in y:\n");
    }
  g_string_append_printf (text, "%*spass\n", 4 * i, "");
  bad = rs_module_parse ("bad.py", text->str, -1, &error);
  g_assert_null (bad);
  g_assert_cmpstr (error->message, ==, "bad.py:21:81: error: too many statically nested blocks");

  g_string_assign (text, "def f():\n");
  for (i = 0; i < 20; i++)
    {
      for (j = 0; j <= i; j++)
        g_string_append (text, "    ");
      g_string_append (text, "while x:\n");
    }
  g_string_append_printf (text, "%*spass\n", 4 * (i + 1), "");
  ok = rs_module_parse ("ok.py", text->str, -1, NULL);
  g_assert_nonnull (ok);
}

static void
test_encoding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", "x = 1\ny = '\xe9'\n", -1, &error);

  g_assert_null (module);
  g_assert_error (error, RS_PARSE_ERROR, RS_PARSE_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "bad.py:2:6: error: "));
  g_clear_error (&error);

  module = rs_module_parse ("bad.py", "x = 1\0\n", 7, &error);
  g_assert_null (module);
  g_assert_error (error, RS_PARSE_ERROR, RS_PARSE_ERROR_SYNTAX);
  g_assert_true (strstr (error->message, "null bytes") != NULL);
}

static void
expect_rejected (const char *source,
                 gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", source, length, &error);

  g_assert_null (module);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "bad.py:"));
}

static void
test_deep_nesting (void)
{
  GString *text = g_string_new ("x = ");
  guint i;

  /* brackets: CPython's limit */
  for (i = 0; i < 100000; i++)
    g_string_append_c (text, '(');
  expect_rejected (text->str, -1);

  /* unary operators, chains, nested indentation */
  g_string_assign (text, "x = ");
  for (i = 0; i < 100000; i++)
    g_string_append (text, "not -");
  g_string_append (text, "1\n");
  expect_rejected (text->str, -1);

  g_string_assign (text, "x = 1");
  for (i = 0; i < 100000; i++)
    g_string_append (text, " + 1");
  g_string_append (text, "\n");
  expect_rejected (text->str, -1);

  g_string_assign (text, "x = a");
  for (i = 0; i < 100000; i++)
    g_string_append (text, ".b");
  expect_rejected (text->str, -1);

  g_string_assign (text, "if x:\n    pass\n");
  for (i = 0; i < 200000; i++)
    g_string_append (text, "elif x:\n    pass\n");
  expect_rejected (text->str, -1);

  g_string_truncate (text, 0);
  for (i = 0; i < 200; i++)
    {
      guint j;

      for (j = 0; j < i; j++)
        g_string_append_c (text, ' ');
      g_string_append (text, "if x:\n");
    }
  expect_rejected (text->str, -1);
  g_string_free (text, TRUE);
}

/* Nothing may crash or hang: random bytes, truncations and mutations of a
 * valid script are rejected or accepted, cleanly. */
static void
test_garbage (void)
{
  static const char script[] =
    "import gc\nclass Node:\n    def __init__(self, name):\n        self.name = name\n"
    "        self.kids = [1, 'x\\n', {'k': None}]\n\n    def __del__(self):\n"
    "        print('bye', self.name)\n\ndef f(a, b):\n    global g\n"
    "    while a < b <= 3 and not a is None:\n        a = a + 1; b = -b // 2 % 3\n"
    "    return a\n\nx, y = Node('a'), Node(\"b\")\nx.other = y\ndel x\ngc.collect()\n";
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  gsize len = strlen (script);
  char buf[sizeof script];
  guint i;

  for (i = 0; i <= len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RsModule) m = rs_module_parse ("g.py", script, i, &error);

      g_assert_true ((m == NULL) != (error == NULL));
    }
  for (i = 0; i < 3000; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RsModule) m = NULL;
      guint n = g_rand_int_range (rand, 1, 4), k;

      memcpy (buf, script, len);
      for (k = 0; k < n; k++)
        {
          gsize at = g_rand_int_range (rand, 0, len);
          static const char pool[] = "()[]{}:;,.'\"\\\n\t #=+-*/%<>!@0x1_e j f b r u a";

          if (i < 1000)
            buf[at] = pool[g_rand_int_range (rand, 0, sizeof pool - 1)];
          else
            buf[at] = (char) g_rand_int_range (rand, 1, 256);
        }
      m = rs_module_parse ("g.py", buf, len, &error);
      g_assert_true ((m == NULL) != (error == NULL));
      if (error != NULL)
        g_assert_true (g_str_has_prefix (error->message, "g.py:"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/reject/table", test_rejections);
  g_test_add_func ("/refscope/reject/encoding", test_encoding);
  g_test_add_func ("/refscope/reject/nested-loops", test_nested_loops);
  g_test_add_func ("/refscope/reject/deep-nesting", test_deep_nesting);
  g_test_add_func ("/refscope/reject/garbage", test_garbage);
  return g_test_run ();
}
