#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The C files' changed lines are formatted as .clang-format says.

check-format.py SRCDIR [DIFF]     the lines that changed (build-aux/changed-lines,
                                  or DIFF, which build-aux/dev test writes where
                                  the build root has no git)
check-format.py --all SRCDIR      every line of every file (to tune .clang-format)

Only what changed is checked: the tree is not reformatted, and a line nobody
touched never fails. What GNOME's C style has and clang-format cannot say is
allowed for, or checked here instead:
  - no space in _("..."), N_(), C_(), NC_() and g_autoptr() and friends;
  - declarations aligned in columns or not (locals usually are not): spaces
    before a declared name are not compared with clang-format's;
  - the items of a list ending in a comma may fill their lines;
  - a parameter list, one parameter a line, is in GNOME's three columns: the
    types, the stars right-aligned, the names (clang-format aligns the names
    but lets the stars eat into the gap).

Exits 77 (skipped), saying why, without clang-format or without a way to
know what changed.
"""

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
# Headers are left out: GNOME aligns their prototypes in columns (the return
# type, the name, the parameters), which clang-format cannot do.
EXTENSIONS = (".c",)
FOLDERS = ("src/", "tests/")
# GNOME writes these calls with no space before the parenthesis.
NO_SPACE = re.compile(r"\b(_|N_|C_|NC_|Q_|g_autoptr|g_auto|g_autolist|g_autoslist) \(")


def changed_lines(srcdir, diff_file):
    """{path: set of line numbers (1-based) in the file as it is now}."""
    helper = os.path.join(srcdir, "build-aux", "changed-lines")
    result = subprocess.run([helper, srcdir], capture_output=True, text=True)
    if result.returncode == 0:
        print(result.stderr.strip())
        diff = result.stdout
    elif diff_file and os.path.exists(diff_file):
        print(f"{result.stderr.strip()}; what changed, as build-aux/dev test found it ({diff_file}):")
        with open(diff_file, encoding="utf-8", errors="replace") as f:
            diff = f.read()
        for line in diff.splitlines():
            if line.startswith("# "):
                print(line[2:])
    else:
        print(result.stderr.strip())
        print("format check skipped: no list of what changed (build-aux/dev test writes one)")
        sys.exit(SKIP)

    lines = {}
    path = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            path = name[2:] if name.startswith("b/") else None
            if path is not None:
                lines.setdefault(path, set())
        elif line.startswith("@@ ") and path is not None:
            m = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
            start, count = int(m.group(1)), int(m.group(2) or 1)
            lines[path].update(range(start, start + count))
    return {p: n for p, n in lines.items() if n}


def all_lines(srcdir):
    lines = {}
    for folder in FOLDERS:
        for root, _dirs, files in os.walk(os.path.join(srcdir, folder)):
            for name in files:
                path = os.path.relpath(os.path.join(root, name), srcdir)
                with open(os.path.join(srcdir, path), encoding="utf-8", errors="replace") as f:
                    lines[path] = set(range(1, len(f.read().splitlines()) + 1))
    if os.environ.get("ONLY"):
        lines = {p: n for p, n in lines.items() if p == os.environ["ONLY"]}
    return lines


def ranges(numbers):
    """[(first, last)] runs of consecutive numbers."""
    runs = []
    for n in sorted(numbers):
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return runs


def formatted(clang_format, style, path, numbers):
    args = [clang_format, f"--style=file:{style}", path]
    args += [f"--lines={a}:{b}" for a, b in ranges(numbers)]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        # An older clang-format that does not know an option, say.
        version = subprocess.run([clang_format, "--version"], capture_output=True, text=True).stdout
        print(result.stderr.strip())
        print(f"format check skipped: {version.strip()} cannot read .clang-format "
              "(the build root's clang-format 19 can)")
        sys.exit(SKIP)
    return gnome_spacing(result.stdout.splitlines())


def closes(line, start):
    """Whether the parenthesis before @start closes on the same line."""
    depth, quote, escaped = 1, None, False
    for c in line[start:]:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif quote:
            quote = None if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return True
    return False


def gnome_spacing(lines):
    """clang-format's lines with no space in _() and g_autoptr(): the lines
    of the same statement aligned after such a call move back with it."""
    out = []
    removed = []  # columns, in clang-format's lines, of the spaces taken out
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        columns = [m.end(1) for m in NO_SPACE.finditer(line) if not closes(line, m.end())]
        shift = sum(1 for c in removed if c < indent) if indent < len(line) else 0
        line = NO_SPACE.sub(r"\1(", line)[shift:]
        removed += columns
        if line.rstrip().endswith((";", "{", "}")) or line.startswith("#"):
            removed = []
        out.append(line)
    return out


# Spaces before a declared name (or its stars): alignment, not layout.
ALIGNMENT = re.compile(r"(?<=\S) +(?=\**[A-Za-z_])")
PARAMETER = re.compile(r"^(?P<type>.*?[\w)])(?P<gap> +)(?P<stars>\**)(?P<name>\w+(?:\[[^\]]*\])*)$")


def unaligned(line):
    stripped = line.lstrip(" ")
    return line[:len(line) - len(stripped)] + ALIGNMENT.sub(" ", stripped)


def same_items(lines, replacement):
    """Whether both are the same list items (an array's, ending in commas),
    only broken into lines differently: clang-format puts one item a line
    where the list ends with a comma, GNOME code fills the lines."""
    if not lines or not replacement or not all(line.endswith(",") for line in lines + replacement):
        return False
    joined = [" ".join(line.strip() for line in block) for block in (lines, replacement)]
    return joined[0] == joined[1]


def parameter_lists(lines):
    """Each top-level parameter list written one parameter a line:
    (first line number, [(line number, type, stars, name, tail)], column)."""
    n = 0
    while n < len(lines):
        m = re.match(r"^([A-Za-z_](?:.*?[\s*])?\w+ \()(.*,)$", lines[n])
        if not m or ";" in lines[n]:
            n += 1
            continue
        column = len(m.group(1))
        params = [(n + 1, m.group(2))]
        j = n + 1
        while j < len(lines) and lines[j].startswith(" " * column) and lines[j][column:column + 1] not in ("", " "):
            params.append((j + 1, lines[j][column:]))
            if not lines[j].endswith(","):
                break
            j += 1
        n = j + 1
        parsed = []
        for number, text in params:
            t = re.match(r"^(.*?)(,|\)(?:\s*G_GNUC_\w+(?: \([^)]*\))?)*\s*(?:;|\{)?)$", text)
            p = t and PARAMETER.match(t.group(1))
            if not p:
                parsed = []
                break
            parsed.append((number, p.group("type"), p.group("stars"), p.group("name"), t.group(2)))
        if len(parsed) > 1 and not parsed[-1][4].startswith(","):
            yield parsed[0][0], parsed, column


def misaligned_parameters(lines, numbers):
    """{first line: (last line, the list in GNOME's columns)} for the changed
    parameter lists that are not."""
    wrong = {}
    for first, params, column in parameter_lists(lines):
        if not any(p[0] in numbers for p in params):
            continue
        width = max(len(p[1]) for p in params)
        stars = max(len(p[2]) for p in params)
        good = []
        for number, type_, star, name, tail in params:
            text = type_ + " " * (width - len(type_) + 1 + stars - len(star)) + star + name + tail
            good.append(lines[number - 1][:column] + text)
        if [lines[p[0] - 1] for p in params] != good:
            wrong[first] = (params[-1][0], good)
    return wrong


def touched(original, new):
    """The original's line numbers (1-based) that new changes, and how."""
    lines = {}
    matcher = difflib.SequenceMatcher(None, original, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # An insertion between two lines belongs to the line before it.
        numbers = range(i1 + 1, i2 + 1) if i2 > i1 else [max(i1, 1)]
        for n in numbers:
            lines[n] = (i1, i2, new[j1:j2])
    return lines


def report(path, number, lines, replacement, what):
    print(f"{path}:{number}: {what}; is")
    for line in lines:
        print(f"  - {line}")
    print("  should be")
    for line in replacement:
        print(f"  + {line}")


def main(argv):
    every_line = argv[1:2] == ["--all"]
    if every_line:
        argv = argv[1:]
    srcdir = os.path.abspath(argv[1])
    diff_file = argv[2] if len(argv) > 2 else None
    os.chdir(srcdir)

    clang_format = shutil.which("clang-format")
    if clang_format is None:
        print("format check skipped: clang-format is not installed")
        return SKIP

    changes = all_lines(srcdir) if every_line else changed_lines(srcdir, diff_file)
    changes = {p: n for p, n in changes.items()
               if p.endswith(EXTENSIONS) and p.startswith(FOLDERS) and os.path.exists(p)}
    if not changes:
        print("ok: no C file changed")
        return 0

    # The same style with declarations not aligned: whether they are is
    # left to the author, and to the parameter check.
    with open(".clang-format", encoding="utf-8") as f:
        style = f.read()
    plain_style = tempfile.NamedTemporaryFile("w", suffix=".clang-format", delete=False)
    with plain_style:
        plain_style.write(re.sub(r"(?m)^AlignConsecutiveDeclarations:.*$",
                                 "AlignConsecutiveDeclarations: None", style))

    bad = set()
    try:
        for path in sorted(changes):
            with open(path, encoding="utf-8", errors="replace") as f:
                original = f.read().splitlines()
            numbers = changes[path]
            suggested = touched(original, formatted(clang_format, plain_style.name, path, numbers))
            shown = set()
            for n in sorted(numbers):
                if n not in suggested:
                    continue
                i1, i2, replacement = suggested[n]
                if (i1, i2) in shown:
                    continue
                shown.add((i1, i2))
                if i2 - i1 == len(replacement) and \
                   [unaligned(line) for line in original[i1:i2]] == [unaligned(line) for line in replacement]:
                    continue
                if same_items(original[i1:i2], replacement):
                    continue
                bad.update((path, n) for n in range(i1 + 1, max(i2, i1 + 1) + 1) if n in numbers)
                report(path, n, original[i1:i2], replacement, "not formatted as .clang-format says")
            for first, (last, good) in sorted(misaligned_parameters(original, numbers).items()):
                bad.update((path, n) for n in range(first, last + 1) if n in numbers)
                report(path, first, original[first - 1:last], good,
                       "parameters not in columns (types, stars right-aligned, names)")
    finally:
        os.unlink(plain_style.name)

    n_lines = sum(len(n) for n in changes.values())
    if bad:
        print(f"not ok: {len(bad)} of {n_lines} changed lines in {len(changes)} files need formatting "
              "(git clang-format, or clang-format --lines=A:B -i FILE)")
        return 1
    print(f"ok: {n_lines} changed lines in {len(changes)} files are formatted")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
