#!/usr/bin/env python3
"""check-po.py: the translations are complete, current and fed by every file that needs them.

Three checks, one per mode:
  complete  SRC    msgfmt --check passes on each po/LANG.po of po/LINGUAS, and
                   its statistics count no fuzzy and no untranslated message
  current   SRC    a fresh xgettext over po/POTFILES.in, with the keywords of
                   meson's glib preset, finds no msgid that a po/LANG.po lacks,
                   and no po/LANG.po keeps a msgid the sources dropped
                   (obsolete #~ entries included)
  potfiles  SRC    every file of src/, ui/ and data/ with a translatable string
                   (for C sources: one xgettext takes a message from, with the
                   project's keywords) is listed in po/POTFILES.in, and every
                   listed file exists

usage: check-po.py complete|current|potfiles SOURCE_ROOT
"""
import pathlib
import re
import subprocess
import sys
import tempfile

# meson's i18n.gettext(preset: 'glib') with the -k_ its gettext script adds;
# the --flag options only mark c-format, they add no msgid.
XGETTEXT_ARGS = ['--from-code=UTF-8', '--add-comments', '-k_',
                 '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                 '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
                 '--keyword=g_dpgettext2:2c,3']

# What marks a file as having a translatable string (what xgettext would take).
MARKERS = re.compile(r'(?<![\w])(?:NC_|C_|N_|_|ngettext|reject|rs_parser_unsupported(?:_stmt)?|unsupported_stmt_printf|g_dgettext|g_dcgettext|g_dngettext|g_dpgettext2?)\s*\(\s*"'
                     r'|translatable="yes"')
ALWAYS = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')
SCANNED = ('.c', '.h', '.ui', '.xml', '.in')


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


def run(argv):
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        fail('%s exited %d:\n%s' % (' '.join(map(str, argv)), result.returncode, result.stderr))
    return result


def languages(po_dir):
    text = (po_dir / 'LINGUAS').read_text(encoding='utf-8')
    langs = [word for line in text.splitlines() if not line.startswith('#') for word in line.split()]
    if not langs:
        fail('po/LINGUAS lists no language')
    return langs


def unquote(text):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def msgids(path, obsolete=False):
    """The (msgctxt, msgid, msgid_plural) of each entry of a .po or .pot, the header left out."""
    entries, entry, field = [], None, None
    for line in path.read_text(encoding='utf-8').splitlines() + ['']:
        if line.startswith('#~'):
            if not obsolete:
                continue
            line = line[2:].strip()
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
        if match:
            if match.group(1) in ('msgctxt', 'msgid') and entry and 'msgstr' in ''.join(entry):
                entries.append(entry)
                entry = None
            entry = entry or {}
            field = match.group(1)
            entry[field] = unquote(match.group(2))
        elif line.startswith('"') and entry is not None:
            entry[field] += unquote(line.strip()[1:-1])
    if entry:
        entries.append(entry)
    return {(e.get('msgctxt'), e['msgid'], e.get('msgid_plural')) for e in entries if e.get('msgid')}


def check_complete(root):
    po_dir = root / 'po'
    for lang in languages(po_dir):
        po = po_dir / (lang + '.po')
        stats = run(['msgfmt', '--check', '--statistics', '-o', '/dev/null', str(po)]).stderr.strip()
        print('%s: %s' % (po.name, stats))
        if not re.fullmatch(r'\d+ translated messages?\.', stats):
            fail('%s is not complete: %s' % (po.name, stats))


def project_keywords(root):
    """The keywords po/meson.build adds to the preset: the front end's
    reporting functions (`'reject': 4,` in lang_keywords, or a literal
    `--keyword=NAME:N`)."""
    text = (root / 'po' / 'meson.build').read_text(encoding='utf-8')
    block = re.search(r'lang_keywords = \{(.*?)\}', text, re.S)
    pairs = re.findall(r"'(\w+)': (\d+)", block.group(1)) if block else []
    pairs += re.findall(r"--keyword=(\w+):(\d+)'", text)
    return ['--keyword=%s:%s' % pair for pair in pairs]


