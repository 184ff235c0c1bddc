#!/usr/bin/env python3
"""check-install.py: `meson install` into a temporary folder gives a Refscope that runs.

Installs the build with DESTDIR under a temporary folder, checks every file
a GNOME application installs is there, compiles the schema as
gnome.post_install would outside DESTDIR, then runs the installed binary:
`--trace` and `--export` on an installed example, and the window under a
private Xvfb until it shows the example's name as its title.

usage: check-install.py MESON BUILD_DIR PREFIX DATADIR LOCALEDIR APP_ID PO_LINGUAS
"""
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


def run(argv, env=None, check=True):
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
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
    xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_fd), '-screen', '0', '1280x800x24',
                             '-nolisten', 'tcp'],
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


def wait_for_title(binary, env, example, display, address):
    app = subprocess.Popen([str(binary), str(example)],
                           env=dict(env, DISPLAY=display, GDK_BACKEND='x11',
                                    DBUS_SESSION_BUS_ADDRESS=address),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shown = False
    try:
        deadline = time.monotonic() + 30
        while app.poll() is None and time.monotonic() < deadline and not shown:
            shown = '"%s"' % example.name in window_names(display)
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
             % (example.name, exited, stderr))
    for line in stderr.splitlines():
        if 'CRITICAL' in line or 'WARNING' in line:
            fail('the installed window warned: ' + line)


def check_window(binary, env, example):
    xvfb, display = start_xvfb()
    try:
        bus, address = start_bus()
        try:
            wait_for_title(binary, env, example, display, address)
        finally:
            bus.terminate()
            bus.wait(timeout=20)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=20)


def main():
    meson, build, prefix, datadir, localedir, app_id = sys.argv[1:7]
    linguas = [line.strip() for line in open(sys.argv[7], encoding='utf-8')
               if line.strip() and not line.startswith('#')]
    with tempfile.TemporaryDirectory(prefix='refscope-install-') as tmp:
        destdir = pathlib.Path(tmp) / 'dest'
        run([meson, 'install', '-C', build, '--no-rebuild', '--quiet', '--destdir', str(destdir)])
        root = destdir / pathlib.Path(prefix).relative_to('/')
        for path in installed_files(root, datadir, localedir, app_id, linguas):
            if not path.is_file():
                fail('not installed: ' + str(path.relative_to(destdir)))

        share = root / datadir
        run(['glib-compile-schemas', '--strict', str(share / 'glib-2.0' / 'schemas')])
        env = {k: v for k, v in os.environ.items() if k != 'GSETTINGS_SCHEMA_DIR'}
        env.update(XDG_DATA_DIRS='%s:/usr/share' % share, GSETTINGS_BACKEND='memory',
                   GTK_A11Y='none', GSK_RENDERER='cairo', GDK_DEBUG='gl-disable')
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
        check_window(binary, env, example)


if __name__ == '__main__':
    main()
