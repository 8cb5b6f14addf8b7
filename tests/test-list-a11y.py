#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-list-a11y.py RAPPORT
#
# The list of people as a screen reader meets it: the real app, on a small
# database, read through AT-SPI (the accessibility bus of the test's own
# session bus). The list is a list of list items, not a grid of cells; each
# row is named once, who first, with what they do and the Due and enjoy
# markers in words; the keyboard alone moves along it and opens a person
# (xdotool, under the test's virtual display); and in selection mode each
# row says whether it is chosen, and the bar how many.

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

rapport = sys.argv[1]
results = []

# Again on a display and session bus of its own, where tests running
# beside it cannot take the keyboard focus away. The app keeps the suite's
# G_DEBUG (a critical of its own fails it); this reader does not: the
# AT-SPI library warns of other clients on the bus.
if "RAPPORT_TEST_OWN_DISPLAY" not in os.environ and shutil.which("xvfb-run") and \
        shutil.which("dbus-run-session"):
    env = dict(os.environ, RAPPORT_TEST_OWN_DISPLAY="1")
    if "G_DEBUG" in env:
        env["RAPPORT_TEST_APP_G_DEBUG"] = env.pop("G_DEBUG")
    run = subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                          sys.executable] + sys.argv, env=env, stdout=subprocess.PIPE, text=True)
    # Only the TAP: the services the session starts print on stdout too.
    for line in run.stdout.splitlines():
        if line.startswith(("ok ", "not ok ", "1..", "#")):
            print(line)
    sys.exit(run.returncode)

# Set by build-aux/flatpak-standin in flatpak-builder's sandbox: there GTK
# asks the Flatpak portal, which the sandbox lacks, and warns (fatally).
if os.environ.get("RAPPORT_TEST_FLATPAK_SANDBOX"):
    print("1..0 # SKIP the app warns that the Flatpak build sandbox has no Flatpak portal")
    sys.exit(0)

if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
    print("1..0 # SKIP needs xdotool and an X display")
    sys.exit(0)
try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP needs pyatspi")
    sys.exit(0)

PEOPLE = """BEGIN:VCARD
VERSION:3.0
FN:Ana Silva
N:Silva;Ana;;;
TITLE:Architect
ORG:Northwind Studio
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bruno Costa
N:Costa;Bruno;;;
TITLE:Teacher
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Carla Diaz
N:Diaz;Carla;;;
TITLE:Nurse
ORG:Lakeside Clinic
END:VCARD
"""


def check(ok, what, detail=""):
    results.append((ok, what, detail))


