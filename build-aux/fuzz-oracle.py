#!/usr/bin/env python3
"""Differential fuzzing of `refscope --trace` against the CPython oracle.

    build-aux/fuzz-oracle.py [-n N] [--seed S] [--jobs J] [--out DIR]
                             [--refscope BIN] [--oracle TRACE_PY]
                             [--no-minimize] [--keep-going]
    build-aux/fuzz-oracle.py --print SEED      # show the script of one seed
    build-aux/fuzz-oracle.py --minimize FILE.py  # shrink one mismatching script
    build-aux/fuzz-oracle.py --avoid gc_in_finalizer,...  # skip known bugs
    build-aux/fuzz-oracle.py -n 200 --emit-cases DIR   # scripts + traces
    build-aux/fuzz-oracle.py --mutate N --refscope build-asan/src/refscope
                                               # robustness: mutated bytes

A developer tool run on demand (not a meson test).  Seed S, S+1, ... each
give one random session script in the subset of LANGUAGE.md (classes with
__init__/__del__/methods/bases/class attributes, functions with locals and
`global`, lists and dicts and their methods, weak references with and
without callbacks, gc.collect, every `del` form, chained and tuple
assignments, loops with break/continue, if/elif/else, prints, getrefcount,
runtime errors of every kind, finalizers that allocate/resurrect/print,
cycles, deep chains for the trashcan, weak containers (off with --avoid
weakc); and L1's everyday Python, off with
--avoid l1: f-strings and format specs, %-formatting, floats, augmented
assignment, in, conditional expressions, chained comparisons, bitwise
operators, tuples and starred unpacking, keyword/*args/**kwargs calls, str,
list and dict methods, slices, the iterator builtins, a class with several
bases, super(), descriptors and special methods, try/except/finally with
stored exceptions).  Scripts the oracle rejects are
regenerated with the next sub-seed.  Every script runs through the oracle and
through refscope; a mismatch (compare.py's rules: gc batches are multisets)
is written to DIR/SEED/ with both traces and, unless --no-minimize, shrunk by
deleting statements while the mismatch persists and the oracle accepts the
script.

Scripts print no addresses, never gc.collect()'s value and recurse only in
a way whose trace does not depend on the recursion depth.  One thing they do
not avoid: what finalizers of one gc batch do can depend on the order
CPython runs them in (its gc list order: allocation order, reordered by
each collection; see tests/cases/fuzz_gc_order_*), e.g. two `__del__`s
resurrecting through the same global, or allocating (numbers); mismatches
whose first difference is a batch with `new` lines are tagged `gc-order?`.
`--avoid resurrect` removes most of them.

Typical session:
    build-aux/fuzz-oracle.py -n 2000 --seed 50000 --no-minimize --out /tmp/fz
    build-aux/fuzz-oracle.py --minimize /tmp/fz/SEED/script.py > small.py

--mutate N runs N random byte mutations of generated scripts through the
given binary (meant for an ASan/UBSan build) and reports every exit status
outside 0/1/2, signal, timeout (10 s) or sanitizer report on stderr.
"""
import argparse
import concurrent.futures
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# The shared oracle beside the checkout (../shared), as meson finds it
ORACLE_DIR = os.path.join(os.path.dirname(ROOT), 'shared', 'oracle')
TIMEOUT_S = 10

sys.path.insert(0, ORACLE_DIR)
try:
    import compare   # the shared comparison rules (gc batches as multisets)
except ImportError:   # pragma: no cover - the tool needs the shared oracle
    compare = None

# --------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------
ATTR_POOL = ['a', 'b', 'child', 'peer', 'data', 'items', 'nxt', 'tag', 'owner']
STR_POOL = ['x', 'y', 'hello', 'k', 'it', "q'x", 'z z']
FLOAT_POOL = ['0.5', '1.5', '-2.25', '0.1', '1e16', '1e-05', '3.0', '2.5e-3', '-0.0', '1e300', '7.', '.25']


class Klass:
    def __init__(self, name, base):
        self.name, self.base = name, base
        self.params = []          # __init__ params after self
        self.attrs = []           # attribute names stored in __init__
        self.has_init = False
        self.has_del = False
        self.methods = {}         # name -> (n_params after self, returns)
        self.class_attrs = []

    def init_params(self):
        k = self
        while k is not None:
            if k.has_init:
                return k.params
            k = k.base
        return None               # no __init__ anywhere: no arguments

    def all_attrs(self):
        out, k = [], self
        while k is not None:
            out += [a for a in k.attrs if a not in out]
            k = k.base
        return out

    def all_methods(self):
        out, k = {}, self
        while k is not None:
            for m, v in k.methods.items():
                out.setdefault(m, v)
            k = k.base
        return out


class Func:
    def __init__(self, name, nparams, returns, params=(), ndefaults=0):
        self.name, self.nparams, self.returns = name, nparams, returns
        self.params, self.ndefaults = list(params), ndefaults


class Scope:
    """Names visible while generating one body, with a rough kind each:
    'obj:Class', 'list', 'dict', 'int', 'str', 'none', 'wref'."""

    def __init__(self, kind, names=None, parent=None):
        self.kind = kind               # module, func, method, del, cb
        self.names = dict(names or {})
        self.parent = parent
        self.globals = set()           # `global` names of a function
        self.loop = 0                  # loop nesting (break/continue)

    def copy(self):
        s = Scope(self.kind, self.names, self.parent)
        s.globals, s.loop = self.globals, self.loop
        return s


FEATURES = ('gc_in_finalizer', 'weakref_of_weakref', 'unpack_locals', 'trashcan', 'errors',
            'getrefcount', 'resurrect', 'alloc_in_finalizer', 'calls', 'l1', 'comps', 'closures', 'weakhelp', 'weakc')


