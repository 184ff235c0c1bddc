#!/usr/bin/env python3
"""check-install.py: `meson install` into a temporary folder gives a Refscope that runs.

Installs the build with DESTDIR under a temporary folder, checks every file
a GNOME application installs is there, compiles the schema as
gnome.post_install would outside DESTDIR, then runs the installed binary:
`--trace` and `--export` on an installed example, and the window under a
private Xvfb until it shows the example's name as its title.

A DESTDIR binary still looks for its translations under the build's
prefix, so the same sources are then configured with the temporary folder
as their prefix (the build's buildtype and sanitizers, no tests), built and
installed there; that binary, with LANGUAGE=ko, prints a Korean --help and
opens a window with a Korean title, both as the installed .mo says.

usage: check-install.py MESON SOURCE_DIR BUILD_DIR PREFIX DATADIR LOCALEDIR APP_ID PO_LINGUAS
"""
import gettext
import json
import os
import pathlib
import select
import subprocess
import sys
import tempfile
import time

EXAMPLE = 'seed_cycle_collect.py'


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


def run(argv, env=None, check=True, timeout=60):
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        fail('%s exited %d:\n%s' % (' '.join(map(str, argv)), result.returncode, result.stderr))
    return result


def installed_files(root, datadir, localedir, app_id, linguas):
    share = root / datadir
    files = [
        root / 'bin' / 'refscope',
        share / 'applications' / (app_id + '.desktop'),
        share / 'metainfo' / (app_id + '.metainfo.xml'),
        share / 'glib-2.0' / 'schemas' / (app_id + '.gschema.xml'),
        share / 'icons' / 'hicolor' / 'scalable' / 'apps' / (app_id + '.svg'),
        share / 'icons' / 'hicolor' / 'symbolic' / 'apps' / (app_id + '-symbolic.svg'),
        share / 'refscope' / 'examples' / EXAMPLE,
    ]
    files += [root / localedir / lang / 'LC_MESSAGES' / 'refscope.mo' for lang in linguas]
    return files


