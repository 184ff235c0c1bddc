#!/usr/bin/env python3
"""The proof of `refscope --explain`: its predictions against real runs.

    test-explain.py REFSCOPE CASES_DIR [--every E] [--fuzz N] [--seed S]
                    [--fuzz-edits K] [--jobs J] [--min-sessions M]

For each session (the oracle cases CASES_DIR/*.py, whose .trace stands for
their first run, then N random programs
of build-aux/fuzz-oracle.py from seed S, without runtime errors), `--explain all --json` says, for
every reference to every object at the end, what removing it frees and in
which order, and what it leaks.  Each reference a script can name (a
module name, `x.attr`, `l[i]`, `d[k]`) is then edited at the end of the
script (`del NAME`, `del x.attr`, `x.attr = None`, `l[i] = None`,
`x.attr = weakref.ref(x.attr)` for an instance) and the script is run
again with `--trace`: exactly the predicted objects must get their `del`
line, in the predicted order, and exactly the predicted ones must join
the `leaked` line.  For a cycle still reachable at the end, its first
break set is made weak (`x.attr = weakref.ref(x.attr)`) before the module
names are deleted: then none of its members may be leaked in a cycle, as
they are without it (they may still hang from another leaked cycle).  A prediction marked uncertain (a __del__ or a weak
reference callback would run) is counted, not checked.  The meson test
takes every E-th case with all its edits and a few random programs with
K edits each (they have a hundred), so that it stays well under a minute;
on demand, every case and more programs with every edit:

    tests/cli/test-explain.py build/src/refscope tests/cases --fuzz 300

Exit status 0 when every certain prediction held and at least M sessions
ran to their end (a session that an error ends has no end to edit).
"""
import argparse
import concurrent.futures
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NEW = re.compile(r'^new [0-9]+ \S+$')
DEL = re.compile(r'^del [0-9]+$')
EXPRESSION = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*|\[(-?[0-9]+|'[^'\\]*')\])*$")


def run(refscope, *args):
    """The finished process, or None when it ran past the timeout."""
    env = dict(os.environ, DISPLAY='', WAYLAND_DISPLAY='', LC_ALL='C.UTF-8')
    try:
        return subprocess.run([refscope, *args], capture_output=True, text=True, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        return None


PRINTS_TRACE_WORDS = re.compile(r'''print\(\s*f?['"](?:del|new|gc|alive|leaked)\b''')


def parse_trace(text):
    """(event lines, alive set, leaked set, {number: type}, finalized set)"""
    lines = text.splitlines()
    if len(lines) < 2 or not lines[-2].startswith('alive') or not lines[-1].startswith('leaked'):
        return None
    types = {}
    finalized = set()
    for line in lines[:-2]:
        if NEW.match(line):
            _, n, t = line.split(' ', 2)
            types[int(n)] = t
        elif DEL.match(line):
            finalized.add(int(line.split()[1]))
    alive = {int(n) for n in lines[-2].split()[1:]}
    leaked = {int(n) for n in lines[-1].split()[1:]}
    return lines[:-2], alive, leaked, types, finalized


def same_objects(lines):
    """The lines of a trace that say what happens to objects (the oracle's
    .trace has its printed addresses normalised, refscope's does not)."""
    return [line for line in lines if NEW.match(line) or DEL.match(line)]


def edits_of(removal, target_type):
    """The statements that remove the reference, as a script writes them."""
    ref = removal['reference']
    if not EXPRESSION.match(ref) or '__' in ref:
        return []
    if '.' not in ref and '[' not in ref:
        return [f'del {ref}']
    edits = [f'del {ref}', f'{ref} = None']
    if ref.endswith(']'):
        edits = [f'{ref} = None']
        if ref.endswith("']"):
            edits.append(f'del {ref}')
    elif target_type not in ('list', 'dict'):
        edits.append(f'import weakref\n{ref} = weakref.ref({ref})')
    return edits


class Session:
    def __init__(self, args, name, text, edits=0, trace=None):
        self.args, self.name, self.text, self.edits, self.trace = args, name, text, edits, trace

    def check(self):
        """(edits checked, uncertain, failures, skipped, break sets checked)"""
        tmp = tempfile.mkdtemp(prefix='refscope-explain-')
        try:
            return self._check(tmp)
        finally:
            for f in os.listdir(tmp):
                os.unlink(os.path.join(tmp, f))
            os.rmdir(tmp)

    def _check(self, tmp):
        path = os.path.join(tmp, 'base.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(self.text)
        if self.trace is None:
            trace = run(self.args.refscope, '--trace', path)
            self.trace = trace.stdout if trace is not None and trace.returncode == 0 else ''
        base = parse_trace(self.trace)
        if base is None or any(line.startswith('error ') for line in base[0]):
            return 0, 0, [], 1, 0
        # what the script prints would be read as the trace's own lines
        # (print('del', n) looks like `del N`): such a session is skipped
        if PRINTS_TRACE_WORDS.search(self.text):
            return 0, 0, [], 1, 0
        proc = run(self.args.refscope, '--explain', 'all', '--json', path)
        if proc is None or proc.returncode != 0:
            return 0, 0, [f'{self.name}: --explain all failed: {proc and proc.stderr.strip()}'], 0, 0
        objects = json.loads(proc.stdout)
        events, alive, leaked, types, finalized = base
        states = {o['object']: o['state'] for o in objects}
        if {n for n, s in states.items() if s == 'alive'} != alive or \
           {n for n, s in states.items() if s == 'leaked'} != leaked:
            return 0, 0, [f'{self.name}: states differ from the trace\'s alive/leaked lines'], 0, 0
        jobs = []
        for o in objects:
            for removal in o['if_removed']:
                for edit in edits_of(removal, types.get(o['object'])):
                    jobs.append((o['object'], removal, edit))
        if self.edits:
            jobs = jobs[::max(1, len(jobs) // self.edits)][:self.edits]
        checked = uncertain = 0
        failures = []
        for k, (number, removal, edit) in enumerate(jobs):
            if 'uncertain' in removal:
                uncertain += 1
                continue
            edited = os.path.join(tmp, f'edit{k}.py')
            with open(edited, 'w', encoding='utf-8') as f:
                f.write(self.text.rstrip('\n') + '\n' + edit + '\n')
            after = run(self.args.refscope, '--trace', edited)
            result = parse_trace(after.stdout) if after is not None and after.returncode == 0 else None
            if result is None or same_objects(result[0][:len(events)]) != same_objects(events):
                failures.append(f'{self.name}: `{edit}` did not run after the script')
                continue
            new_lines = result[0][len(events):]
            if any(line.startswith('error ') for line in new_lines):
                continue  # a TypeError of weakref.ref on a __slots__ instance: not an edit it can make
            got = [int(line.split()[1]) for line in new_lines if DEL.match(line)]
            want = [n for n in removal['frees'] if n not in finalized]
            want_leaked = (leaked | set(removal['leaks'])) - set(removal['frees'])
            checked += 1
            if got != want or result[2] != want_leaked or len(got) != len(new_lines):
                failures.append(f'{self.name}: `{edit}` (object {number}): predicted frees {want} '
                                f'leaks {sorted(removal["leaks"])}; the run: {new_lines} '
                                f'leaked {sorted(result[2] - leaked)}')
        broken, unsure, failed = self.check_breaks(tmp, objects, events, leaked)
        return checked, uncertain + unsure, failures + failed, 0, broken

    def check_breaks(self, tmp, objects, events, leaked):
        """For each cycle still reachable at the end, its first break set:
        with the module names deleted its members leak in their cycle; with
        the set made weak first, none of them may be in a cycle any more
        (they may still hang from another leaked cycle).  A cycle with a
        member whose removal is uncertain (a __del__) is left out.
        (checked, uncertain, failures)"""
        roots = sorted({o['path'][0] for o in objects if o['state'] == 'alive' and o['path']
                        and re.match(r'^[A-Za-z_][A-Za-z_0-9]*$', o['path'][0])})
        if not roots:
            return 0, 0, []
        drop = '\n'.join(f'del {name}' for name in roots)
        cycles = {}
        for o in objects:
            if o['state'] == 'alive' and o['break_cycle']:
                labels = tuple(o['break_cycle'][0])
                if all(EXPRESSION.match(label) and '__' not in label for label in labels):
                    cycles.setdefault(labels, set()).add(o['object'])
        checked, unsure, failures = 0, 0, []
        for k, (labels, members) in enumerate(sorted(cycles.items())):
            if self.edits and k >= self.edits:
                break
            # deepest first, so that a shorter path still names its object
            weaken = 'import weakref\n' + '\n'.join(f'{label} = weakref.ref({label})'
                                                     for label in sorted(labels, key=len, reverse=True))
            # a __del__ in the cycle may make a new one (self.extra = [self]):
            # once the set is weak, removing the members' references says so
            if members & self.uncertain_after(tmp, f'break{k}c.py', weaken):
                unsure += 1
                continue
            plain = self.cycles_after(tmp, f'break{k}a.py', drop, events)
            weak = self.cycles_after(tmp, f'break{k}b.py', weaken + '\n' + drop, events)
            if plain is None or weak is None or not members & plain:
                continue
            checked += 1
            if members & weak:
                failures.append(f'{self.name}: making {list(labels)} weak leaves {sorted(members & weak)} '
                                'leaked in a cycle')
        return checked, unsure, failures

    def uncertain_after(self, tmp, name, edit):
        """The objects some removal of whose references is uncertain once
        @edit ran."""
        path = os.path.join(tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(self.text.rstrip('\n') + '\n' + edit + '\n')
        proc = run(self.args.refscope, '--explain', 'all', '--json', path)
        if proc is None or proc.returncode != 0:
            return set()
        return {o['object'] for o in json.loads(proc.stdout) if any('uncertain' in r for r in o['if_removed'])}

    def cycles_after(self, tmp, name, edit, events):
        """The objects leaked in a cycle of their own once @edit ran: the
        run's leaked line, less those that only hang from a cycle."""
        path = os.path.join(tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(self.text.rstrip('\n') + '\n' + edit + '\n')
        after = run(self.args.refscope, '--trace', path)
        result = parse_trace(after.stdout) if after is not None and after.returncode == 0 else None
        if result is None or any(line.startswith('error ') for line in result[0][len(events):]):
            return None
        proc = run(self.args.refscope, '--explain', 'all', '--json', path)
        if proc is None or proc.returncode != 0:
            return None
        return {o['object'] for o in json.loads(proc.stdout)
                if o['object'] in result[2] and o['object'] in o['cycle']}


def fuzz_sessions(n, seed):
    spec = importlib.util.spec_from_file_location('fuzz_oracle', os.path.join(ROOT, 'build-aux', 'fuzz-oracle.py'))
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    for s in range(seed, seed + n):
        yield f'fuzz seed {s}', fuzz.Gen(s * 100, ['errors']).script()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('refscope')
    ap.add_argument('cases')
    ap.add_argument('--fuzz', type=int, default=0)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--every', type=int, default=1)
    ap.add_argument('--fuzz-edits', type=int, default=0, help='edits per random program (0: all)')
    ap.add_argument('--jobs', type=int, default=4, help='runs at once (they mostly wait on I/O)')
    ap.add_argument('--min-sessions', type=int, default=200)
    args = ap.parse_args()
    sessions = []
    for path in sorted(glob.glob(os.path.join(args.cases, '*.py')))[::args.every]:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        trace = None
        if os.path.exists(path[:-3] + '.trace'):
            # the oracle's trace, which the oracle cases test keeps equal to ours
            with open(path[:-3] + '.trace', encoding='utf-8') as f:
                trace = f.read()
        sessions.append(Session(args, os.path.basename(path), text, trace=trace))
    sessions += [Session(args, name, text, args.fuzz_edits) for name, text in fuzz_sessions(args.fuzz, args.seed)]
    totals = [0, 0, 0, 0]
    failures = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for checked, uncertain, failed, skipped, broken in pool.map(Session.check, sessions):
            totals[0] += checked
            totals[1] += uncertain
            totals[2] += skipped
            totals[3] += broken
            failures += failed
    for failure in failures:
        print('FAIL', failure)
    print(f'{len(sessions)} sessions ({totals[2]} skipped: an error ends them, or they print words of the trace), {totals[0]} edits checked, '
          f'{totals[3]} break sets checked, {totals[1]} uncertain predictions, {len(failures)} disagreements')
    if len(sessions) - totals[2] < args.min_sessions:
        print(f'only {len(sessions) - totals[2]} sessions ran to their end, not {args.min_sessions}')
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