class Gen:
    def __init__(self, seed, avoid=()):
        self.avoid = set(avoid)
        self.r = random.Random(seed)
        self.lines = []
        self.classes = []
        self.funcs = []
        self.factories = []            # closure factories: (name, n_params)
        self.cbs = []                  # weakref callback functions
        self.counter = 0
        self.err_budget = 1 if self.r.random() < 0.55 else 0
        if 'errors' in self.avoid:
            self.err_budget = 0
        self.budget = self.r.randint(25, 70)   # statements at module level
        self.module = Scope('module')
        self.need_saved = False
        self.rec = None

    # ---- helpers --------------------------------------------------------
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def guard(self, scope, ind, cond, p=0.97):
        """Emit `if cond:` (most of the time) so that the statement that
        follows does not fail by accident; returns the indentation."""
        if self.chance(p):
            self.emit(ind, f'if {cond}:')
            return ind + 1
        return ind

    def weighted(self, w):
        """A name of the (name, weight) rows, drawn by weight."""
        x = self.r.uniform(0, sum(x[1] for x in w))
        for name, weight in w:
            x -= weight
            if x <= 0:
                break
        return name

    def emit(self, ind, text):
        self.lines.append('    ' * ind + text)

    def fresh(self, prefix='v'):
        self.counter += 1
        return f'{prefix}{self.counter}'

    def names_of(self, scope, pred):
        out = []
        s = scope
        seen = set()
        while s is not None:
            for n, k in s.names.items():
                if n not in seen and pred(k):
                    out.append(n)
                seen.add(n)
            s = s.parent
        return sorted(out)

    def traced_names(self, scope):
        return self.names_of(scope, lambda k: k.startswith('obj') or k in ('list', 'dict'))

    def obj_names(self, scope):
        return self.names_of(scope, lambda k: k.startswith('obj'))

    def kind_of(self, scope, name):
        s = scope
        while s is not None:
            if name in s.names:
                return s.names[name]
            s = s.parent
        return None

    def klass(self, name):
        for k in self.classes:
            if k.name == name:
                return k
        return None

    def can_error(self, scope):
        """Spend the error budget now? Errors come late in the script."""
        if self.err_budget <= 0:
            return False
        p = 0.03 if scope.kind == 'module' else 0.04
        if self.budget > 10:
            p /= 3
        if self.chance(p):
            self.err_budget -= 1
            return True
        return False

    # ---- expressions ----------------------------------------------------
    def plain(self):
        c = self.r.random()
        if c < 0.4:
            return str(self.r.randint(-3, 20))
        if c < 0.7:
            return repr(self.pick(STR_POOL))
        if c < 0.78:
            return 'None'
        if c < 0.85:
            return self.pick(FLOAT_POOL)
        return self.pick(['True', 'False'])

    def new_obj(self, scope, depth=0, allow_err=True):
        """An expression allocating a traced object; returns (text, kind)."""
        c = self.r.random()
        if self.classes and c < 0.55:
            k = self.pick(self.classes)
            params = k.init_params()
            n = len(params) if params else 0
            args = [self.value(scope, depth + 1)[0] for _ in range(n)]
            if allow_err and self.can_error(scope):
                if self.chance(0.5):
                    args.append(self.value(scope, depth + 1)[0])
                elif args:
                    args.pop()
                else:
                    args.append(self.plain())
            return f'{k.name}({", ".join(args)})', 'obj:' + k.name
        if c < 0.72:
            items = [self.value(scope, depth + 1)[0] for _ in range(self.r.randint(0, 3))]
            return '[' + ', '.join(items) + ']', 'list'
        if c < 0.84:
            keys = self.r.sample(STR_POOL[:5], self.r.randint(0, 3))
            if self.chance(0.1):
                keys.append(self.pick(STR_POOL[:5]))   # duplicate key
            items = [f'{k!r}: {self.value(scope, depth + 1)[0]}' for k in keys]
            return '{' + ', '.join(items) + '}', 'dict'
        if c < 0.88:
            return self.pick(['list()', 'dict()']), None
        fs = [f for f in self.funcs if f.returns == 'new']
        if fs and depth < 2:
            f = self.pick(fs)
            args = [self.value(scope, depth + 1)[0] for _ in range(f.nparams)]
            return f'{f.name}({", ".join(args)})', None
        lists = self.names_of(scope, lambda k: k == 'list')
        if lists and self.chance(0.5):
            a = self.pick(lists)
            if self.chance(0.5):
                return f'{a} + {self.pick(lists)}', 'list'
            return f'{a} * {self.r.randint(0, 2)}', 'list'
        return '[]', 'list'

    def value(self, scope, depth=0):
        """Any value: an existing name, a plain constant, a new object,
        an attribute or an item."""
        c = self.r.random()
        traced = self.traced_names(scope)
        if depth > 2:
            c = 0.9 if not traced else c * 0.5
        if c < 0.35 and traced:
            n = self.pick(traced)
            return n, self.kind_of(scope, n)
        if c < 0.6 and depth < 3:
            return self.new_obj(scope, depth)
        if c < 0.7:
            objs = self.obj_names(scope)
            if objs:
                o = self.pick(objs)
                k = self.klass(self.kind_of(scope, o)[4:])
                attrs = k.all_attrs() if k else []
                if attrs:
                    return f'{o}.{self.pick(attrs)}', None
        if c < 0.75:
            ws = self.names_of(scope, lambda k: k == 'wref')
            if ws:
                return f'{self.pick(ws)}()', None
        return self.plain(), 'plain'

    def cond(self, scope):
        """A condition for if/while."""
        c = self.r.random()
        traced = self.traced_names(scope)
        ints = self.names_of(scope, lambda k: k == 'int')
        ws = self.names_of(scope, lambda k: k == 'wref')
        lists = self.names_of(scope, lambda k: k == 'list')
        if c < 0.2 and traced:
            return f'{self.pick(traced)} is {self.pick(["None", self.pick(traced)])}'
        if c < 0.35 and ws:
            return f'{self.pick(ws)}() is {self.pick(["None", "not None"])}'
        if c < 0.5 and lists:
            return f'len({self.pick(lists)}) {self.pick([">", "<", "==", ">="])} {self.r.randint(0, 3)}'
        if c < 0.65 and ints:
            return f'{self.pick(ints)} {self.pick(["<", ">", "==", "!=", "<="])} {self.r.randint(-1, 5)}'
        if c < 0.75:
            return f'not {self.pick(["True", "False", "None", "0", "1"])}'
        if c < 0.85 and traced:
            a = self.pick(traced)
            return f'{a} is not None and {self.pick(traced)} is not None'
        if c < 0.92 and traced:
            a = self.pick(traced)
            return self.pick([a, f'not {a}', f'{a} and {self.pick(traced)}',
                              f'{a} or None', f'{a} == {self.pick(traced)}'])
        return self.pick(['True', 'False', '1 == 1', '2 > 3', 'gc.isenabled()'])

    # ---- statements -------------------------------------------------------
    def bind(self, scope, name, kind):
        scope.names[name] = kind or 'unknown'

    def target_name(self, scope, kind=None):
        """A name to assign: reuse one (rebind releases the old value) or a
        new one."""
        if scope.kind == 'module' or scope.globals:
            pool = self.names_of(scope, lambda k: True) if scope.kind == 'module' \
                else sorted(scope.globals)
        else:
            pool = [n for n in scope.names if n not in scope.globals]
        pool = [n for n in pool if n != 'saved'
                and not self.kind_of(scope, n) in ('func', 'class', 'mod')]
        if pool and self.chance(0.45):
            return self.pick(pool)
        return self.fresh('x' if scope.kind == 'module' else 't')

    def stmt_tuple(self, scope, ind):
        """A tuple display, or a starred unpacking of a list display."""
        (v1, k1), (v2, k2) = self.value(scope), self.new_obj(scope)
        a, b = self.target_name(scope), self.target_name(scope)
        if a == b:
            b = self.fresh('x' if scope.kind == 'module' else 't')
        if self.chance(0.5):
            self.emit(ind, f'{a} = ({v1}, {v2})')
            self.bind(scope, a, 'unknown')
        else:
            self.emit(ind, f'{a}, *{b} = [{v1}, {v2}, {self.value(scope)[0]}]')
            self.bind(scope, a, k1)
            self.bind(scope, b, 'list')

    def stmt_assign(self, scope, ind):
        if 'calls' not in self.avoid and self.chance(0.08):
            return self.stmt_tuple(scope, ind)
        c = self.r.random()
        if c < 0.6:
            val, kind = self.value(scope) if self.chance(0.4) else self.new_obj(scope)
            n = self.target_name(scope)
            self.emit(ind, f'{n} = {val}')
            self.bind(scope, n, kind)
        elif c < 0.78:
            val, kind = self.new_obj(scope)
            a, b = self.target_name(scope), self.target_name(scope)
            self.emit(ind, f'{a} = {b} = {val}')
            self.bind(scope, a, kind)
            self.bind(scope, b, kind)
        elif scope.kind != 'module' and 'unpack_locals' in self.avoid:
            return
        else:
            traced = self.traced_names(scope)
            if len(traced) >= 2 and self.chance(0.5):
                a, b = self.r.sample(traced, 2)
                if 'saved' in (a, b):
                    return
                self.emit(ind, f'{a}, {b} = {b}, {a}')
                ka, kb = self.kind_of(scope, a), self.kind_of(scope, b)
                self.bind(scope, a, kb)
                self.bind(scope, b, ka)
            else:
                (v1, k1), (v2, k2) = self.value(scope), self.new_obj(scope)
                a, b = self.target_name(scope), self.target_name(scope)
                if a == b:
                    b = self.fresh('x' if scope.kind == 'module' else 't')
                self.emit(ind, f'{a}, {b} = {v1}, {v2}')
                self.bind(scope, a, k1)
                self.bind(scope, b, k2)

    def stmt_store(self, scope, ind):
        objs = self.obj_names(scope)
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        c = self.r.random()
        val = self.value(scope)[0]
        if c < 0.5 and objs:
            o = self.pick(objs)
            self.emit(ind, f'{o}.{self.pick(ATTR_POOL)} = {val}')
        elif c < 0.7 and lists:
            l = self.pick(lists)
            idx = self.r.randint(-1, 1)
            if self.can_error(scope):
                idx = 7
            else:
                ind = self.guard(scope, ind, f'len({l}) > {max(idx, -idx - 1)}')
            self.emit(ind, f'{l}[{idx}] = {val}')
        elif dicts:
            d = self.pick(dicts)
            self.emit(ind, f'{d}[{self.pick(STR_POOL[:5])!r}] = {val}')
        elif objs:
            o = self.pick(objs)
            self.emit(ind, f'{o}.{self.pick(ATTR_POOL)} = {val}')
        else:
            self.stmt_assign(scope, ind)

    def stmt_method(self, scope, ind):
        """List/dict methods and script methods."""
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        objs = self.obj_names(scope)
        c = self.r.random()
        res = ''
        if self.chance(0.3):
            res = self.target_name(scope) + ' = '
        if c < 0.4 and lists:
            l = self.pick(lists)
            m = self.pick(['append', 'append', 'pop', 'insert', 'remove', 'clear', 'pop'])
            if m == 'append':
                self.emit(ind, f'{l}.append({self.value(scope)[0]})')
                return
            if m == 'pop':
                arg = self.pick(['', '0', '-1']) if not self.can_error(scope) else '5'
                if arg != '5':
                    ind = self.guard(scope, ind, f'len({l}) > 0')
                self.emit(ind, f'{res}{l}.pop({arg})')
            elif m == 'insert':
                self.emit(ind, f'{l}.insert({self.r.randint(-1, 2)}, {self.value(scope)[0]})')
                return
            elif m == 'remove':
                traced = self.traced_names(scope)
                if not traced:
                    return
                if self.chance(0.5):
                    ind = self.guard(scope, ind, f'len({l}) > 0', 1)
                    self.emit(ind, f'{l}.remove({l}[{self.pick(["0", "-1"])}])')
                else:
                    x = self.pick(traced)
                    self.emit(ind, f'{l}.append({x})')
                    self.block(scope, ind, self.r.randint(0, 2))
                    self.emit(ind, f'{l}.remove({x})')
                return
            else:
                self.emit(ind, f'{l}.clear()')
                return
        elif c < 0.65 and dicts:
            d = self.pick(dicts)
            m = self.pick(['pop', 'get', 'clear', 'pop2', 'get2'])
            key = repr(self.pick(STR_POOL[:5]))
            if m == 'pop':
                ind = self.guard(scope, ind, f'{d}.get({key}) is not None')
                self.emit(ind, f'{res}{d}.pop({key})')
            elif m == 'pop2':
                self.emit(ind, f'{res}{d}.pop({key}, {self.value(scope)[0]})')
            elif m == 'get':
                self.emit(ind, f'{res}{d}.get({key})')
            elif m == 'get2':
                self.emit(ind, f'{res}{d}.get({key}, {self.value(scope)[0]})')
            else:
                self.emit(ind, f'{d}.clear()')
                return
        elif objs:
            o = self.pick(objs)
            k = self.klass(self.kind_of(scope, o)[4:])
            ms = k.all_methods() if k else {}
            if not ms:
                return
            m = self.pick(sorted(ms))
            n, _ = ms[m]
            args = [self.value(scope)[0] for _ in range(n)]
            if self.can_error(scope):
                args.append('1')
            if self.chance(0.15):
                bm = self.target_name(scope)
                self.emit(ind, f'{bm} = {o}.{m}')
                self.emit(ind, f'{res}{bm}({", ".join(args)})')
                self.bind(scope, bm, 'unknown')
            else:
                self.emit(ind, f'{res}{o}.{m}({", ".join(args)})')
        else:
            return
        if res:
            self.bind(scope, res[:-3], 'unknown')

    def stmt_del(self, scope, ind):
        c = self.r.random()
        traced = self.traced_names(scope)
        traced = [n for n in traced if n != 'saved']
        if scope.kind != 'module':
            traced = [n for n in traced if n in scope.names or n in scope.globals]
        if c < 0.45 and traced:
            n = self.pick(traced)
            if len(traced) > 1 and self.chance(0.2):
                m = self.pick([t for t in traced if t != n])
                self.emit(ind, f'del {n}, {m}')
                scope.names.pop(m, None)
            else:
                self.emit(ind, f'del {n}')
            scope.names.pop(n, None)
            if self.chance(0.2) and self.can_error(scope):
                self.emit(ind, f'print({n})')
            return
        objs = self.obj_names(scope)
        if c < 0.75 and objs:
            o = self.pick(objs)
            k = self.klass(self.kind_of(scope, o)[4:])
            attrs = k.all_attrs() if k else []
            if attrs and not self.chance(0.1):
                a = self.pick(attrs)
                self.emit(ind, f'del {o}.{a}')
                if self.chance(0.7):
                    self.block(scope, ind, self.r.randint(0, 2))
                    self.emit(ind, f'{o}.{a} = {self.value(scope)[0]}')
            else:
                self.emit(ind, f'del {o}.{self.pick(ATTR_POOL)}')
            return
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        if lists and self.chance(0.5):
            l = self.pick(lists)
            ind = self.guard(scope, ind, f'len({l}) > 0')
            self.emit(ind, f'del {l}[{self.r.randint(-1, 0)}]')
        elif dicts:
            d, k = self.pick(dicts), repr(self.pick(STR_POOL[:5]))
            ind = self.guard(scope, ind, f'{d}.get({k}) is not None')
            self.emit(ind, f'del {d}[{k}]')

    def stmt_weak_helper(self, scope, ind, objs):
        """weakref.proxy, finalize and WeakMethod, and uses of the proxies
        and finalizers made before (`--avoid weakhelp` leaves them out)."""
        o = self.pick(objs)
        proxies = self.names_of(scope, lambda k: k == 'proxy')
        fins = self.names_of(scope, lambda k: k == 'fin')
        c = self.r.random()
        if c < 0.2 and proxies:
            p = self.pick(proxies)
            k = self.klass(self.kind_of(scope, o)[4:])
            attr = self.pick(k.all_attrs()) if k and k.all_attrs() else 'missing'
            use = self.pick([f'print({p}.{attr})', f'{p}.{attr} = {self.plain()}',
                             f'print(str({p}) == str({p}))', f'print(bool({p}))'])
            self.emit(ind, 'try:')
            self.emit(ind + 1, use)
            for kind in ('ReferenceError', 'AttributeError'):
                self.emit(ind, f'except {kind}:')
                self.emit(ind + 1, f"print('{kind}')")
            return
        if c < 0.35 and fins:
            f = self.pick(fins)
            self.emit(ind, self.pick([f'print({f}.alive)', f'print({f}() is None)',
                                      f'print({f}.detach() is None)', f'print({f}.peek() is None)']))
            return
        w = self.target_name(scope)
        if c < 0.6:
            cb = f', {self.pick(self.cbs)}' if self.cbs and self.chance(0.5) else ''
            self.emit(ind, f'{w} = weakref.proxy({o}{cb})')
            self.bind(scope, w, 'proxy')
        elif c < 0.85 and self.cbs:
            traced = self.traced_names(scope)
            arg = self.pick(traced) if traced and self.chance(0.6) else self.plain()
            call = f'weakref.finalize({o}, {self.pick(self.cbs)}, {arg})'
            if self.chance(0.4):
                self.emit(ind, call)
            else:
                self.emit(ind, f'{w} = {call}')
                self.bind(scope, w, 'fin')
        else:
            k = self.klass(self.kind_of(scope, o)[4:])
            methods = [m for m in (k.all_methods() if k else ()) if not m.startswith('__')]
            if not methods:
                self.emit(ind, f'{w} = weakref.ref({o})')
            else:
                self.emit(ind, f'{w} = weakref.WeakMethod({o}.{self.pick(sorted(methods))})')
            self.bind(scope, w, 'wref')

    def stmt_weakref(self, scope, ind):
        objs = self.obj_names(scope)
        if not objs or scope.loop and 'weakref_of_weakref' in self.avoid:
            return
        if 'weakhelp' not in self.avoid and scope.kind not in ('del', 'cb') and self.chance(0.45):
            return self.stmt_weak_helper(scope, ind, objs)
        o = self.pick(objs)
        w = self.target_name(scope)
        if self.cbs and self.chance(0.55):
            cb = self.pick(self.cbs)
            self.emit(ind, f'{w} = weakref.ref({o}, {cb})')
        elif self.chance(0.15):
            # a bound method as callback
            cb_holders = [n for n in objs if self.klass(self.kind_of(scope, n)[4:])
                          and 'notify' in self.klass(self.kind_of(scope, n)[4:]).all_methods()]
            if cb_holders:
                self.emit(ind, f'{w} = weakref.ref({o}, {self.pick(cb_holders)}.notify)')
            else:
                self.emit(ind, f'{w} = weakref.ref({o})')
        else:
            self.emit(ind, f'{w} = weakref.ref({o})')
        self.bind(scope, w, 'wref')

    WEAK_CONTAINERS = {'wvd': 'WeakValueDictionary', 'wkd': 'WeakKeyDictionary', 'wset': 'WeakSet'}

    def stmt_weakc(self, scope, ind):
        """Weak containers: a WeakValueDictionary keyed by strs, a
        WeakKeyDictionary and a WeakSet of instances (not of Rich, whose
        __hash__ and __eq__ the model leaves out as keys); never iterating
        a WeakSet, whose order is CPython's addresses'."""
        objs = self.names_of(scope, lambda k: k.startswith('obj') and k != 'obj:Rich')
        conts = self.names_of(scope, lambda k: k in self.WEAK_CONTAINERS)
        if not conts or self.chance(0.15):
            kind = self.pick(sorted(self.WEAK_CONTAINERS))
            n = self.target_name(scope)
            self.emit(ind, f'{n} = weakref.{self.WEAK_CONTAINERS[kind]}()')
            self.bind(scope, n, kind)
            return
        c = self.pick(conts)
        kind = self.kind_of(scope, c)
        k = repr(self.pick(STR_POOL[:5]))
        o = self.pick(objs) if objs and self.chance(0.7) else None
        x = self.r.random()
        if kind == 'wvd':
            if x < 0.3:
                self.emit(ind, f'{c}[{k}] = {o or self.new_obj(scope, 1)[0]}')
            elif x < 0.45:
                self.emit(ind, f'print(len({c}), {k} in {c}, {c}.get({k}) is None)')
            elif x < 0.55:
                ind = self.guard(scope, ind, f'{k} in {c}')
                self.emit(ind, f'del {c}[{k}]')
            elif x < 0.65:
                t = self.target_name(scope)
                self.emit(ind, f'{t} = {c}.pop({k}, None)')
                self.bind(scope, t, 'unknown')
            elif x < 0.75 and o:
                self.emit(ind, f'{c}.setdefault({k}, {o})')
            elif x < 0.85:
                self.emit(ind, f'print(sorted({c}.keys()), len(list({c}.values())))')
            else:
                self.emit(ind, f'print({c}.get({k}))')
            return
        if o is None:
            self.emit(ind, f'print(len({c}))')
            return
        if kind == 'wkd':
            if x < 0.35:
                self.emit(ind, f'{c}[{o}] = {self.value(scope, 1)[0]}')
            elif x < 0.5:
                self.emit(ind, f'print(len({c}), {o} in {c}, {c}.get({o}, 0) is 0)')
            elif x < 0.6:
                ind = self.guard(scope, ind, f'{o} in {c}')
                self.emit(ind, f'del {c}[{o}]')
            elif x < 0.7:
                self.emit(ind, f'{c}.pop({o}, None)')
            elif x < 0.8:
                self.emit(ind, f'{c}.setdefault({o}, {self.value(scope, 1)[0]})')
            else:
                self.emit(ind, f'print(len(list({c}.items())))')
            return
        if x < 0.45:
            self.emit(ind, f'{c}.add({o})')
        elif x < 0.65:
            self.emit(ind, f'print(len({c}), {o} in {c})')
        elif x < 0.8:
            self.emit(ind, f'{c}.discard({o})')
        else:
            ind = self.guard(scope, ind, f'{o} in {c}')
            self.emit(ind, f'{c}.remove({o})')

    def stmt_print(self, scope, ind):
        c = self.r.random()
        traced = self.traced_names(scope)
        ws = self.names_of(scope, lambda k: k == 'wref')
        if c < 0.25 and traced:
            items = [self.pick(traced) for _ in range(self.r.randint(1, 2))]
            self.emit(ind, f'print({", ".join(items)})')
        elif c < 0.4 and traced and 'getrefcount' not in self.avoid:
            n = self.pick(traced)
            if self.chance(0.3):
                self.emit(ind, f'print({n}, sys.getrefcount({n}))')
            else:
                self.emit(ind, f'print(sys.getrefcount({n}))')
        elif c < 0.5 and ws:
            w = self.pick(ws)
            self.emit(ind, f'print({w}() is None)' if self.chance(0.5) else f'print({w}())')
        elif c < 0.6:
            lists = self.names_of(scope, lambda k: k in ('list', 'dict'))
            if lists:
                self.emit(ind, f'print(len({self.pick(lists)}))')
            else:
                self.emit(ind, f'print({self.plain()})')
        elif c < 0.7:
            self.emit(ind, f'print({self.value(scope)[0]})')
        elif c < 0.8:
            ints = self.names_of(scope, lambda k: k == 'int')
            a = self.pick(ints) if ints else str(self.r.randint(0, 9))
            if self.chance(0.3):
                a = self.pick(FLOAT_POOL)
            op = self.pick(['+', '-', '*', '//', '%', '/'])
            b = str(self.r.randint(1, 5)) if self.chance(0.7) else self.pick(FLOAT_POOL[:4])
            if self.can_error(scope):
                b = self.pick(['0', '0.0']) if op in ('//', '%', '/') else repr('s')
            self.emit(ind, f'print({a} {op} {b})')
        elif c < 0.9 and traced:
            a, b = self.pick(traced), self.pick(traced)
            self.emit(ind, f'print({a} is {b}, {a} == {b}, {a} is not None)')
        else:
            self.emit(ind, f'print({self.plain()}, {self.plain()})')

    def stmt_error(self, scope, ind):
        """A statement that raises (spends the error budget)."""
        objs = self.obj_names(scope)
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        kinds = ['name', 'attr', 'type_call', 'zero', 'type_add', 'index', 'key',
                 'value', 'wref_list', 'attr_tmp', 'not_callable', 'unbound', 'cmp']
        e = self.pick(kinds)
        if e == 'name':
            self.emit(ind, f'print({self.value(scope)[0]}, undefined_{self.counter})')
        elif e == 'attr' and objs:
            self.emit(ind, f'{self.target_name(scope)} = {self.pick(objs)}.missing')
        elif e == 'attr_tmp':
            self.emit(ind, f'print({self.new_obj(scope, allow_err=False)[0]}.missing)')
        elif e == 'type_call' and self.funcs:
            f = self.pick(self.funcs)
            args = [self.value(scope)[0] for _ in range(f.nparams + self.pick([-1, 1]) if f.nparams else 1)]
            self.emit(ind, f'{f.name}({", ".join(args)})')
        elif e == 'zero':
            self.emit(ind, f'print({self.new_obj(scope, allow_err=False)[0]}, 1 // 0)')
        elif e == 'type_add':
            self.emit(ind, f'x_bad = {self.value(scope)[0]} + {self.new_obj(scope, allow_err=False)[0]}')
        elif e == 'index' and lists:
            self.emit(ind, f'print({self.pick(lists)}[9])')
        elif e == 'key' and dicts:
            self.emit(ind, f'print({self.pick(dicts)}[{self.new_obj(scope, allow_err=False)[0] if self.chance(0.3) else repr("nokey")}])')
        elif e == 'value' and lists:
            self.emit(ind, f'{self.pick(lists)}.remove({self.new_obj(scope, allow_err=False)[0]})')
        elif e == 'wref_list':
            self.emit(ind, f'w_bad = weakref.ref({self.pick(lists) if lists else "[]"})')
        elif e == 'not_callable' and objs:
            self.emit(ind, f'{self.pick(objs)}({self.value(scope)[0]})')
        elif e == 'cmp' and objs:
            self.emit(ind, f'print({self.pick(objs)} < {self.value(scope)[0]})')
        elif e == 'unbound' and scope.kind in ('func', 'method'):
            n = self.fresh('t')
            self.emit(ind, f'print({n})')
            self.emit(ind, f'{n} = {self.new_obj(scope, allow_err=False)[0]}')
        else:
            self.emit(ind, f'print({self.new_obj(scope, allow_err=False)[0]}.nothing_here)')

    def stmt_call(self, scope, ind):
        if not self.funcs:
            return self.stmt_assign(scope, ind)
        f = self.pick(self.funcs)
        args = []
        n = f.nparams
        if 'calls' not in self.avoid and f.ndefaults and self.chance(0.5):
            n -= self.r.randint(1, f.ndefaults)
        for _ in range(n):
            args.append(self.value(scope)[0])
        call = f'{f.name}({", ".join(args)})'
        if 'calls' not in self.avoid and args and self.chance(0.4):
            call = self.call_forms(f, args)
        if f.returns and self.chance(0.6):
            n = self.target_name(scope)
            self.emit(ind, f'{n} = {call}')
            self.bind(scope, n, 'unknown' if f.returns != 'new' else 'obj?')
            scope.names[n] = 'unknown'
        else:
            self.emit(ind, call)

    def call_forms(self, f, args):
        """L1's calls: keywords in any order, `*` of a list or a tuple,
        `**` of a dict display."""
        c = self.r.random()
        if c < 0.45:
            kw = [f'{p}={a}' for p, a in zip(f.params, args)]
            self.r.shuffle(kw)
            k = self.r.randint(0, len(args))
            return f'{f.name}({", ".join(args[:k] + [x for x in kw if x.split("=")[0] not in f.params[:k]])})'
        if c < 0.75:
            seq = f'[{", ".join(args)}]' if self.chance(0.5) else f'({", ".join(args)},)'
            return f'{f.name}(*{seq})'
        pairs = ', '.join(f'{p!r}: {a}' for p, a in zip(f.params, args))
        return f'{f.name}(**{{{pairs}}})'

    def stmt_misc(self, scope, ind):
        """Class attributes, nested calls, int/bool keys, string ops."""
        c = self.r.random()
        objs = self.obj_names(scope)
        dicts = self.names_of(scope, lambda k: k == 'dict')
        ks = [k for k in self.classes if k.class_attrs]
        if c < 0.25 and ks:
            k = self.pick(ks)
            a = self.pick(k.class_attrs)
            if self.chance(0.5):
                self.emit(ind, f'{k.name}.{a} = {self.value(scope)[0]}')
            else:
                self.emit(ind, f'print({k.name}.{a})')
        elif c < 0.4 and objs and ks:
            o = self.pick(objs)
            k = self.klass(self.kind_of(scope, o)[4:])
            if k and k.class_attrs:
                a = self.pick(k.class_attrs)
                self.emit(ind, f'print({o}.{a})')
                if self.chance(0.5):
                    self.emit(ind, f'{o}.{a} = {self.value(scope)[0]}')   # shadows
        elif c < 0.55 and dicts:
            d = self.pick(dicts)
            key = self.pick(['1', 'True', '0', 'False', '2'])
            self.emit(ind, f'{d}[{key}] = {self.value(scope)[0]}')
            self.emit(ind, f'print({d}.get({self.pick(["1", "True", "0", "3"])}))')
        elif c < 0.7 and self.funcs:
            f, g = self.pick(self.funcs), self.pick(self.funcs)
            inner = f'{g.name}({", ".join(self.value(scope)[0] for _ in range(g.nparams))})'
            args = [inner] + [self.value(scope)[0] for _ in range(f.nparams - 1)]
            if f.nparams:
                self.emit(ind, f'{f.name}({", ".join(args)})')
        elif c < 0.8:
            self.emit(ind, f'print({self.pick(STR_POOL)!r} + {self.pick(STR_POOL)!r}, '
                      f'{self.pick(STR_POOL)!r} * {self.r.randint(0, 3)}, '
                      f'{self.pick(STR_POOL)!r} < {self.pick(STR_POOL)!r})')
        elif c < 0.9 and self.rec:
            self.emit(ind, f'{self.target_name(scope)} = {self.rec}({self.r.randint(0, 6)}, '
                      f'{self.value(scope)[0]})')
        elif self.classes and scope.kind == 'module' and ind == 0 and self.chance(0.3):
            k = self.pick(self.classes)
            self.emit(ind, f'del {k.name}')
            self.classes.remove(k)
            self.module.names.pop(k.name, None)
            for n in list(self.module.names):
                if self.module.names[n] == 'obj:' + k.name:
                    self.module.names[n] = 'unknown'

    def gen_bounded_recursion(self):
        """Recursion of a given depth with traced locals on every level."""
        name = self.fresh('walk')
        self.rec = name
        self.emit(0, f'def {name}(n, carry):')
        self.emit(1, f'node = [carry, n]')
        self.emit(1, 'if n <= 0:')
        if self.chance(0.3):
            self.emit(2, 'print(node)')
        if self.err_budget and self.chance(0.2):
            self.emit(2, 'print(node.missing)')
        self.emit(2, self.pick(['return node', 'return carry', 'return None']))
        self.emit(1, f'return {name}(n - 1, {self.pick(["node", "carry", "[node]"])})')

    def stmt_gc(self, scope, ind):
        c = self.r.random()
        if c < 0.85:
            self.emit(ind, 'gc.collect()')
        elif c < 0.9:
            self.emit(ind, self.pick(['gc.enable()', 'gc.disable()']))
        else:
            self.emit(ind, 'print(gc.isenabled())')

    def stmt_cycle(self, scope, ind):
        objs = self.obj_names(scope)
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        c = self.r.random()
        if c < 0.5 and len(objs) >= 1:
            a, b = self.pick(objs), self.pick(objs)
            self.emit(ind, f'{a}.peer = {b}')
            if a != b:
                self.emit(ind, f'{b}.peer = {a}')
        elif c < 0.7 and lists:
            l = self.pick(lists)
            self.emit(ind, f'{l}.append({l})')
        elif c < 0.85 and dicts:
            d = self.pick(dicts)
            self.emit(ind, f"{d}['me'] = {d}")
        elif objs and lists:
            o, l = self.pick(objs), self.pick(lists)
            self.emit(ind, f'{o}.data = {l}')
            self.emit(ind, f'{l}.append({o})')

    def stmt_chain(self, scope, ind):
        """A deep chain for the trashcan (only at module level)."""
        n = self.r.randint(45, 130)
        h = self.fresh('head')
        i = self.fresh('i')
        k = self.pick(self.classes) if self.classes and self.chance(0.5) else None
        self.emit(ind, f'{h} = None')
        self.emit(ind, f'for {i} in range({n}):')
        if k is None or not k.init_params():
            how = self.r.random()
            if how < 0.4:
                self.emit(ind + 1, f'{h} = [{h}]')
            elif how < 0.6:
                self.emit(ind + 1, f"{h} = {{'n': {h}, 'v': {i}}}")
            elif how < 0.8 and self.classes:
                kk = self.pick(self.classes)
                params = kk.init_params() or []
                args = ', '.join(['None'] * len(params))
                t = self.fresh('t')
                self.emit(ind + 1, f'{t} = {kk.name}({args})')
                self.emit(ind + 1, f'{t}.nxt = {h}')
                self.emit(ind + 1, f'{h} = {t}')
            else:
                self.emit(ind + 1, f'{h} = [{h}, {{}}]')
        else:
            params = k.init_params()
            args = [h] + ['None'] * (len(params) - 1)
            self.emit(ind + 1, f'{h} = {k.name}({", ".join(args)})')
        self.bind(scope, h, 'unknown')
        self.bind(scope, i, 'int')
        if self.chance(0.7):
            self.emit(ind, f'del {h}' if self.chance(0.5) else f'{h} = None')
            scope.names.pop(h, None)

    def block(self, scope, ind, n):
        start = len(self.lines)
        for _ in range(n):
            self.stmt(scope, ind)
        if len(self.lines) == start:
            self.emit(ind, 'pass')

    def stmt_if(self, scope, ind):
        self.emit(ind, f'if {self.cond(scope)}:')
        branches = [scope.copy()]
        self.block(branches[-1], ind + 1, self.r.randint(1, 3))
        while self.chance(0.3):
            self.emit(ind, f'elif {self.cond(scope)}:')
            branches.append(scope.copy())
            self.block(branches[-1], ind + 1, self.r.randint(1, 2))
        if self.chance(0.5):
            self.emit(ind, 'else:')
            branches.append(scope.copy())
            self.block(branches[-1], ind + 1, self.r.randint(1, 2))
        self.merge(scope, branches)

    def merge(self, scope, branches):
        names = set(scope.names)
        for b in branches:
            names |= set(b.names)
        for n in names:
            kinds = {b.names.get(n) for b in branches} | {scope.names.get(n)}
            if None in kinds:
                # maybe unbound after the branch: keep it known only if bound
                # before (the branch may have deleted it: then unknown)
                if n in scope.names and len(kinds) > 1:
                    scope.names[n] = 'unknown'
                continue
            scope.names[n] = kinds.pop() if len(kinds) == 1 else 'unknown'

    def stmt_loop(self, scope, ind):
        c = self.r.random()
        body = scope.copy()
        body.loop += 1
        if c < 0.4:
            i = self.fresh('i')
            self.emit(ind, f'for {i} in range({self.r.randint(0, 4)}):')
            body.names[i] = 'int'
        elif c < 0.7:
            lists = self.names_of(scope, lambda k: k == 'list')
            src = self.pick(lists) if lists and self.chance(0.7) else self.new_obj(scope)[0]
            i = self.fresh('it')
            self.emit(ind, f'for {i} in {src}:')
            body.names[i] = 'unknown'
        else:
            i = self.fresh('n')
            self.emit(ind, f'{i} = 0')
            scope.names[i] = 'int'
            body.names[i] = 'int'
            self.emit(ind, f'while {i} < {self.r.randint(1, 4)}:')
            self.emit(ind + 1, f'{i} = {i} + 1')
        self.block(body, ind + 1, self.r.randint(1, 3))
        if self.chance(0.5):
            self.emit(ind + 1, f'if {self.cond(body)}:')
            self.emit(ind + 2, self.pick(['break', 'continue']))
            if self.chance(0.5):
                self.block(body, ind + 1, 1)
        self.merge(scope, [body, scope.copy()])

    def stmt(self, scope, ind):
        if self.can_error(scope):
            return self.stmt_error(scope, ind)
        w = [('assign', 22), ('store', 14), ('method', 12), ('del', 10),
             ('weakref', 6), ('print', 14), ('call', 7), ('gc', 6),
             ('cycle', 5), ('if', 5), ('loop', 4), ('chain', 1), ('misc', 6), ('weakc', 6)]
        if 'weakc' in self.avoid:
            w = [x for x in w if x[0] != 'weakc']
        if 'l1' not in self.avoid:
            w.append(('l1', 30))
        if 'comps' not in self.avoid:
            w.append(('comp', 8))
        if self.factories and scope.kind == 'module':
            w.append(('closure', 10))
        if 'trashcan' in self.avoid:
            w = [x for x in w if x[0] != 'chain']
        if ind > 2:
            w = [x for x in w if x[0] not in ('if', 'loop')]
        if scope.kind != 'module' or ind > 0:
            w = [x for x in w if x[0] != 'chain']
        if scope.kind in ('del', 'cb'):
            w = [x for x in w if x[0] not in ('call',)]
        name = self.weighted(w)
        if scope.kind == 'module':
            self.budget -= 1
        getattr(self, 'stmt_' + name)(scope, ind)

    # ---- comprehensions and generator expressions ---------------------------
    def comp_elt(self, scope, x):
        """An element over the loop variable @x; inside a function it reads
        no local of the function (that would need closure cells)."""
        forms = [x, f'({x}, {x})', f'type({x}).__name__', f'[{x}]', f'{x} is None']
        if scope.kind == 'module' and self.chance(0.4):
            forms.append(self.new_obj(scope, 1, allow_err=False)[0])
        if self.classes and self.chance(0.3):
            k = self.pick(self.classes)
            n = len(k.init_params() or [])
            forms.append(f'{k.name}({", ".join([x] * n)})')
        return self.pick(forms)

    def stmt_comp(self, scope, ind):
        """A list or dict comprehension, or a generator expression given to
        a consumer; the first iterable is one of the lists in scope (not
        `saved`: type() of the builtin exceptions it holds is rejected)."""
        lists = [n for n in self.names_of(scope, lambda k: k == 'list') if n != 'saved']
        if not lists:
            self.assign(scope, ind, f'[{self.new_obj(scope)[0]}, {self.plain()}]', 'list')
            return
        l = self.pick(lists)
        x, y, i = self.fresh('c'), self.fresh('c'), self.fresh('c')
        cond = self.pick(['', f' if {x} is not None', f' if type({x}) is int', ' if True',
                          f' if not isinstance({x}, list)'])
        elt = self.comp_elt(scope, x)
        c = self.r.random()
        if c < 0.25:
            self.assign(scope, ind, f'[{elt} for {x} in {l}{cond}]', 'list')
        elif c < 0.35:
            self.assign(scope, ind, f'[{y} for {x} in {l} for {y} in [{x}, {elt}]{cond}]', 'list')
        elif c < 0.45:
            self.assign(scope, ind, f'{{{i}: {elt} for {i}, {x} in enumerate({l}){cond}}}', 'dict')
        elif c < 0.5:
            self.assign(scope, ind, f'[[{y} for {y} in {x}] for {x} in [{l}, {l}[:1]]]', 'list')
        elif c < 0.55 and 'getrefcount' not in self.avoid and scope.kind == 'module':
            self.emit(ind, f'print([sys.getrefcount({l}) for {x} in {l}{cond}])')
        elif c < 0.6:
            self.emit(ind, f'print(len([gc.collect() for {x} in {l}[:2]]))')
        elif c < 0.65 and self.can_error(scope):
            self.emit(ind, f'print([{elt} for {x} in {l} if 1 // ({x} is None)])')
        else:
            forms = [f'sum(1 for {x} in {l}{cond})', f'any({x} is None for {x} in {l})',
                     f'all({x} is not None for {x} in {l})',
                     f'len(sorted(type({x}).__name__ for {x} in {l}))',
                     f'len(list({elt} for {x} in {l}{cond}))', f'len(tuple({elt} for {x} in {l}))',
                     f'max((len(str(type({x}))) for {x} in {l}), default=0)',
                     f'min((type({x}).__name__ for {x} in {l}{cond}), default=None)',
                     f"'-'.join(type({x}).__name__ for {x} in {l})",
                     f'len(dict(({i}, {elt}) for {i}, {x} in enumerate({l})))',
                     f'any({x} is None for {y} in [{l}, {l}] for {x} in {y})']
            self.emit(ind, f'print({", ".join(self.r.sample(forms, 2))})')
        self.refcount_after(scope, ind, [l])

    # ---- L1 constructs (everyday Python) -----------------------------------
    # Each writes a few self-contained lines whose operands it makes itself
    # (ints, strs, floats) or takes from the traced names, so the program stays
    # valid; what holds traced objects (tuples, iterators, stored exceptions,
    # kwargs dicts) is followed by getrefcount, gc.collect() or a del.
    INT_SPECS = ['', '>5', '<4', '^7', '05d', '+d', 'x', '#x', 'b', ',', '*>6', ' d']
    FLOAT_SPECS = ['.2f', '.3e', 'g', '10.4f', '+.1f', '.1%', '.0f', '<9.2g', 'e']
    STR_SPECS = ['>6', '<5', '^8', '*^9', '.2', '']

    def assign(self, scope, ind, expr, kind):
        """`NAME = expr` to a new or reused name; returns the name."""
        t = self.target_name(scope)
        self.emit(ind, f'{t} = {expr}')
        self.bind(scope, t, kind)
        return t

    def an_int(self):
        return str(self.r.randint(-9, 40))

    def a_str(self):
        return repr(self.pick(STR_POOL))

    def refcount_after(self, scope, ind, names=()):
        """Show what a construct left behind: a refcount, a collection."""
        traced = [n for n in names if n in self.traced_names(scope)] or self.traced_names(scope)
        c = self.r.random()
        if traced and c < 0.5 and 'getrefcount' not in self.avoid:
            self.emit(ind, f'print(sys.getrefcount({self.pick(traced)}))')
        elif c < 0.7:
            self.emit(ind, 'gc.collect()')

    def l1_fstring(self, scope, ind):
        parts = []
        for _ in range(self.r.randint(1, 4)):
            c = self.r.random()
            if c < 0.3:
                parts.append(f'{{{self.an_int()}:{self.pick(self.INT_SPECS)}}}')
            elif c < 0.5:
                parts.append(f'{{{self.pick(FLOAT_POOL)}:{self.pick(self.FLOAT_SPECS)}}}')
            elif c < 0.6:
                parts.append(f'{{{self.a_str()}:{self.pick(self.STR_SPECS)}}}'.replace("'", '"'))
            elif c < 0.7:
                parts.append(f'{{{self.an_int()}:>{{{self.r.randint(1, 6)}}}}}')
            else:
                traced = self.traced_names(scope)
                if traced:
                    parts.append(f'{{{self.pick(traced)}{self.pick(["!r", "", "=", "!s"])}}}')
                else:
                    parts.append(f'{{{self.an_int()}!r}}')
        self.emit(ind, "print(f'" + ' | '.join(parts) + "')")

    def l1_percent(self, scope, ind):
        fmts, args = [], []
        for _ in range(self.r.randint(1, 4)):
            c = self.r.random()
            if c < 0.3:
                fmts.append(self.pick(['%d', '%5d', '%-4d', '%+d', '%x', '%o', '%03d']))
                args.append(self.an_int())
            elif c < 0.55:
                fmts.append(self.pick(['%f', '%.2f', '%e', '%g', '%+.1f', '% .3f', '%8.3g']))
                args.append(self.pick(FLOAT_POOL))
            elif c < 0.75:
                fmts.append(self.pick(['%s', '%r', '%6s', '%-5s']))
                args.append(self.a_str())
            else:
                traced = self.traced_names(scope)
                fmts.append(self.pick(['%s', '%r']))
                args.append(self.pick(traced) if traced else 'None')
        self.emit(ind, f"print('{' '.join(fmts)} %%' % ({', '.join(args)},))")

    def l1_arith(self, scope, ind):
        a, b = self.an_int(), str(self.r.randint(1, 7) * self.pick([1, -1]))
        f = self.pick(FLOAT_POOL)
        if self.can_error(scope):
            b = '0'
        ops = [f'{a} / {b}', f'{a} // {b}', f'{a} % {b}', f'{f} * 2', f'round({f}, 1)',
               f'divmod({a}, {b})', f'abs({f})', f'int({f} if abs({f}) < 1e9 else 3.5)',
               f'float({a})', f'{a} - {f}', f'{f} / 4', f'round({a} / 3, 2)', f'pow({a}, 2)',
               f'{a} & {b}', f'{a} | 12', f'{a} ^ {b}', f'{a} << 2', f'~{a}', f'{a} >> 1',
               f'{a} < {b} <= 9', f'{a} == {a} < {b}', f'1 < {a} < 30 != {b}',
               f'hex({a})', f'bin({a})', f'oct({a})', f'str({f})', f'bool({a})']
        self.emit(ind, f'print({", ".join(self.r.sample(ops, self.r.randint(1, 4)))})')

    def l1_augassign(self, scope, ind):
        c = self.r.random()
        lists = self.names_of(scope, lambda k: k == 'list')
        objs = self.obj_names(scope)
        dicts = self.names_of(scope, lambda k: k == 'dict')
        if c < 0.3:
            t = self.fresh('n')
            self.emit(ind, f'{t} = {self.an_int()}')
            for _ in range(self.r.randint(1, 3)):
                self.emit(ind, f'{t} {self.pick(["+=", "-=", "*=", "//=", "%=", "|=", "&=", "^=", "<<=", ">>="])} {self.r.randint(1, 5)}')
            self.emit(ind, f'print({t})')
            self.bind(scope, t, 'int')
        elif c < 0.5 and lists:
            l = self.pick(lists)
            self.emit(ind, f'{l} += [{self.value(scope)[0]}]' if self.chance(0.7) else f'{l} += {self.pick(lists)}')
            self.refcount_after(scope, ind, [l])
        elif c < 0.7 and objs:
            o = self.pick(objs)
            self.emit(ind, f'{o}.cnt = {self.an_int()}')
            self.emit(ind, f'{o}.cnt += {self.an_int()}')
            self.emit(ind, f'print({o}.cnt)')
        elif c < 0.85 and dicts:
            d, k = self.pick(dicts), self.a_str()
            self.emit(ind, f'{d}[{k}] = {self.an_int()}')
            self.emit(ind, f'{d}[{k}] *= 3')
            self.emit(ind, f'print({d}[{k}])')
        elif lists:
            l = self.pick(lists)
            self.emit(ind, f'{l}.append({self.an_int()})')
            self.emit(ind, f'{l}[-1] += 100')
            self.emit(ind, f'print({l}[-1])')
        else:
            t = self.fresh('s')
            self.emit(ind, f'{t} = {self.a_str()}')
            self.emit(ind, f'{t} += {self.a_str()}')
            self.emit(ind, f'{t} *= 2')
            self.emit(ind, f'print({t})')
            self.bind(scope, t, 'str')

    def l1_test(self, scope, ind):
        """in / not in, conditional expressions."""
        traced = self.traced_names(scope)
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        parts = [f"'l' in {self.a_str()}", f'{self.an_int()} not in (1, 2, 3)']
        if lists and traced:
            parts.append(f'{self.pick(traced)} in {self.pick(lists)}')
        if dicts:
            parts.append(f'{self.a_str()} not in {self.pick(dicts)}')
        if self.chance(0.5):
            t = self.target_name(scope)
            v1, k1 = self.value(scope)
            v2, k2 = self.new_obj(scope)
            self.emit(ind, f'{t} = {v1} if {self.cond(scope)} else {v2}')
            self.bind(scope, t, k1 if k1 == k2 else 'unknown')
            parts.append(f"'yes' if {t} else 'no'")
        self.emit(ind, f'print({", ".join(self.r.sample(parts, min(len(parts), 3)))})')

    def l1_tuple(self, scope, ind):
        c = self.r.random()
        lists = self.names_of(scope, lambda k: k == 'list')
        if c < 0.3:
            t = self.assign(scope, ind, f'({self.value(scope)[0]}, {self.new_obj(scope)[0]}, {self.plain()})', 'tuple')
            self.emit(ind, f'print(len({t}), {t}[-1])')
            self.refcount_after(scope, ind)
        elif c < 0.5:
            a, b, d = self.fresh('x'), self.fresh('x'), self.fresh('x')
            (v1, k1), (v2, k2) = self.value(scope), self.new_obj(scope)
            self.emit(ind, f'({a}, {b}), {d} = ({v1}, {v2}), {self.plain()}')
            self.bind(scope, a, k1)
            self.bind(scope, b, k2)
            self.bind(scope, d, 'plain')
            self.refcount_after(scope, ind, [b])
        elif c < 0.75 and lists:
            l = self.pick(lists)
            a, rest = self.fresh('x'), self.fresh('rest')
            ind = self.guard(scope, ind, f'len({l}) >= 1', 1)
            if self.chance(0.5):
                self.emit(ind, f'{a}, *{rest} = {l}')
            else:
                self.emit(ind, f'*{rest}, {a} = {l}')
            self.emit(ind, f'print(len({rest}))')
            self.bind(scope, rest, 'list')
            self.bind(scope, a, 'unknown')
        else:
            fs = [f for f in self.funcs if f.name.startswith('tup')]
            if not fs:
                return
            f = fs[0]
            a, b = self.fresh('x'), self.fresh('x')
            self.emit(ind, f'{a}, {b} = {f.name}({self.value(scope)[0]})')
            self.bind(scope, a, 'unknown')
            self.bind(scope, b, 'list')
            self.refcount_after(scope, ind, [b])

    def l1_kwcall(self, scope, ind):
        fs = [f for f in self.funcs if f.name.startswith('kw')]
        if not fs:
            return
        f = fs[0]
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        c = self.r.random()
        args = [self.value(scope)[0]]
        if c < 0.3:
            args += [f'c={self.value(scope)[0]}', f'{self.pick(["x", "y", "it"])}={self.value(scope)[0]}']
        elif c < 0.5:
            args += [self.value(scope)[0], self.new_obj(scope)[0], self.plain()]
        elif c < 0.7 and lists:
            args = [f'*{self.pick(lists)}'] + args
        elif c < 0.85 and dicts:
            args += [f'**{self.pick(dicts)}']
        else:
            args += ['b=' + self.value(scope)[0]]
        if self.can_error(scope):
            args.append('a=1')
        res = self.target_name(scope)
        self.emit(ind, f'{res} = {f.name}({", ".join(args)})')
        self.bind(scope, res, 'list')
        self.refcount_after(scope, ind, [res])

    def l1_strmeth(self, scope, ind):
        s = self.a_str()
        ms = [f'{s}.upper()', f'{s}.split()', f"{s}.replace('l', 'L')", f'{s}.strip()',
              f"{s}.startswith('h')", f"{s}.find('l')", f'{s}[1:3]', f'{s} * 2',
              f"'-'.join([{s}, {self.a_str()}])", f'{s}[::-1]', f'{s}.title()',
              f"{s}.count('l')", f'{s}.isdigit()', f'len({s})', f'{s}[0]',
              f"{s}.center(9, '*')", f"'a,b,,c'.split(',')", f'ord({s}[0])', f'chr(65 + {self.r.randint(0, 20)})',
              f"'{{}}-{{!r}}'.format({s}, {self.an_int()})", f"format({self.pick(FLOAT_POOL)}, '.3f')"]
        self.emit(ind, f'print({", ".join(self.r.sample(ms, self.r.randint(1, 3)))})')
        if self.chance(0.3):
            t = self.fresh('x')
            self.emit(ind, f'{t} = {s}.split({self.pick(["", repr(" "), repr("l")])})')
            self.bind(scope, t, 'list')
            self.refcount_after(scope, ind, [t])

    def l1_slice(self, scope, ind):
        lists = self.names_of(scope, lambda k: k == 'list')
        if not lists:
            return
        l = self.pick(lists)
        c = self.r.random()
        sl = self.pick(['1:', ':1', '::-1', '0:2', '-2:', '::2', ':'])
        if c < 0.35:
            t = self.assign(scope, ind, f'{l}[{sl}]', 'list')
            self.emit(ind, f'print(len({t}))')
            self.refcount_after(scope, ind, [t])
        elif c < 0.7:
            self.emit(ind, f'{l}[{self.pick(["0:1", "1:", ":", "0:0", ":2"])}] = [{self.value(scope)[0]}, {self.new_obj(scope)[0]}]')
            self.refcount_after(scope, ind, [l])
        else:
            self.emit(ind, f'del {l}[{self.pick(["0:1", "1:", ":", "::2", "-1:"])}]')
            self.refcount_after(scope, ind, [l])

    def l1_listdict(self, scope, ind):
        lists = self.names_of(scope, lambda k: k == 'list')
        dicts = self.names_of(scope, lambda k: k == 'dict')
        traced = self.traced_names(scope)
        c = self.r.random()
        if c < 0.45 and lists:
            l = self.pick(lists)
            m = self.r.random()
            if m < 0.25:
                self.emit(ind, f'{l}.extend([{self.value(scope)[0]}, {self.new_obj(scope)[0]}])')
            elif m < 0.45 and traced:
                x = self.pick(traced)
                ind = self.guard(scope, ind, f'{x} in {l}', 1)
                self.emit(ind, f'print({l}.index({x}), {l}.count({x}))')
            elif m < 0.6:
                self.emit(ind, f'{l}.reverse()')
            elif m < 0.8:
                t = self.assign(scope, ind, f'{l}.copy()', 'list')
            else:
                t = self.fresh('ns')
                ints = ', '.join(self.an_int() for _ in range(self.r.randint(0, 4)))
                self.emit(ind, f'{t} = [{ints}]')
                self.emit(ind, f'{t}.sort({self.pick(["", "reverse=True"])})')
                self.emit(ind, f'print({t})')
                self.bind(scope, t, 'list')
            self.refcount_after(scope, ind, [l])
        elif dicts:
            d = self.pick(dicts)
            m = self.r.random()
            if m < 0.2:
                self.emit(ind, f'print(list({d}.keys()), len({d}.values()))')
            elif m < 0.35:
                self.emit(ind, f'{d}.update({{{self.a_str()}: {self.value(scope)[0]}}})')
            elif m < 0.5:
                self.emit(ind, f'{d}.setdefault({self.a_str()}, {self.new_obj(scope)[0]})')
            elif m < 0.65:
                ind = self.guard(scope, ind, f'len({d}) > 0', 1)
                t = self.assign(scope, ind, f'{d}.popitem()', 'tuple')
            elif m < 0.8:
                t = self.assign(scope, ind, f'{self.pick([d + ".copy()", "dict.fromkeys(" + d + ")", "dict(" + d + ")"])}', 'dict')
            else:
                k, v = self.fresh('k'), self.fresh('v')
                self.emit(ind, f'for {k}, {v} in {d}.items():')
                self.emit(ind + 1, f'print({k}, type({v}).__name__)')
            self.refcount_after(scope, ind, [d])

    def l1_builtins(self, scope, ind):
        lists = self.names_of(scope, lambda k: k == 'list')
        objs = self.obj_names(scope)
        ints = '[' + ', '.join(self.an_int() for _ in range(self.r.randint(1, 4))) + ']'
        c = self.r.random()
        if c < 0.3:
            self.emit(ind, f'print({", ".join(self.r.sample([f"sorted({ints})", f"min({ints})", f"max({ints})", f"sum({ints})", f"any({ints})", f"all({ints})", f"sorted({ints}, reverse=True)", f"list(reversed({ints}))", f"list(map(str, {ints}))", f"list(filter(None, {ints}))", f"max({ints}, default=0)"], 2))})')
        elif c < 0.55 and lists:
            l = self.pick(lists)
            i, v = self.fresh('i'), self.fresh('v')
            src = self.pick([f'enumerate({l})', f'zip({l}, {ints})', f'enumerate(reversed({l}))'])
            self.emit(ind, f'for {i}, {v} in {src}:')
            self.emit(ind + 1, f'print({i}, sys.getrefcount({v}) > 0)' if False else f'print(type({v}).__name__)')
            self.bind(scope, i, 'unknown')
            self.bind(scope, v, 'unknown')
            self.refcount_after(scope, ind, [l])
        elif c < 0.75 and lists:
            l = self.pick(lists)
            it = self.fresh('it')
            self.emit(ind, f'{it} = iter({l})')
            self.emit(ind, f'print(next({it}, None) is None, any({l}), len(list(filter(None, {l}))))')
            self.bind(scope, it, 'iter')
            self.refcount_after(scope, ind, [l])
            if self.chance(0.6):
                self.emit(ind, f'del {it}')
                scope.names.pop(it, None)
        elif objs:
            o = self.pick(objs)
            kn = self.kind_of(scope, o)[4:]
            others = [c.name for c in self.classes] or [kn]
            a = self.pick(ATTR_POOL)
            forms = [f'isinstance({o}, {kn})', f"hasattr({o}, '{a}')", f"getattr({o}, '{a}', None) is None",
                     f'type({o}).__name__', f'isinstance({o}, ({self.pick(others)}, list))',
                     f'issubclass({kn}, {self.pick(others)})', f'callable({o})']
            if self.chance(0.4):
                self.emit(ind, f"setattr({o}, '{a}', {self.value(scope)[0]})")
            self.emit(ind, f'print({", ".join(self.r.sample(forms, 2))})')
        else:
            self.emit(ind, f'print(sum({ints}), list(zip({ints}, {ints})))')

    def l1_special(self, scope, ind):
        """The special methods and descriptors of the Rich class."""
        rich = self.klass('Rich')
        if rich is None:
            return
        rs = [n for n in self.obj_names(scope) if self.kind_of(scope, n) == 'obj:Rich']
        if not rs:
            t = self.assign(scope, ind, f'Rich({self.value(scope)[0]}, {self.an_int()})', 'obj:Rich')
            return
        r, r2 = self.pick(rs), self.pick(rs)
        c = self.r.random()
        if c < 0.35:
            forms = [f'len({r})', f'bool({r})', f'{r} == {r2}', f'{r} < {r2}', f'{r}[0] is {r}.v',
                     f'{self.r.randint(0, 5)} in {r}', f'{r}(1, 2)', f'{r}.hello()', f'{r}.val',
                     f'Rich.smeth({self.an_int()})', f'{r} != {r2}', f'repr({r})', f'str({r})',
                     f'{r} <= {r2}' if self.can_error(scope) else f'{r} >= {r}']
            self.emit(ind, f'print({", ".join(self.r.sample(forms, 3))})')
        elif c < 0.5:
            t = self.assign(scope, ind, f'{r} + {self.an_int()}', 'obj:Rich')
            self.refcount_after(scope, ind, [t, r])
        elif c < 0.6:
            self.emit(ind, f'{r}.val = {self.an_int()}')
            self.emit(ind, f'print({r}.val, {r}.w)')
        elif c < 0.7:
            t = self.assign(scope, ind, f'Rich.make({self.value(scope)[0]})', 'obj:Rich')
        elif c < 0.8:
            t = self.assign(scope, ind, f'{{{r}: 1, {r2}: 2}}', 'dict')
            self.refcount_after(scope, ind, [r])
        elif c < 0.9:
            t = self.assign(scope, ind, f'list({r})', 'list')
            self.refcount_after(scope, ind, [r])
        else:
            self.emit(ind, f'{r} += {self.an_int()}')
            self.bind(scope, r, 'obj:Rich')
            self.refcount_after(scope, ind, [r])

    def l1_try(self, scope, ind):
        """try/except/else/finally; a stored exception keeps its frame."""
        self.emit(ind, 'try:')
        body = scope.copy()
        c = self.r.random()
        if c < 0.5:
            self.emit(ind + 1, f'raise {self.pick(["Oops", "Oops", "ValueError", "KeyError"])}({self.value(scope)[0]})')
        elif c < 0.7:
            self.emit(ind + 1, f"print({{}}[{self.a_str()}])")
        else:
            self.block(body, ind + 1, self.r.randint(1, 2))
        e = self.fresh('e')
        self.emit(ind, f'except {self.pick(["Oops", "(Oops, KeyError)", "Exception", "ValueError"])} as {e}:')
        self.emit(ind + 1, f'print(isinstance({e}, Oops), {e}.args if not isinstance({e}, Oops) else len({e}.args))')
        if self.chance(0.5):
            self.need_saved = True
            self.emit(ind + 1, f'saved.append({e})')
        if self.chance(0.3):
            self.emit(ind, 'else:')
            self.emit(ind + 1, "print('no error')")
        if self.chance(0.5):
            self.emit(ind, 'finally:')
            self.emit(ind + 1, "print('finally')")
        self.merge(scope, [body, scope.copy()])
        self.refcount_after(scope, ind)

    def l1_func_call(self, scope, ind):
        fs = [f for f in self.funcs if f.name.startswith('exc')]
        if fs:
            self.emit(ind, f'{fs[0].name}({self.value(scope)[0]})')
            self.emit(ind, 'gc.collect()')

    def stmt_l1(self, scope, ind):
        w = [('fstring', 8), ('percent', 4), ('arith', 6), ('augassign', 7), ('test', 5),
             ('tuple', 7), ('kwcall', 5), ('strmeth', 4), ('slice', 6), ('listdict', 8),
             ('builtins', 7), ('special', 9), ('try', 5), ('func_call', 3)]
        if 'Ord' in self.module.names:
            w += [('ord_dict', 6), ('ord_sort', 3), ('ord_format', 3)]
        if ind > 2 or scope.kind in ('del', 'cb'):
            w = [x for x in w if x[0] not in ('try', 'func_call', 'kwcall')]
        name = self.weighted(w)
        getattr(self, 'l1_' + name)(scope, ind)

    ORD = """\
class Ord:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k % HASHMOD
    def __eq__(self, other):
        print('eq', self.k, getattr(other, 'k', other))
        return isinstance(other, Ord) and self.k == other.k
    def __lt__(self, other):
        print('lt', self.k, other.k)
        return self.k < other.k
    def __repr__(self):
        print('repr', self.k)
        return 'Ord(%d)' % self.k
    def __str__(self):
        print('str', self.k)
        return 'O%d' % self.k
    def __format__(self, spec):
        print('format', self.k, spec)
        return 'F%d' % self.k"""

    def an_ord(self):
        return f'Ord({self.r.randint(-2, 9)})'

    def l1_ord_dict(self, scope, ind):
        """Ord as dict keys: __hash__ then __eq__ on the stored keys of the
        same hash, in the order of CPython's probe sequence (dummies of
        deleted keys reused), displays with **, dict methods."""
        dicts = [d for d in self.names_of(scope, lambda k: k == 'dict') if d.startswith('od')]
        if self.r.random() < 0.3 or not dicts:
            d = self.fresh('od')
            pairs = ', '.join(f'{self.an_ord()}: {self.pick(["[]", self.an_int(), self.a_str()])}'
                              for _ in range(self.r.randint(0, 6)))
            if dicts and self.chance(0.3):
                pairs = f'**{self.pick(dicts)}' + (', ' + pairs if pairs else '')
            self.emit(ind, f'{d} = {{{pairs}}}')
            self.bind(scope, d, 'dict')
            return
        d = self.pick(dicts)
        k = self.an_ord()
        if self.chance(0.25):
            self.emit(ind, 'try:')
            self.emit(ind + 1, f'del {d}[{k}]')
            self.emit(ind, 'except KeyError:')
            self.emit(ind + 1, "print('no key')")
            return
        self.emit(ind, self.pick([
            f'{d}[{k}] = {self.pick(["[]", self.an_int()])}',
            f'print({k} in {d}, len({d}))',
            f'print({d}.get({k}), {d}.pop({k}, None))',
            f'print({d}.setdefault({k}, []))',
            f'{d}.update({{{k}: {self.an_int()}}})',
            f'print({d} == {self.pick(dicts)})',
            f'print(dict.fromkeys([{k}, {self.an_ord()}], 0))',
            f'print(sorted({d}))',
        ]))

    def l1_ord_sort(self, scope, ind):
        """A list of Ord sorted by __lt__: every comparison timsort makes is
        printed (binary insertion below 64 items, merges and galloping
        above)."""
        l, i = self.fresh('ol'), self.fresh('i')
        n = self.pick([self.r.randint(0, 12), self.r.randint(60, 140)])
        mul, mod = self.r.randint(1, 40), self.r.randint(2, 200)
        self.emit(ind, f'{l} = []')
        self.emit(ind, f'for {i} in range({n}):')
        self.emit(ind + 1, f'{l}.append(Ord(({i} * {mul} + {self.r.randint(0, 9)}) % {mod}))')
        self.emit(ind, self.pick([f'{l}.sort()', f'{l}.sort(reverse=True)',
                                  f'{l} = sorted({l})', f'{l}.reverse()']))
        self.emit(ind, f'print(len({l}), {l}[:3])')
        self.bind(scope, l, 'list')

    def l1_ord_format(self, scope, ind):
        """%-formatting, f-strings and format() of Ord: which of __str__,
        __repr__ and __format__ run, in which order."""
        a, b = self.an_ord(), self.an_ord()
        self.emit(ind, self.pick([
            f"print('%s and %r' % ({a}, {b}))",
            f"print('%5s|%-4r|%a' % ({a}, {b}, {a}))",
            f"print('%s %d' % ({a}, {self.an_int()}))",
            f"print(f'{{{a}}} {{{b}!r}} {{{a}:>4}}')",
            f"print(format({a}, 'x'), '{{}} {{!s}}'.format({a}, {b}))",
            f"print(f'{{{a}=}}', str({b}), repr({a}))",
        ]))

    def gen_l1_defs(self):
        """The definitions L1's statements use: an exception class, classes
        with several bases and special methods, functions with defaults,
        *args, keyword-only and **kwargs, a function returning a tuple."""
        if self.chance(0.7):
            self.emit(0, 'class Oops(Exception):')
            self.emit(1, 'def __init__(self, v):')
            self.emit(2, 'super().__init__(v)')
            self.emit(2, 'self.v = v')
            if self.chance(0.6):
                self.emit(1, 'def __del__(self):')
                self.emit(2, "print('del Oops')")
        else:
            self.emit(0, 'class Oops(ValueError):')
            self.emit(1, 'pass')
        self.module.names['Oops'] = 'class'
        if self.chance(0.75):
            self.gen_rich()
        if self.chance(0.6):
            self.lines += self.ORD.replace('HASHMOD', str(self.r.randint(1, 4))).split('\n')
            self.module.names['Ord'] = 'class'
        self.emit(0, 'def kwf(a, b=2, *args, c=None, **kw):')
        self.emit(1, "print('kwf', type(a).__name__, b if type(b) is int else '-', len(args), c is None, sorted(kw))")
        self.emit(1, f'return {self.pick(["[a, args, kw]", "[kw]", "[args]", "[c]"])}')
        self.funcs.append(Func('kwf', 1, None))
        self.module.names['kwf'] = 'func'
        self.emit(0, 'def tup(x):')
        self.emit(1, f'return {self.pick(["x, [x]", "(x, [])", "[x], [x, x]"])}')
        self.funcs.append(Func('tup', 1, None))
        self.module.names['tup'] = 'func'
        self.emit(0, 'def exc(x):')
        self.emit(1, 'try:')
        self.emit(2, 'raise Oops(x)')
        self.emit(1, 'except Oops as e:')
        self.emit(2, self.pick(['err = e', 'saved.append(e)', "print('caught')", 'e.__traceback__ = None']))
        self.need_saved = True
        self.funcs.append(Func('exc', 1, None))
        self.module.names['exc'] = 'func'

    RICH = """\
class Base1:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return REPR
class Mix:
    tag = 'mix'
    def hello(self):
        return 'mix-' + self.tag
class Rich(Base1, Mix):
    def __init__(self, v, w=0):
        super().__init__(v)
        self.w = w
    @property
    def val(self):
        return self.w
    @val.setter
    def val(self, x):
        self.w = x
    @staticmethod
    def smeth(a, b=1):
        return a + b
    @classmethod
    def make(cls, v):
        return cls(v)
    def __eq__(self, other):
        return isinstance(other, Rich) and self.w == other.w
    def __hash__(self):
        return self.w
    def __lt__(self, other):
        return self.w < other.w
    def __len__(self):
        return self.w % 5
    def __bool__(self):
        return self.w != 0
    def __iter__(self):
        return iter([self.v, self.w])
    def __getitem__(self, i):
        return [self.v, self.w][i]
    def __contains__(self, x):
        return x == self.w
    def __call__(self, *args):
        return len(args)
    def __add__(self, other):
        return Rich(self.v, self.w + other)"""

    def gen_rich(self):
        """Classes with several bases, super(), descriptors and special
        methods: Rich is a class the statements can make and use."""
        rep = self.pick(["'Rich'", "f'Rich({self.w})'", "'R%d' % self.w"])
        self.lines += self.RICH.replace('REPR', rep).split('\n')
        if self.chance(0.6):
            self.emit(1, 'def __del__(self):')
            self.emit(2, "print('del Rich', self.w)")
        for n in ('Base1', 'Mix'):
            self.module.names[n] = 'class'
        k = Klass('Rich', None)
        k.has_init, k.params, k.attrs = True, ['v'], ['v']
        k.methods = {'hello': (0, 'any')}
        self.classes.append(k)
        self.module.names['Rich'] = 'class'

    # ---- definitions ------------------------------------------------------
    def gen_class(self):
        name = self.pick(['A', 'B', 'Node', 'Box', 'Leaf', 'Item', 'Res', 'Obj'])
        while self.klass(name):
            name += 'x'
        base = self.pick(self.classes) if self.classes and self.chance(0.3) else None
        k = Klass(name, base)
        self.emit(0, f'class {name}{"(" + base.name + ")" if base else ""}:')
        start = len(self.lines)
        if self.chance(0.3):
            ca = self.pick(['count', 'kind', 'registry', 'shared'])
            val = self.pick(['0', "'k'", '[]', 'None', '{}'])
            self.emit(1, f'{ca} = {val}')
            k.class_attrs.append(ca)
        if self.chance(0.85):
            k.has_init = True
            k.params = ['p' + str(i) for i in range(self.r.randint(0, 2))]
            if self.chance(0.3):
                k.params = ['name'] + k.params
            self.emit(1, f'def __init__(self{"".join(", " + p for p in k.params)}):')
            sc = Scope('method', {'self': 'obj:' + name}, self.module)
            for p in k.params:
                sc.names[p] = 'unknown'
            if base and base.init_params() is not None and self.chance(0.7):
                bp = base.init_params()
                args = [k.params[i] if i < len(k.params) else self.plain() for i in range(len(bp))]
                self.emit(2, f'{base.name}.__init__(self{"".join(", " + a for a in args)})')
            for p in k.params:
                attr = 'name' if p == 'name' else self.pick(ATTR_POOL)
                self.emit(2, f'self.{attr} = {p}')
                if attr not in k.attrs:
                    k.attrs.append(attr)
            for _ in range(self.r.randint(0, 2)):
                attr = self.pick(ATTR_POOL)
                v = self.pick(['[]', '{}', 'None', str(self.r.randint(0, 9))])
                if self.classes and self.chance(0.2):
                    leaf = self.pick([c for c in self.classes if not c.init_params()] or [None])
                    if leaf:
                        v = f'{leaf.name}()'
                self.emit(2, f'self.{attr} = {v}')
                if attr not in k.attrs:
                    k.attrs.append(attr)
            if self.chance(0.15):
                self.emit(2, f'print(sys.getrefcount(self))')
            if self.lines[-1].endswith('):'):
                self.emit(2, 'pass')
            if self.chance(0.1):
                self.emit(2, 'self.me = self')
            if self.err_budget and self.chance(0.08):
                self.emit(2, 'if len(saved) > 2:')   # fails only sometimes
                self.emit(3, self.pick(['return 1', 'print(self.unset_attr)',
                                        'saved.pop(7)']))
        if self.chance(0.45):
            k.has_del = True
            self.emit(1, 'def __del__(self):')
            self.gen_del_body(k)
        for _ in range(self.r.randint(0, 3)):
            self.gen_method(k)
        if len(self.lines) == start:
            self.emit(1, 'pass')
        self.classes.append(k)
        self.module.names[name] = 'class'

    def gen_del_body(self, k):
        n = 0
        for _ in range(self.r.randint(1, 3)):
            c = self.r.random()
            attrs = k.all_attrs()
            if c < 0.35:
                if 'name' in attrs:
                    self.emit(2, "print('fin', self.name)")
                else:
                    self.emit(2, f"print('fin {k.name}')")
            elif c < 0.5 and 'resurrect' not in self.avoid:
                self.need_saved = True
                self.emit(2, 'saved.append(self)')
            elif c < 0.6 and 'alloc_in_finalizer' not in self.avoid:
                self.emit(2, f'tmp = {self.pick(["[]", "{}", "[1, 2]"])}')
            elif c < 0.7 and attrs:
                self.emit(2, f'self.{self.pick(attrs)} = None')
            elif c < 0.75 and 'gc_in_finalizer' not in self.avoid:
                self.emit(2, 'gc.collect()')
            elif c < 0.82:
                self.emit(2, 'print(self.not_there)')   # swallowed error
            elif c < 0.88 and 'getrefcount' not in self.avoid:
                self.emit(2, 'print(sys.getrefcount(self))')
            elif c < 0.94 and self.classes and 'alloc_in_finalizer' not in self.avoid:
                leaf = self.pick(self.classes)
                if not leaf.init_params():
                    self.emit(2, f'self.extra = {leaf.name}()')
                else:
                    self.emit(2, 'self.extra = [self]')
            elif 'resurrect' not in self.avoid:
                self.emit(2, 'global gone')
                self.emit(2, 'gone = self')
            n += 1

    def gen_method(self, k):
        c = self.r.random()
        attrs = k.all_attrs() or ['a']
        if c < 0.2:
            m, a = 'set_' + self.pick(ATTR_POOL), None
            a = m[4:]
            self.emit(1, f'def {m}(self, v):')
            self.emit(2, f'self.{a} = v')
            k.methods[m] = (1, None)
        elif c < 0.35:
            a = self.pick(attrs)
            self.emit(1, f'def get_{a}(self):')
            self.emit(2, f'return self.{a}')
            k.methods['get_' + a] = (0, 'any')
        elif c < 0.5:
            self.emit(1, 'def make(self):')
            self.emit(2, self.pick(['return [self]', "return {'o': self}", 'return []', 'return list()']))
            k.methods['make'] = (0, 'new')
        elif c < 0.6:
            self.emit(1, 'def link(self, other):')
            self.emit(2, 'self.peer = other')
            self.emit(2, 'other.peer = self')
            k.methods['link'] = (1, None)
        elif c < 0.7:
            self.emit(1, 'def notify(self, w):')
            self.emit(2, f"print('notify', w() is None)")
            if self.chance(0.3):
                self.emit(2, 'self.last = [w]')
            k.methods['notify'] = (1, None)
        else:
            m = self.fresh('m')
            n = self.r.randint(0, 2)
            params = [self.fresh('q') for _ in range(n)]
            self.emit(1, f'def {m}(self{"".join(", " + p for p in params)}):')
            sc = Scope('method', {'self': 'obj:' + k.name}, self.module)
            for p in params:
                sc.names[p] = 'unknown'
            self.block(sc, 2, self.r.randint(1, 4))
            ret = None
            if self.chance(0.5):
                locs = [x for x in sc.names if x != 'self']
                r = self.pick(locs) if locs else 'self'
                self.emit(2, f'return {r}')
                ret = 'any'
            k.methods[m] = (n, ret)

    def gen_func(self):
        name = self.fresh('f')
        n = self.r.randint(0, 3)
        params = [self.fresh('p') for _ in range(n)]
        ndefaults = 0
        if 'calls' not in self.avoid and n and self.chance(0.4):
            ndefaults = self.r.randint(1, n)
        decl = [p if i < n - ndefaults else f'{p}={self.pick(["None", "[]", "{}", "0"])}'
                for i, p in enumerate(params)]
        self.emit(0, f'def {name}({", ".join(decl)}):')
        sc = Scope('func', {p: 'unknown' for p in params}, self.module)
        gl = [x for x in self.module.names if self.module.names[x] not in ('class', 'func')]
        if gl and self.chance(0.3):
            g = self.pick(gl)
            self.emit(1, f'global {g}')
            sc.globals.add(g)
        self.block(sc, 1, self.r.randint(1, 5))
        returns = None
        if self.chance(0.3):
            self.emit(1, f'return {self.new_obj(sc, allow_err=False)[0]}')
            returns = 'new'
        elif self.chance(0.4):
            locs = list(sc.names)
            if locs:
                self.emit(1, f'return {self.pick(locs)}')
                returns = 'any'
        self.funcs.append(Func(name, n, returns, params, ndefaults))
        self.module.names[name] = 'func'

    def gen_factory(self):
        """A function returning a closure (a def or a lambda) over its
        parameters and locals: cells made at frame start, `nonlocal`
        stores, a second closure sharing the cells, late binding in a loop,
        a cell deleted before the closure reads it."""
        name = self.fresh('mk')
        n = self.r.randint(0, 2)
        params = [self.fresh('p') for _ in range(n)]
        self.emit(0, f'def {name}({", ".join(params)}):')
        sc = Scope('func', {p: 'unknown' for p in params}, self.module)
        cells = list(params)
        for _ in range(self.r.randint(1, 3)):
            c = self.fresh('c')
            text, kind = self.new_obj(sc, allow_err=False) if self.chance(0.7) else (self.plain(), 'int')
            self.emit(1, f'{c} = {text}')
            self.bind(sc, c, kind)
            cells.append(c)
        self.block(sc, 1, self.r.randint(0, 2))
        if len(cells) >= 2 and self.chance(0.3):
            # STORE_DEREF is not swappable: the cells are stored first to last
            pair = self.r.sample(cells, 2)
            self.emit(1, f'{pair[0]}, {pair[1]} = {self.new_obj(sc, allow_err=False)[0]}, '
                         f'{self.new_obj(sc, allow_err=False)[0]}')
        used = self.r.sample(cells, self.r.randint(1, len(cells)))
        form = self.r.random()
        if form < 0.3:
            body = f'({", ".join(used)})' if len(used) > 1 else used[0]
            self.emit(1, f'inner = lambda: {body}')
        elif form < 0.45:
            # late binding: every closure of the loop sees the last value
            loopvar = self.fresh('i')
            self.emit(1, 'fs = []')
            self.emit(1, f'for {loopvar} in range({self.r.randint(1, 3)}):')
            self.emit(2, f'{used[0]} = {self.new_obj(sc, allow_err=False)[0]}')
            if self.chance(0.5):
                self.emit(2, f'fs.append(lambda: ({", ".join(used)},))')
            else:
                self.emit(2, f'fs.append(lambda d={used[0]}: (d, {", ".join(used)}))')
            self.emit(1, 'inner = fs[-1]')
        else:
            self.emit(1, 'def inner():')
            mutated = used[0] if self.chance(0.4) else None
            if mutated is not None:
                self.emit(2, f'nonlocal {mutated}')
                self.emit(2, f'{mutated} = {self.new_obj(self.module, allow_err=False)[0]}')
            if self.chance(0.4):
                self.emit(2, f"print('{name}', type({self.pick(used)}).__name__)")
            self.emit(2, f'return {", ".join(used)}' if len(used) > 1 else f'return {used[0]}')
        if self.chance(0.25):
            shared = self.pick(cells)
            self.emit(1, f'other = lambda: {shared}')
            if self.chance(0.5):
                self.emit(1, f'other.peer = inner')   # a function attribute
        if self.err_budget and self.chance(0.1):
            self.err_budget -= 1
            self.emit(1, f'del {used[-1]}')        # the closure then finds no value
        if self.chance(0.3):
            self.emit(1, f'print(type(inner()).__name__)')
        self.emit(1, 'return inner')
        self.factories.append((name, n))
        self.module.names[name] = 'func'

    def stmt_closure(self, scope, ind):
        """Make, call, store (a cycle through a cell when the closure is
        stored on its own argument) and drop closures."""
        name, n = self.pick(self.factories)
        objs = self.obj_names(scope)
        closures = self.names_of(scope, lambda k: k == 'closure')
        c = self.r.random()
        if c < 0.35 or not closures:
            args = [self.value(scope)[0] for _ in range(n)]
            if objs and n and c < 0.15:
                o = self.pick(objs)
                args[0] = o
                self.emit(ind, f'{o}.cb = {name}({", ".join(args)})')   # maybe a cycle
                return
            t = self.target_name(scope)
            self.emit(ind, f'{t} = {name}({", ".join(args)})')
            self.bind(scope, t, 'closure')
        elif c < 0.65:
            f = self.pick(closures)
            if self.chance(0.5):
                t = self.target_name(scope)
                self.emit(ind, f'{t} = {f}()')
                self.bind(scope, t, 'unknown')
            else:
                self.emit(ind, f'print(type({f}()).__name__)')
        elif c < 0.8:
            self.emit(ind, f'{self.pick(closures)} = None')
        elif c < 0.9 and objs:
            o = self.pick(objs)
            self.emit(ind, f'{o}.handler = {self.pick(closures)}')
        else:
            self.emit(ind, 'gc.collect()')

    def gen_cb(self):
        name = self.fresh('cb')
        self.emit(0, f'def {name}(w):')
        c = self.r.random()
        if c < 0.4:
            self.emit(1, f"print('{name}', w() is None)")
        elif c < 0.6:
            self.emit(1, f"print('{name}')")
            self.emit(1, 'keep = [w]')
        elif c < 0.7:
            self.need_saved = True
            self.emit(1, 'held.append(w)')   # never printed: addresses
        elif c < 0.8 and 'gc_in_finalizer' not in self.avoid:
            self.emit(1, 'gc.collect()')
        elif c < 0.9:
            self.emit(1, 'print(w.missing)')
        else:
            self.emit(1, f"print('{name}', len(saved))")
            self.need_saved = True
        self.cbs.append(name)
        self.module.names[name] = 'func'

    def gen_recursion(self):
        """A recursion that fails with RecursionError; holds no traced locals
        so the trace does not depend on the depth."""
        name = self.fresh('rec')
        self.emit(0, f'def {name}(n):')
        self.emit(1, f'return {name}(n + 1)')
        self.funcs.append(Func(name, 1, None))

    def script(self):
        imports = ['import gc', 'import weakref', 'import sys']
        for imp in imports:
            self.emit(0, imp)
        self.emit(0, 'saved = []')
        self.emit(0, 'held = []')
        self.module.names['saved'] = 'list'
        for _ in range(self.r.randint(1, 4)):
            self.gen_class()
        for _ in range(self.r.randint(0, 2)):
            self.gen_cb()
        if 'l1' not in self.avoid:
            self.gen_l1_defs()
        for _ in range(self.r.randint(0, 3)):
            self.gen_func()
        if 'closures' not in self.avoid:
            for _ in range(self.r.randint(0, 3)):
                self.gen_factory()
        if self.chance(0.3):
            self.gen_bounded_recursion()
        if self.err_budget and self.chance(0.05):
            self.gen_recursion()
            self.budget = 0
            self.emit(0, f'x0 = {self.new_obj(self.module, allow_err=False)[0]}')
            self.emit(0, f'{self.funcs[-1].name}(0)')
        while self.budget > 0:
            self.stmt(self.module, 0)
        if self.chance(0.5):
            self.emit(0, 'gc.collect()')
        return '\n'.join(self.lines) + '\n'


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------
def run(cmd, path, timeout=TIMEOUT_S):
    """(exit status or 'timeout' or -signal, stdout, stderr)"""
    for attempt in range(5):
        try:
            p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout,
                               stdin=subprocess.DEVNULL)
            break
        except subprocess.TimeoutExpired:
            return 'timeout', '', ''
        except OSError:          # the binary is being relinked: wait
            if attempt == 4:
                raise
            time.sleep(10)
    return (p.returncode, p.stdout.decode('utf-8', 'replace'),
            p.stderr.decode('utf-8', 'replace'))