def start_xvfb():
    read_fd, write_fd = os.pipe()
    # -noreset: the readiness probe below is a client, and when the last
    # client leaves an X server resets; a window connecting during that
    # reset on a loaded machine got "cannot open display".
    xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_fd), '-screen', '0', '1280x800x24',
                             '-nolisten', 'tcp', '-noreset'],
                            pass_fds=[write_fd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    # Xvfb writes the number it chose, then a newline: closing the pipe
    # before the newline fails that second write and kills it.
    line = b''
    while not line.endswith(b'\n') and select.select([read_fd], [], [], 20)[0]:
        chunk = os.read(read_fd, 32)
        if not chunk:
            break
        line += chunk
    os.close(read_fd)
    number = line.decode().strip()
    # Ready means a client can connect, which is what the app needs next.
    deadline = time.monotonic() + 20
    while number and run(['xwininfo', '-root'], env=dict(os.environ, DISPLAY=':' + number),
                         check=False).returncode != 0:
        if xvfb.poll() is not None or time.monotonic() > deadline:
            number = ''
        time.sleep(0.1)
    if not number:
        xvfb.kill()
        fail('Xvfb did not start')
    return xvfb, ':' + number


def window_names(display):
    tree = run(['xwininfo', '-root', '-tree'], env=dict(os.environ, DISPLAY=display), check=False)
    return tree.stdout


def start_bus():
    """A session bus, as a desktop session has: GApplication warns without one."""
    bus = subprocess.Popen(['dbus-daemon', '--session', '--nofork', '--nopidfile', '--print-address'],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    if not address:
        bus.kill()
        fail('dbus-daemon did not start')
    return bus, address


def wait_for_title(argv, env, title, display, address):
    app = subprocess.Popen([str(arg) for arg in argv],
                           env=dict(env, DISPLAY=display, GDK_BACKEND='x11',
                                    DBUS_SESSION_BUS_ADDRESS=address),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shown = False
    try:
        deadline = time.monotonic() + 30
        while app.poll() is None and time.monotonic() < deadline and not shown:
            shown = '"%s"' % title in window_names(display)
            time.sleep(0.2)
    finally:
        exited = app.poll()
        app.terminate()
        try:
            _, stderr = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            _, stderr = app.communicate()
    if not shown:
        fail('the installed window never showed "%s" (exit status %s):\n%s'
             % (title, exited, stderr))
    for line in stderr.splitlines():
        if 'CRITICAL' in line or 'WARNING' in line:
            fail('the installed window warned: ' + line)


def check_window(argv, env, title):
    xvfb, display = start_xvfb()
    try:
        bus, address = start_bus()
        try:
            wait_for_title(argv, env, title, display, address)
        finally:
            bus.terminate()
            bus.wait(timeout=20)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=20)


def run_env(share):
    """What the installed binary needs from a prefix outside the system's."""
    run(['glib-compile-schemas', '--strict', str(share / 'glib-2.0' / 'schemas')])
    env = {k: v for k, v in os.environ.items() if k != 'GSETTINGS_SCHEMA_DIR'}
    env.update(XDG_DATA_DIRS='%s:/usr/share' % share, GSETTINGS_BACKEND='memory',
               GTK_A11Y='none', GSK_RENDERER='cairo', GDK_DEBUG='gl-disable')
    return env


def install_in_prefix(meson, source, build, prefix):
    options = {o['name']: o['value'] for o in
               json.loads(run([meson, 'introspect', build, '--buildoptions']).stdout)}
    build2 = prefix.parent / 'build'
    run([meson, 'setup', str(build2), source, '--prefix', str(prefix), '-Dtests=false',
         '-Dbuildtype=' + options['buildtype'], '-Db_sanitize=' + options['b_sanitize']])
    run([meson, 'compile', '-C', str(build2)], timeout=540)
    run([meson, 'install', '-C', str(build2), '--no-rebuild', '--quiet'])


def check_korean(root, datadir, localedir):
    """--help and the window in Korean, their text read from the installed catalogue."""
    catalogue = gettext.translation('refscope', str(root / localedir), languages=['ko'])
    binary = root / 'bin' / 'refscope'
    env = run_env(root / datadir)
    english = run([str(binary), '--help'], env=dict(env, LC_ALL='C.UTF-8', LANGUAGE='en')).stdout
    env.update(LC_ALL='C.UTF-8', LANGUAGE='ko')
    korean = run([str(binary), '--help'], env=env).stdout
    # one option of each group: each group is translated on its own
    for msgid in ('Show the options of every mode',
                  'Print the reference trace of FILE.py, as the oracle prints it for CPython 3.11',
                  'Leave out the legend'):
        if catalogue.gettext(msgid) == msgid or catalogue.gettext(msgid) not in korean:
            fail('LANGUAGE=ko --help lacks the Korean of %r:\n%s' % (msgid, korean))
    untranslated = [line for line in english.splitlines() if line.strip() and line in korean.splitlines()]
    if untranslated:
        fail('LANGUAGE=ko --help keeps English lines:\n' + '\n'.join(untranslated))
    check_window([binary], env, catalogue.gettext('New Session'))


def main():
    meson, source, build, prefix, datadir, localedir, app_id = sys.argv[1:8]
    linguas = [line.strip() for line in open(sys.argv[8], encoding='utf-8')
               if line.strip() and not line.startswith('#')]
    with tempfile.TemporaryDirectory(prefix='refscope-install-') as tmp:
        destdir = pathlib.Path(tmp) / 'dest'
        run([meson, 'install', '-C', build, '--no-rebuild', '--quiet', '--destdir', str(destdir)])
        root = destdir / pathlib.Path(prefix).relative_to('/')
        for path in installed_files(root, datadir, localedir, app_id, linguas):
            if not path.is_file():
                fail('not installed: ' + str(path.relative_to(destdir)))

        share = root / datadir
        env = run_env(share)
        keys = run(['gsettings', 'list-keys', app_id], env=env).stdout.split()
        if 'playback-speed' not in keys:
            fail('the installed schema is not found: ' + ' '.join(keys))

        binary = root / 'bin' / 'refscope'
        example = share / 'refscope' / 'examples' / EXAMPLE
        trace = run([str(binary), '--trace', str(example)], env=env).stdout
        built = run([str(pathlib.Path(build) / 'src' / 'refscope'), '--trace', str(example)]).stdout
        if not trace or trace != built:
            fail('the installed --trace differs from the built one')
        for name, magic in (('step.png', b'\x89PNG'), ('step.svg', b'<?xml')):
            out = pathlib.Path(tmp) / name
            run([str(binary), '--export', str(out), str(example)], env=env)
            if not out.read_bytes().startswith(magic):
                fail('--export %s did not write a %s' % (name, name.split('.')[1]))
        check_window([binary, example], env, example.name)

        prefixed = pathlib.Path(tmp) / 'prefix'
        install_in_prefix(meson, source, build, prefixed)
        for path in installed_files(prefixed, datadir, localedir, app_id, linguas):
            if not path.is_file():
                fail('not installed under --prefix: ' + str(path.relative_to(tmp)))
        check_korean(prefixed, datadir, localedir)


if __name__ == '__main__':
    main()
