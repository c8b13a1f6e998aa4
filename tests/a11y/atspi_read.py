#!/usr/bin/python3
"""Reads nbapply-gui's Review page, or its compare view, through AT-SPI as a screen reader does.

A developer tool, not part of CI (it needs Xvfb, a D-Bus session and the AT-SPI bus, and takes about a
minute): it starts a private X server, D-Bus session, AT-SPI bus and window manager, and opens a draft
in the real window (on its first section page). There it opens the date field's calendar, presses Right
and Down, and reports the full-date line and the alerts spoken (AT-SPI "showing" events of alert
objects, as Orca hears them); then it presses Next through AT-SPI until the Review page shows its web
document, checking that each page change was spoken once ("Step N of M: <title>"), and reports what the
document exposes: how many objects, the headings and their levels, the tables with their size and
column headers, and how the options of a choice read (chosen and not chosen). With --compare, it then
uses File > Compare with... to compare the draft with a copy whose name and address were changed, and
reports the compare view the same way, with its change marks as they are read.

Usage: tests/a11y/atspi_read.py [--build BUILD_DIR] [--language en|zh_CN] [--compare] [DRAFT]
Needs the packages of docs/accessibility.md (at-spi2-core python3-pyatspi dbus-x11 openbox xvfb).
Exits 1 when a check fails (listed on stderr), 0 otherwise. Only the processes it started are stopped.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

# What the words of the page are in each language (docs/accessibility.md).
WORDS = {
    'en': {'chosen': 'Chosen:', 'unchosen': 'Not chosen:', 'added': '[Added:', 'removed': '[Removed:',
           'review': 'Review', 'comparison': 'Comparison', 'next': 'Next', 'compare': 'Compare with',
           'open': 'Open', 'calendar': 'Calendar…', 'step': 'Step ', 'cancel': 'Cancel',
           'credit': 'Unified Social Credit Code', 'error': 'Error'},
    'zh_CN': {'chosen': '已选：', 'unchosen': '未选：', 'added': '【新增：', 'removed': '【删除：',
              'review': '核对', 'comparison': '版本对比', 'next': '下一步', 'compare': '对比',
              'open': '打开', 'calendar': '日历…', 'step': '第 ', 'cancel': '取消',
              'credit': '统一社会信用代码', 'error': '错误'},
}


RUN_TOGETHER = re.compile('[\u4e00-\u9fff][A-Za-z0-9]')


class Session:
    """Xvfb, a D-Bus session, the AT-SPI bus and openbox; stopped (by pid) on exit."""

    def __init__(self):
        self.procs = []
        self.dbus_pid = None
        self.tmp = tempfile.mkdtemp(prefix='nbapply-atspi-')
        os.chmod(self.tmp, 0o700)

    def start(self):
        display = next(n for n in range(91, 200) if not os.path.exists('/tmp/.X11-unix/X%d' % n))
        self.spawn(['Xvfb', ':%d' % display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'])
        os.environ['DISPLAY'] = ':%d' % display
        for _ in range(100):
            if os.path.exists('/tmp/.X11-unix/X%d' % display):
                break
            time.sleep(0.05)
        out = subprocess.run(['dbus-launch', '--sh-syntax'], check=True, capture_output=True,
                             text=True).stdout
        for line in out.splitlines():
            if '=' in line:
                key, value = line.split('=', 1)
                value = value.split(';')[0].strip("'")
                if key == 'DBUS_SESSION_BUS_ADDRESS':
                    os.environ[key] = value
                elif key == 'DBUS_SESSION_BUS_PID':
                    self.dbus_pid = int(value)
        os.environ['XDG_RUNTIME_DIR'] = self.tmp
        os.environ['XDG_CONFIG_HOME'] = os.path.join(self.tmp, 'config')
        os.environ['XDG_DATA_HOME'] = os.path.join(self.tmp, 'data')
        self.spawn(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'])
        self.spawn(['openbox'])  # without a window manager the keyboard focus never reaches the app
        time.sleep(1.0)

    def spawn(self, argv, env=None):
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        self.procs.append(proc)
        return proc

    def stop(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if self.dbus_pid:
            try:
                os.kill(self.dbus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def walk(acc, depth=0):
    yield acc, depth
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def attributes(acc):
    result = {}
    for item in acc.getAttributes() or []:
        key, _, value = item.partition(':')
        result[key] = value
    return result


def flat_text(acc):
    """The text of an object as a screen reader reads it: its own text (embedded objects expanded), or
    its name, or the text of its children."""
    try:
        text = acc.queryText().getText(0, -1)
    except NotImplementedError:
        text = None
    children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    if text:
        out = []
        for ch in text:
            if ch == '\ufffc' and children:
                out.append(flat_text(children.pop(0)))
            elif ch != '\ufffc':
                out.append(ch)
        return ''.join(out)
    if acc.name:
        return acc.name
    return ' '.join(t for t in (flat_text(c) for c in children if c is not None) if t)


def find(root, predicate):
    for acc, _ in walk(root):
        try:
            if predicate(acc):
                return acc
        except Exception:  # an object that went away while walking
            continue
    return None


def wait_for(what, timeout, step=0.25):
    end = time.time() + timeout
    while time.time() < end:
        found = what()
        if found:
            return found
        time.sleep(step)
    return None


def showing(acc):
    import pyatspi
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def document_of(app):
    def doc():
        d = find(app, lambda a: a.getRoleName() in ('document web', 'document frame') and showing(a)
                 and a.childCount > 0)
        return d
    return doc


def inside(acc, roles):
    p = acc.parent
    while p is not None:
        if p.getRoleName() in roles:
            return True
        p = p.parent
    return False


def find_parent_document(acc):
    return inside(acc, ('document web', 'document frame'))


def find_dialog(acc):
    return inside(acc, ('dialog', 'file chooser'))


def pump(seconds):
    """Waits while delivering AT-SPI events to the listeners (they run in GLib's main loop)."""
    from gi.repository import GLib
    end = time.time() + seconds
    context = GLib.MainContext.default()
    while time.time() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


class Alerts:
    """Every alert that becomes showing (how Qt's bridge makes Orca speak an alert): its name."""

    def __init__(self):
        import pyatspi
        self.spoken = []
        pyatspi.Registry.registerEventListener(self.on_event, 'object:state-changed:showing')

    def on_event(self, event):
        try:
            if event.detail1 == 1 and event.source.getRoleName() == 'alert':
                self.spoken.append(event.source.name or flat_text(event.source))
        except Exception:  # the object went away
            pass


def key(keysym):
    """Presses and releases a key as the keyboard would (through the AT-SPI registry and XTest)."""
    import pyatspi
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def check_widgets(app, words, problems, limits):
    """On the first section page: the calendar's full-date line follows the arrow keys and is spoken;
    then each Next is announced once as "Step N of M: <title>"."""
    alerts = Alerts()
    pump(0.5)
    # A problem appearing: Backspace at the end of the credit code, then the letter typed back.
    field = find(app, lambda a: a.getRoleName() == 'text' and showing(a) and (a.name or '') == words['credit'])
    if field:
        field.queryComponent().grabFocus()
        pump(0.5)
        key(0xff57)  # End
        key(0xff08)  # BackSpace
        pump(2.0)
        problems_spoken = [a for a in alerts.spoken if words['error'] in a]
        print('credit code without its last character: alerts spoken %s' % problems_spoken)
        description = field.description or ''
        print('  its description: "%s"' % description[:100])
        key(0x42)  # B, as it was
        pump(2.0)
        if not description.startswith(words['error']):
            problems.append('the credit code\'s description does not carry its problem')
        if not problems_spoken:
            problems.append('a new problem was not spoken')
        elif len(problems_spoken) > 1:
            # QWizard hides and shows its page area when Next is enabled or disabled, and Qt sends
            # "showing" again for every visible alert (docs/accessibility.md).
            limits.append('a new problem that blocks Next was spoken %d times' % len(problems_spoken))
        alerts.spoken.clear()
    else:
        problems.append('widgets: no text field named "%s"' % words['credit'])
    button = find(app, lambda a: a.getRoleName() == 'push button' and showing(a)
                  and (a.name or '').startswith(words['calendar']))
    if not button:
        problems.append('widgets: no "%s" button on the page' % words['calendar'])
        return alerts
    print('calendar: "%s"' % button.name)
    press(button, opens_dialog=True)
    pump(1.0)
    line = wait_for(lambda: find(app, lambda a: a.getRoleName() == 'alert' and showing(a)
                                 and find_dialog(a)), 10)
    if not line:
        problems.append('calendar: no alert line in the date dialog')
        return alerts
    before = line.name
    alerts.spoken.clear()
    key(0xff53)  # Right
    pump(1.0)
    key(0xff54)  # Down
    pump(1.0)
    line = find(app, lambda a: a.getRoleName() == 'alert' and showing(a) and find_dialog(a))
    print('  line: "%s" -> Right, Down -> "%s"' % (before, line.name if line else ''))
    print('  alerts spoken: %s' % alerts.spoken)
    if len(alerts.spoken) != 2 or not line or alerts.spoken[-1] != line.name or line.name == before:
        problems.append('calendar: the date line did not follow the keys or was not spoken once per key')
    cancel = find(app, lambda a: a.getRoleName() == 'push button' and showing(a) and find_dialog(a)
                  and (a.name or '').startswith(words['cancel']))
    if cancel:
        press(cancel)
    pump(1.0)
    alerts.spoken.clear()
    return alerts


def press(acc, opens_dialog=False):
    """Presses a button or menu item. An action that opens a modal dialog only answers when the dialog
    closes (Qt runs the dialog inside the call), so then the reply is not waited for."""
    action = acc.queryAction()
    if not opens_dialog:
        action.doAction(0)
        return
    from gi.repository import Atspi, GLib
    Atspi.set_timeout(800, -1)
    try:
        action.doAction(0)
    except GLib.GError:
        pass  # no reply while the dialog is open: expected
    finally:
        Atspi.set_timeout(-1, -1)


def read_document(doc, words, problems, limits, label):
    """Reports the document's objects; appends failed checks to `problems`, and what Qt 6.4's
    QtWebEngine and AT-SPI bridge cannot expose to `limits`."""
    objects = list(walk(doc))
    roles = {}
    for acc, _ in objects:
        roles[acc.getRoleName()] = roles.get(acc.getRoleName(), 0) + 1
    print('%s: %d accessible objects in the document' % (label, len(objects)))
    print('  roles: ' + ', '.join('%s %d' % (r, n) for r, n in sorted(roles.items(), key=lambda x: -x[1])))
    # QtWebEngine 6.4 gives the Text interface only to editable objects (docs/accessibility.md): Orca's
    # say-all and caret navigation walk it, its object navigation reads the names.
    with_text = 0
    for acc, _ in objects:
        try:
            acc.queryText()
            with_text += 1
        except NotImplementedError:
            pass
    print('  objects with a Text interface: %d of %d' % (with_text, len(objects)))
    if not with_text:
        limits.append('%s: no object has a Text interface (QtWebEngine 6.4: editable objects only)' % label)
    headings = [(attributes(a).get('level', ''), flat_text(a).strip()) for a, _ in objects
                if a.getRoleName() == 'heading']
    # Qt's AT-SPI bridge before 6.8 answers every GetAttributes with an empty set: no object of the
    # document (or of the widgets) has any attribute, so a missing level is the bridge's, not the page's.
    with_attributes = sum(1 for a, _ in objects if a.getAttributes())
    print('  headings (%d), objects with any AT-SPI attribute: %d' % (len(headings), with_attributes))
    for level, name in headings:
        print('    h%s  %s' % (level or '?', name[:90]))
        if not level and with_attributes:
            problems.append('%s: heading without a level: %s' % (label, name[:60]))
    # Chinese run straight into English ("基本信息1. Applicant") when the page puts no space between them.
    for name in [n for _, n in headings] + [a.name for a, _ in objects if a.getRoleName() == 'table']:
        if RUN_TOGETHER.search(name or ''):
            problems.append('%s: Chinese and English run together in "%s"' % (label, name[:60]))
    if headings and not any(level for level, _ in headings) and not with_attributes:
        limits.append('%s: no heading level (the bridge sends no attributes at all)' % label)
    if not headings:
        problems.append('%s: no heading' % label)
    tables = [a for a, _ in objects if a.getRoleName() == 'table']
    print('  tables (%d):' % len(tables))
    for table in tables:
        t = table.queryTable()
        headers = []
        for c in range(t.nColumns):
            header = t.getColumnHeader(c)
            headers.append(flat_text(header).strip() if header is not None else '')
        # The structure as objects: rows, and the column header cells in the first row.
        rows = [a for a, _ in walk(table) if a.getRoleName() == 'table row']
        header_cells = [flat_text(a).strip() for a, _ in walk(table) if a.getRoleName() == 'table column header']
        row_headers = sum(1 for a, _ in walk(table) if a.getRoleName() == 'table row header')
        cells = sum(1 for a, _ in walk(table) if a.getRoleName() == 'table cell')
        print('    "%s": Table interface %d x %d, headers %s; objects: %d rows, column headers %s, '
              '%d row headers, %d cells' % (table.name[:50], t.nRows, t.nColumns, headers, len(rows),
                                            header_cells, row_headers, cells))
        if not table.name:
            problems.append('%s: a table has no name' % label)
        if not header_cells:
            problems.append('%s: table "%s" has no column header cells' % (label, table.name[:50]))
        if t.nRows == 0 and rows:
            limits.append('%s: table "%s" has %d rows but its Table interface says 0 x 0' %
                          (label, table.name[:50], len(rows)))
    items = [flat_text(a).strip() for a, _ in objects if a.getRoleName() == 'list item']
    chosen = [i for i in items if i.startswith(words['chosen'])]
    unchosen = [i for i in items if i.startswith(words['unchosen'])]
    print('  options: %d read as "%s", %d as "%s"' % (len(chosen), words['chosen'], len(unchosen),
                                                      words['unchosen']))
    for sample in (chosen[:2] + unchosen[:2]):
        print('    list item | ' + sample[:90])
    if '☑' in ''.join(items) or '☐' in ''.join(items):
        problems.append('%s: a box glyph is read' % label)
    return objects, chosen, unchosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--build', default=os.path.join(ROOT, 'build', 'default'))
    parser.add_argument('--language', default='en', choices=sorted(WORDS))
    parser.add_argument('--compare', action='store_true', help='also read the compare view')
    parser.add_argument('--dump', action='store_true', help='print every object of the document')
    parser.add_argument('draft', nargs='?', default=os.path.join(ROOT, 'examples', 'company.nbapply.json'))
    args = parser.parse_args()
    words = WORDS[args.language]
    gui = os.path.join(args.build, 'app', 'cli', 'nbapply-gui')

    session = Session()
    problems = []
    limits = []  # what Qt 6.4 cannot expose, whatever the page does
    try:
        session.start()
        import pyatspi  # after the session bus exists
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON='1',
                   QTWEBENGINE_CHROMIUM_FLAGS='--disable-gpu')
        if os.getuid() == 0:
            env['QTWEBENGINE_DISABLE_SANDBOX'] = '1'
        session.spawn([gui, '--language', args.language, os.path.abspath(args.draft)], env=env)

        def application():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name and app.name.startswith('nbapply'):
                    return app
            return None
        app = wait_for(application, 30)
        if not app:
            print('nbapply-gui did not appear on the AT-SPI bus', file=sys.stderr)
            return 1
        time.sleep(1.5)

        def page_heading():
            h = find(app, lambda a: a.getRoleName() == 'heading' and showing(a) and not
                     find_parent_document(a))
            return h.name if h else ''

        print('page: %s' % page_heading())
        alerts = check_widgets(app, words, problems, limits)
        pages = 0
        for _ in range(8):
            if page_heading() in (words['review'], words['comparison']):
                break
            nxt = find(app, lambda a: a.getRoleName() == 'push button' and showing(a)
                       and (a.name or '').startswith(words['next']))
            if not nxt:
                break
            press(nxt)
            pages += 1
            pump(1.0)
        steps = [a for a in alerts.spoken if a.startswith(words['step'])]
        print('page changes: %d, spoken: %s' % (pages, steps))
        if len(steps) != pages:
            problems.append('%d page changes but %d step announcements' % (pages, len(steps)))
        print('page: %s' % page_heading())
        doc = wait_for(document_of(app), 30)
        if not doc:
            print('The Review page shows no web document with content on the AT-SPI bus', file=sys.stderr)
            return 1
        time.sleep(1.0)  # the page renders again once its problems are known
        doc = document_of(app)()
        objects, chosen, unchosen = read_document(doc, words, problems, limits, 'Review')
        if args.dump:
            for acc, depth in objects:
                print('    ' + '  ' * depth + '%s | %s' % (acc.getRoleName(), flat_text(acc)[:70]))
        if not chosen or not unchosen:
            problems.append('Review: chosen and unchosen options are not told apart')

        if args.compare:
            other = os.path.join(session.tmp, 'changed.nbapply.json')
            with open(os.path.abspath(args.draft), encoding='utf-8') as f:
                data = json.load(f)
            data['applicant']['name'] = data['applicant']['name'].replace('有限公司', '股份有限公司')
            data['applicant']['address'] = data['applicant']['address'].replace('12 层', '9 层')
            with open(other, 'w', encoding='utf-8') as f:
                json.dump(data, f, ensure_ascii=False)
            item = find(app, lambda a: a.getRoleName() == 'menu item' and words['compare'] in (a.name or ''))
            if not item:
                problems.append('compare: no File menu item "%s"' % words['compare'])
                raise SystemExit
            press(item, opens_dialog=True)
            field = wait_for(lambda: find(app, lambda a: a.getRoleName() == 'text' and showing(a)
                                          and find_dialog(a)), 10)
            if not field:
                problems.append('compare: no file dialog')
                raise SystemExit
            field.queryEditableText().setTextContents(other)
            time.sleep(0.3)
            button = find(app, lambda a: a.getRoleName() == 'push button' and showing(a)
                          and find_dialog(a) and (a.name or '').startswith(words['open']))
            press(button)
            time.sleep(2.0)
            print('page: %s' % page_heading())
            doc = wait_for(lambda: (lambda d: d if d and any(
                a.getRoleName() == 'table' for a, _ in walk(d)) and d.name != '' else None)(
                document_of(app)()), 20)
            doc = document_of(app)()
            objects, _, _ = read_document(doc, words, problems, limits, 'Compare')
            if args.dump:
                for acc, depth in objects:
                    print('    ' + '  ' * depth + '%s | %s' % (acc.getRoleName(), flat_text(acc)[:70]))
            cells = [flat_text(a) for a, _ in objects if a.getRoleName() in ('table cell', 'cell')]
            changed = [c for c in cells if words['added'] in c or words['removed'] in c]
            print('  cells with change marks read as words: %d' % len(changed))
            for sample in changed[:3]:
                print('    cell | ' + sample[:110])
            if not changed:
                problems.append('compare: no change mark is read as "%s"/"%s"' % (words['added'],
                                                                                  words['removed']))
    except SystemExit:
        pass
    finally:
        session.stop()
    for limit in limits:
        print('Qt 6.4 limit: ' + limit)
    for problem in problems:
        print('FAILED: ' + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