class Runner:
    def __init__(self, args):
        self.oracle = [sys.executable, args.oracle]
        self.refscope = [args.refscope, '--trace']
        self.tmp = tempfile.mkdtemp(prefix='rs-fuzz-')
        self.avoid = args.avoid

    def oracle_trace(self, path):
        """The oracle's trace, or None if it rejects the script or the
        trace shows an address (a weakref or function reached a print)."""
        rc, out, err = run(self.oracle, path)
        return out if rc == 0 and ' at 0x' not in out else None

    def check(self, path, expected=None):
        """None when refscope agrees with the oracle (or the oracle rejects),
        else (expected, actual, summary)."""
        if expected is None:
            expected = self.oracle_trace(path)
            if expected is None:
                return None
        rc, out, err = run(self.refscope, path)
        if rc == 'timeout':     # confirm: a loaded machine is not a hang
            rc, out, err = run(self.refscope, path, 3 * TIMEOUT_S)
        if rc != 0:
            return expected, out + err, f'refscope exit {rc}: ' + ' | '.join(err.strip().splitlines()[:3])[:200]
        diff = compare.first_difference(expected.splitlines(), out.splitlines())
        if diff is None:
            return None
        summary = diff['summary']
        if any(l.startswith('new ') for l in diff['exp'][1:] + diff['act'][1:]) \
                and diff['exp'][:1] == ['gc start']:
            summary = 'gc-order? ' + summary
        return expected, out, summary


