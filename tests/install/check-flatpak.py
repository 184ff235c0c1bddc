#!/usr/bin/env python3
"""check-flatpak.py: the Flatpak manifest parses and agrees with the build.

The manifest is not built here (no flatpak-builder, no network); this checks
what a typo would break: the app id and command against meson's, the GNOME
runtime and its SDK at one version, Graphviz built as a module before the
app, every archive pinned by a sha256 (a placeholder only with a note that
says so), and every -D option the app's module passes declared in
meson_options.txt.

usage: check-flatpak.py MANIFEST APP_ID COMMAND MESON_OPTIONS
"""
import json
import re
import sys


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


def check_archives(module):
    for source in module.get('sources', []):
        if source.get('type') != 'archive':
            continue
        if not source.get('url', '').startswith('https://'):
            fail('%s: an archive without an https url' % module['name'])
        if not re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')):
            fail('%s: an archive without a sha256' % module['name'])
        if set(source['sha256']) == {'0'} and 'not verified' not in module.get('x-note', ''):
            fail('%s: a placeholder sha256 with no note saying it is not verified' % module['name'])


def check_options(module, options_file):
    declared = set(re.findall(r"option\('([^']+)'", open(options_file, encoding='utf-8').read()))
    for opt in module.get('config-opts', []):
        name = re.fullmatch(r'-D([^=]+)=.*', opt)
        if name is None or name.group(1) not in declared:
            fail('%s: config-opt %s is not an option of meson_options.txt' % (module['name'], opt))


def main():
    manifest_file, app_id, command, options_file = sys.argv[1:5]
    with open(manifest_file, encoding='utf-8') as f:
        manifest = json.load(f)
    if manifest.get('id') != app_id:
        fail('id %r is not %r' % (manifest.get('id'), app_id))
    if manifest.get('command') != command:
        fail('command %r is not %r' % (manifest.get('command'), command))
    if (manifest.get('runtime'), manifest.get('sdk')) != ('org.gnome.Platform', 'org.gnome.Sdk'):
        fail('not the GNOME runtime and SDK')
    if not re.fullmatch(r'\d+', str(manifest.get('runtime-version', ''))):
        fail('runtime-version is not a GNOME release')
    if '--share=network' in manifest.get('finish-args', []):
        fail('the app needs no network')
    modules = manifest.get('modules', [])
    names = [m.get('name') for m in modules]
    if len(set(names)) != len(names) or None in names:
        fail('module names must be present and unique: %r' % names)
    if 'graphviz' not in names or names[-1] != 'refscope' or names.index('graphviz') > names.index('refscope'):
        fail('graphviz must be built before refscope, the last module: %r' % names)
    app = modules[-1]
    if app.get('buildsystem') != 'meson' or {'type': 'dir', 'path': '..'} not in app.get('sources', []):
        fail('refscope must be built with meson from this checkout')
    for module in modules:
        check_archives(module)
    check_options(app, options_file)


if __name__ == '__main__':
    main()