def wait_for(condition, what, seconds=30):
    """The condition's value once it has one, polled, never a fixed sleep."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"waited {seconds} s for {what}")


def children(accessible):
    return [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]


def descendants(accessible, depth=0):
    if depth > 60:
        return
    for child in children(accessible):
        if child is None:
            continue
        yield child
        yield from descendants(child, depth + 1)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            pass
    return None


def people_list(app):
    for node in descendants(app):
        try:
            if any((item.name or "").startswith("Ana Silva") for item in children(node)):
                return node
        except Exception:
            pass
    return None


def row_named(rows, name):
    return next(row for row in rows if row.name.startswith(name))


def focused(accessible):
    # Asked anew: the client keeps states it has seen until told of a change.
    accessible.clear_cache()
    return accessible.getState().contains(pyatspi.STATE_FOCUSED)


def focused_row(rows):
    return next((row for row in rows if focused(row)), None)


def main():
    data = tempfile.mkdtemp()
    env = dict(os.environ, RAPPORT_DATA_DIR=data)
    if "RAPPORT_TEST_APP_G_DEBUG" in env:
        env["G_DEBUG"] = env.pop("RAPPORT_TEST_APP_G_DEBUG")
    # The tests run with the bridge off; this one is about the bridge.
    env.pop("NO_AT_BRIDGE", None)
    vcf = os.path.join(data, "people.vcf")
    with open(vcf, "w") as f:
        f.write(PEOPLE)
    subprocess.run([rapport, "--import", vcf], env=env, check=True, stdout=subprocess.DEVNULL)
    db = sqlite3.connect(os.path.join(data, "rapport.db"))
    db.execute("UPDATE contact SET enjoy = 1 WHERE given_name = 'Bruno'")
    db.execute("UPDATE contact SET cadence_days = 30, last_contacted = '2020-01-06'"
               " WHERE given_name = 'Carla'")
    db.commit()
    db.close()

    app_process = subprocess.Popen([rapport], env=env)
    try:
        app = wait_for(lambda: find_app(app_process.pid), "the app on the accessibility bus")
        view = wait_for(lambda: people_list(app), "the list of people")
        rows = wait_for(lambda: [r for r in children(view) if r.name] if view.childCount >= 3 else None,
                        "three rows")

        folded = [node.name for node in descendants(app) if "read-only" in (node.name or "")]
        check(not folded, "no banner folded away is read out", repr(folded))
        check(view.getRole() == pyatspi.ROLE_LIST, "the people are a list",
              f"role {view.getRoleName()}")
        roles = sorted({row.getRoleName() for row in children(view)})
        check(roles == ["list item"], "each row is a list item", f"roles {roles}")

        names = [row.name for row in rows]
        ana = row_named(rows, "Ana Silva")
        check(ana.name == "Ana Silva, Architect · Northwind Studio, Last in touch: never",
              "a row says who first, then what they do, then when", repr(ana.name))
        check(all(name.count(name.split(",")[0]) == 1 for name in names),
              "each row says its name once", repr(names))
        inside = [(n.getRoleName(), n.name) for n in descendants(ana)]
        check(not any("Avatar" in (name or "") for _, name in inside),
              "no avatar repeats the name inside a row", repr(inside))
        bruno = row_named(rows, "Bruno Costa")
        check("You enjoy their company" in bruno.name, "the enjoy marker in words", repr(bruno.name))
        check("Due to reconnect" not in bruno.name, "no Due marker where none shows", repr(bruno.name))
        carla = row_named(rows, "Carla Diaz")
        check(carla.name.startswith("Carla Diaz, Nurse · Lakeside Clinic, Due to reconnect"),
              "the Due marker in words", repr(carla.name))
        check(all(row.getState().contains(pyatspi.STATE_FOCUSABLE) for row in rows),
              "every row takes the keyboard focus")

        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                 str(app_process.pid), "--class", "rapport"],
                                capture_output=True, text=True, check=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)

        def focused_anything():
            return [(n.getRoleName(), n.name) for n in descendants(app) if focused(n)]

        def press(key, then, what):
            subprocess.run(["xdotool", "key", "--window", window, key], check=True)
            try:
                wait_for(lambda: (lambda r: r is not None and r.name.startswith(then))(
                    focused_row(children(view))), f"{then} focused", 10)
                check(True, what)
            except TimeoutError:
                check(False, what, repr(focused_anything()))

        # At start-up the list has the focus, no row yet.
        wait_for(lambda: focused(view), "the list focused")
        press("Down", "Ana Silva", "Down from the list focuses its first row")
        press("Down", "Bruno Costa", "Down moves to the next row")
        press("Up", "Ana Silva", "Up moves to the row before")
        subprocess.run(["xdotool", "key", "--window", window, "ctrl+f"], check=True)
        wait_for(lambda: focused_row(children(view)) is None, "the focus in the search")
        press("Down", "Ana Silva", "Down from the search focuses the first row")
        press("Down", "Bruno Costa", "and Down again the next")
        subprocess.run(["xdotool", "key", "--window", window, "Return"], check=True)

        def page_shows_bruno():
            for node in descendants(app):
                state = node.getState()
                if not state.contains(pyatspi.STATE_SHOWING) or node in children(view):
                    continue
                try:
                    text = node.queryText().getText(0, -1)
                except NotImplementedError:
                    text = ""
                if node.getRole() != pyatspi.ROLE_LIST_ITEM and text == "Bruno Costa" and \
                        state.contains(pyatspi.STATE_EDITABLE):
                    return node
            return None

        check(wait_for(page_shows_bruno, "Bruno's page", 10) is not None,
              "Enter opens the focused person's page")

        # A field's row is named by its title once ("Name", not "Name Name",
        # as an entry row holding its title twice was read before).
        def entry_rows():
            rows = []
            for node in descendants(app):
                if node.getRole() != pyatspi.ROLE_LIST_ITEM or node in children(view):
                    continue
                if any(child.getRole() == pyatspi.ROLE_TEXT for child in descendants(node)):
                    rows.append(node.name)
            return rows
        fields = entry_rows()
        doubled = [name for name in fields
                   if len(name.split()) % 2 == 0 and name.split()[:len(name.split()) // 2] ==
                   name.split()[len(name.split()) // 2:]]
        check("Name" in fields and "Profession" in fields and not doubled,
              "each field of a person's page is named once", repr(fields))
        # The row that opens the parts of the name is named, not an empty
        # list item around its header.
        outer = [node.name for node in descendants(app)
                 if node.getRole() == pyatspi.ROLE_LIST_ITEM and
                 any(child.name == "Parts of the Name" and child.getRole() == pyatspi.ROLE_LIST_ITEM
                     for child in descendants(node))]
        check(outer == ["Parts of the Name"], "an expanding row is named", repr(outer))

        # Selection mode from the keyboard: each row says whether it is
        # chosen, and the bar says how many.
        def selected(row):
            row.clear_cache()
            return row.getState().contains(pyatspi.STATE_SELECTED)

        def count_shown(text):
            return any(n.name == text or (n.getRole() == pyatspi.ROLE_LABEL and
                                          n.queryText().getText(0, -1) == text)
                       for n in descendants(app) if n.getState().contains(pyatspi.STATE_SHOWING))

        subprocess.run(["xdotool", "key", "--window", window, "ctrl+f"], check=True)
        wait_for(lambda: focused_row(children(view)) is None, "the focus in the search")
        press("Down", "Ana Silva", "Down from the search focuses the first row again")
        press("shift+Down", "Bruno Costa", "Shift+Down chooses the row and moves to the next")

        def chosen():
            rows_now = children(view)
            return [row.name.split(",")[0] for row in rows_now if row.name and selected(row)]

        try:
            check(wait_for(lambda: chosen() == ["Ana Silva", "Bruno Costa"], "two chosen", 10),
                  "the chosen rows say they are selected")
        except TimeoutError:
            check(False, "the chosen rows say they are selected", repr(chosen()))
        try:
            check(wait_for(lambda: count_shown("2 selected"), "the count", 10), "the bar says how many")
        except TimeoutError:
            check(False, "the bar says how many")
        subprocess.run(["xdotool", "key", "--window", window, "Escape"], check=True)
        try:
            # Out of it, the row selected is again the person open (Bruno).
            wait_for(lambda: chosen() == ["Bruno Costa"], "only the open person selected", 10)
            check(True, "Escape leaves selection mode: the open person's row alone is selected")
        except TimeoutError:
            check(False, "Escape leaves selection mode: the open person's row alone is selected", repr(chosen()))
    finally:
        app_process.terminate()
        app_process.wait()
        shutil.rmtree(data, ignore_errors=True)


try:
    main()
except Exception as error:  # a timeout or a broken tree is a failure too
    check(False, "the list could be read", f"{type(error).__name__}: {error}")

print(f"1..{len(results)}")
for number, (ok, what, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {what}")
    if detail and not ok:
        print(f"# {detail}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