def generate(seed, runner):
    """A script the oracle accepts: (text, trace)."""
    for sub in range(20):
        text = Gen(seed * 100 + sub, runner.avoid).script()
        path = os.path.join(runner.tmp, f'gen-{seed}.py')
        with open(path, 'w') as f:
            f.write(text)
        trace = runner.oracle_trace(path)
        if trace is not None:
            return text, trace, path
    return None, None, None


def blocks(lines):
    """Start/end of every statement (a line and its more-indented body)."""
    out = []
    for i, l in enumerate(lines):
        if not l.strip():
            continue
        ind = len(l) - len(l.lstrip())
        j = i + 1
        while j < len(lines) and (not lines[j].strip()
                                  or len(lines[j]) - len(lines[j].lstrip()) > ind):
            j += 1
        out.append((i, j))
    return out


def signature(result):
    """What kind of failure: the same kind must persist while minimizing
    (a crash must not turn into a plain trace mismatch or back)."""
    summary = result[2]
    if summary.startswith('refscope exit'):
        return summary.split('\n')[0][:120]
    return 'trace'


def minimize(text, runner, tag, want=None):
    """Delete statements while the same kind of failure persists and the
    oracle accepts the script: first chunks of top-level statements
    (halves, quarters, ...), then every statement from the last to the
    first, then compound bodies replaced by `pass`; repeat until stable."""
    path = os.path.join(runner.tmp, f'min-{tag}.py')
    lines = text.splitlines()

    def still(cand):
        with open(path, 'w') as f:
            f.write('\n'.join(cand) + '\n')
        r = runner.check(path)
        return r is not None and (want is None or signature(r) == want)

    if want is None:
        with open(path, 'w') as f:
            f.write(text)
        r = runner.check(path)
        if r is None:
            return text
        want = signature(r)
    changed = True
    while changed:
        changed = False
        top = [b for b in blocks(lines) if not lines[b[0]].startswith(' ')]
        size = len(top) // 2
        while size >= 2:
            k = len(top) - size
            while k >= 0:
                chunk = top[k:k + size]
                i, j = chunk[0][0], chunk[-1][1]
                cand = lines[:i] + lines[j:]
                if still(cand):
                    lines, changed = cand, True
                    top = [b for b in blocks(lines) if not lines[b[0]].startswith(' ')]
                    k = min(k, len(top)) - size
                else:
                    k -= size
            size //= 2
        k = len(blocks(lines)) - 1
        while k >= 0:
            bl = blocks(lines)
            if k >= len(bl):
                k = len(bl) - 1
                continue
            i, j = bl[k]
            cand = lines[:i] + lines[j:]
            if still(cand):
                lines, changed = cand, True
            elif j - i > 2 and lines[i].rstrip().endswith(':'):
                ind = len(lines[i]) - len(lines[i].lstrip())
                cand = lines[:i + 1] + [' ' * (ind + 4) + 'pass'] + lines[j:]
                if still(cand):
                    lines, changed = cand, True
            k -= 1
    return '\n'.join(lines) + '\n'