def check_current(root):
    po_dir = root / 'po'
    with tempfile.TemporaryDirectory(prefix='refscope-po-') as tmp:
        pot = pathlib.Path(tmp) / 'refscope.pot'
        run(['xgettext', '--package-name=refscope', '-f', str(po_dir / 'POTFILES.in'),
             '-D', str(root), '-o', str(pot)] + XGETTEXT_ARGS + project_keywords(root))
        wanted = msgids(pot)
    if not wanted:
        fail('xgettext found no message in po/POTFILES.in')
    for lang in languages(po_dir):
        po = po_dir / (lang + '.po')
        have = msgids(po)
        for what, ids in (('misses', wanted - have), ('keeps a dropped', have - wanted)):
            for ctx, msgid, plural in sorted(ids, key=str):
                print('%s %s msgid%s %r' % (po.name, what, ' (context %r)' % ctx if ctx else '', msgid),
                      file=sys.stderr)
        if wanted != have:
            fail('%s differs from the sources: run `meson compile -C BUILD refscope-update-po` '
                 'and translate' % po.name)
        if msgids(po, obsolete=True) != have:
            fail('%s has obsolete (#~) entries: drop them' % po.name)
        print('%s: the %d messages of the sources, no more' % (po.name, len(have)))


def needs_translation(path):
    if path.name.endswith(ALWAYS):
        return True
    if not path.name.endswith(SCANNED):
        return False
    return MARKERS.search(path.read_text(encoding='utf-8', errors='replace')) is not None


def extracted_files(root, names):
    """The files of @names (C sources) from which xgettext, with the
    project's keywords, takes a message: the exact answer, where MARKERS
    guesses (a call like rs_interp_reject (self, line, "...") has its
    string in a later argument)."""
    with tempfile.TemporaryDirectory(prefix='refscope-po-') as tmp:
        listing = pathlib.Path(tmp) / 'files'
        pot = pathlib.Path(tmp) / 'all.pot'
        listing.write_text(''.join(name + '\n' for name in names), encoding='utf-8')
        run(['xgettext', '--package-name=refscope', '-f', str(listing), '-D', str(root),
             '-o', str(pot), '--force-po'] + XGETTEXT_ARGS + project_keywords(root))
        refs = set()
        for line in pot.read_text(encoding='utf-8').splitlines():
            if line.startswith('#: '):
                refs.update(ref.rsplit(':', 1)[0] for ref in line[3:].split())
    return refs


def check_potfiles(root):
    listed = [line.strip() for line in (root / 'po' / 'POTFILES.in').read_text(encoding='utf-8').splitlines()
              if line.strip() and not line.startswith('#')]
    for name in listed:
        if not (root / name).is_file():
            fail('po/POTFILES.in lists %s, which is not a file' % name)
    files = [path for top in ('src', 'ui', 'data') for path in (root / top).rglob('*') if path.is_file()]
    sources = sorted(str(path.relative_to(root)) for path in files if path.name.endswith(('.c', '.h')))
    found = sorted(extracted_files(root, sources)
                   | {str(path.relative_to(root)) for path in files
                      if not path.name.endswith(('.c', '.h')) and needs_translation(path)})
    missing = [name for name in found if name not in listed]
    if missing:
        fail('po/POTFILES.in does not list: ' + ', '.join(missing))
    print('po/POTFILES.in lists the %d files with translatable strings' % len(found))


def main():
    checks = {'complete': check_complete, 'current': check_current, 'potfiles': check_potfiles}
    if len(sys.argv) != 3 or sys.argv[1] not in checks:
        fail(__doc__.strip().splitlines()[-1])
    checks[sys.argv[1]](pathlib.Path(sys.argv[2]))


if __name__ == '__main__':
    main()