def fuzz_one(seed, runner, args):
    text, trace, path = generate(seed, runner)
    if text is None:
        return seed, 'rejected', None
    r = runner.check(path, trace)
    if r is None:
        return seed, 'ok', None
    expected, actual, summary = r
    d = os.path.join(args.out, str(seed))
    os.makedirs(d, exist_ok=True)
    for name, content in (('script.py', text), ('expected.trace', expected),
                          ('actual.trace', actual), ('summary.txt', summary + '\n')):
        with open(os.path.join(d, name), 'w') as f:
            f.write(content)
    if not args.no_minimize:
        small = minimize(text, runner, seed)
        with open(os.path.join(d, 'min.py'), 'w') as f:
            f.write(small)
        mp = os.path.join(d, 'min.py')
        r2 = runner.check(mp)
        if r2:
            for name, content in (('min.expected', r2[0]), ('min.actual', r2[1])):
                with open(os.path.join(d, name), 'w') as f:
                    f.write(content)
            summary = r2[2]
            with open(os.path.join(d, 'min-summary.txt'), 'w') as f:
                f.write(summary + '\n')
    return seed, 'mismatch', summary


# --------------------------------------------------------------------------
# Robustness: mutated bytes
# --------------------------------------------------------------------------
def mutate_lines(data, r):
    """Gentler mutations that mostly stay in the subset, so the mutated
    script runs: move/delete/duplicate lines, change indentation, swap
    identifiers and numbers."""
    import re
    lines = data.decode('utf-8').split('\n')
    words = sorted(set(re.findall(r'[A-Za-z_][A-Za-z0-9_]*', data.decode()))) or ['x']
    for _ in range(r.randint(1, 4)):
        if not lines:
            lines = ['pass']
        k = r.randrange(len(lines))
        c = r.random()
        if c < 0.2:
            del lines[k]
        elif c < 0.35:
            lines.insert(r.randrange(len(lines) + 1), lines[k])
        elif c < 0.5:
            j = r.randrange(len(lines))
            lines[k], lines[j] = lines[j], lines[k]
        elif c < 0.6:
            lines[k] = ('    ' + lines[k]) if r.random() < 0.5 else lines[k][4:]
        elif c < 0.85:
            toks = re.findall(r'[A-Za-z_][A-Za-z0-9_]*', lines[k])
            if toks:
                t = r.choice(toks)
                lines[k] = re.sub(r'\b%s\b' % re.escape(t), r.choice(words), lines[k], count=1)
        else:
            lines[k] = re.sub(r'\d+', lambda m: str(r.choice([0, 1, 2, 49, 50, 51, 1000, -1])),
                              lines[k], count=1)
    return '\n'.join(lines).encode()


def mutate(data, r):
    if r.random() < 0.6:
        return mutate_lines(data, r)
    data = bytearray(data)
    for _ in range(r.randint(1, 8)):
        c = r.random()
        if not data:
            data += b'x'
        pos = r.randrange(len(data))
        if c < 0.3:
            data[pos] = r.randrange(256)
        elif c < 0.5:
            del data[pos:pos + r.randint(1, 20)]
        elif c < 0.7:
            data[pos:pos] = r.choice([b'(', b')', b'[', b']', b':', b'\n', b'    ',
                                      b'\\', b"'", b'"', b'#', b'\x00', b'\xff',
                                      b'\xc3', b'.', b',', b'=', b'9' * 30, b'-',
                                      b'def ', b'class ', b'del ', b'\t', b'\r'])
        elif c < 0.85:
            a = r.randrange(len(data))
            b = min(len(data), a + r.randint(1, 80))
            data[pos:pos] = data[a:b]
        else:
            # duplicate a line many times (deep nesting / long input)
            lines = bytes(data).split(b'\n')
            k = r.randrange(len(lines))
            lines[k:k] = [lines[k]] * r.randint(2, 200)
            data = bytearray(b'\n'.join(lines))
    return bytes(data)


def mutate_one(seed, runner, args):
    r = random.Random(seed)
    text = Gen(seed, runner.avoid).script().encode()
    data = mutate(text, r)
    path = os.path.join(runner.tmp, f'mut-{seed}.py')
    with open(path, 'wb') as f:
        f.write(data)
    # a mutated script may loop forever, as it would in CPython: a small
    # step limit ends it, so a timeout means a real hang
    cmd = runner.refscope[:1] + ['--step-limit', '200000'] + runner.refscope[1:]
    rc, out, err = run(cmd, path)
    bad = None
    if rc == 'timeout':
        # a loaded machine (or a slow sanitizer build) is not a hang:
        # only a second timeout, three times longer, counts
        rc, out, err = run(cmd, path, 3 * TIMEOUT_S)
    if rc == 'timeout':
        bad = 'timeout'
    elif rc not in (0, 1, 2):
        bad = f'exit {rc}'
    elif 'Sanitizer' in err or 'runtime error' in err or 'LeakSanitizer' in err:
        bad = 'sanitizer: ' + next((l for l in err.splitlines()
                                    if 'Sanitizer' in l or 'runtime error' in l), '')
    if bad:
        d = os.path.join(args.out, f'crash-{seed}')
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'input.py'), 'wb') as f:
            f.write(data)
        with open(os.path.join(d, 'stderr.txt'), 'w') as f:
            f.write(err)
        return seed, 'crash', bad
    return seed, 'ok', None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('-n', type=int, default=100)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--out', default='fuzz-out')
    ap.add_argument('--refscope', default=os.path.join(ROOT, 'build', 'src', 'refscope'))
    ap.add_argument('--oracle', default=os.path.join(ORACLE_DIR, 'trace.py'))
    ap.add_argument('--no-minimize', action='store_true')
    ap.add_argument('--print', type=int, metavar='SEED')
    ap.add_argument('--minimize', metavar='FILE')
    ap.add_argument('--mutate', type=int, metavar='N')
    ap.add_argument('--emit-cases', metavar='DIR',
                    help='write -n scripts and their oracle traces to DIR '
                         '(fuzz_gen_SEED.py/.trace) for the in-process tests')
    ap.add_argument('--avoid', default='', metavar='F,F',
                    help='features not to generate (known bugs): ' + ','.join(FEATURES))
    args = ap.parse_args()
    args.avoid = [f for f in args.avoid.split(',') if f]
    for f in args.avoid:
        if f not in FEATURES:
            ap.error(f'unknown feature {f}')
    if args.print is not None:
        sys.stdout.write(Gen(args.print * 100, args.avoid).script())
        return 0
    if compare is None:
        print(f'fuzz-oracle: cannot import compare.py from {ORACLE_DIR}', file=sys.stderr)
        return 2
    runner = Runner(args)
    try:
        if args.minimize:
            with open(args.minimize) as f:
                text = f.read()
            sys.stdout.write(minimize(text, runner, 'cli'))
            return 0
        if args.emit_cases:
            os.makedirs(args.emit_cases, exist_ok=True)
            for seed in range(args.seed, args.seed + args.n):
                text, trace, _ = generate(seed, runner)
                if text is None:
                    continue
                stem = os.path.join(args.emit_cases, f'fuzz_gen_{seed}')
                for ext, content in (('.py', text), ('.trace', trace)):
                    with open(stem + ext, 'w') as f:
                        f.write(content)
            return 0
        os.makedirs(args.out, exist_ok=True)
        work = mutate_one if args.mutate else fuzz_one
        count = args.mutate or args.n
        seeds = range(args.seed, args.seed + count)
        stats = {}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            futures = [pool.submit(work, s, runner, args) for s in seeds]
            for fut in concurrent.futures.as_completed(futures):
                seed, status, summary = fut.result()
                stats[status] = stats.get(status, 0) + 1
                if summary:
                    print(f'{status.upper()} seed {seed}: {summary}', flush=True)
                done = sum(stats.values())
                if done % 100 == 0:
                    print(f'progress {done}/{count}: ' + ' '.join(
                        f'{k}={v}' for k, v in sorted(stats.items())), flush=True)
        print(' '.join(f'{k}={v}' for k, v in sorted(stats.items())))
        return 1 if stats.get('mismatch') or stats.get('crash') else 0
    finally:
        shutil.rmtree(runner.tmp, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
