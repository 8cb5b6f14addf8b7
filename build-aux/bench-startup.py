#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rapport's start-up, as a person sees it: from exec to the first frame that
# shows the list of people filled (the app reports that moment, and its peak
# memory, when RAPPORT_REPORT_FIRST_FRAME=1, then quits). Each run is a new
# process on a fresh copy of the generator's database; the page cache is
# warm after the first. Prints medians, and each size beside the empty
# database and beside the floor: rapport-bench-floor, an empty libadwaita
# window with a split view, started the same way in the same run.
#
#   build-aux/dev bench app [--runs 7]

import os, shutil, statistics, subprocess, sys, tempfile, time

runs = 7
if len(sys.argv) == 3 and sys.argv[1] == "--runs":
    runs = int(sys.argv[2])

root = os.getcwd()
data = os.path.join(root, "_build-release", "bench-data")
binary = os.path.join(root, "_build-release", "src", "rapport")

floor_binary = os.path.join(root, "_build-release", "tests", "bench", "rapport-bench-floor")


def start_once(program, source):
    """One new process to its first frame: (ms from exec, peak MiB)."""
    folder = tempfile.mkdtemp(prefix="rapport-startup-")
    if source is not None:
        shutil.copy(source, os.path.join(folder, "rapport.db"))
    env = dict(os.environ, RAPPORT_DATA_DIR=folder, RAPPORT_REPORT_FIRST_FRAME="1",
               GSETTINGS_SCHEMA_DIR=os.path.join(root, "_build-release", "data"),
               GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="1")
    start = time.monotonic()
    out = subprocess.run([program], env=env, capture_output=True, text=True, timeout=60).stdout
    elapsed = (time.monotonic() - start) * 1000
    shutil.rmtree(folder)
    line = next((l for l in out.splitlines() if l.startswith("first-frame ")), None)
    if line is None:
        sys.exit(f"no first frame reported by {os.path.basename(program)}")
    return elapsed, int(line.split()[1]) / 1024


# Interleaved, a run of each in turn, so that whatever else the machine
# does at a moment weighs on all of them alike.
sizes = (0, 1000, 30000)
samples = {key: ([], []) for key in ("floor",) + sizes}
for run in range(runs):
    for key in samples:
        if key == "floor":
            ms, mib = start_once(floor_binary, None)
        else:
            ms, mib = start_once(binary, os.path.join(data, f"people-{key}-seed-20261126-v2.db"))
        samples[key][0].append(ms)
        samples[key][1].append(mib)
results = {key: (statistics.median(t), statistics.median(p)) for key, (t, p) in samples.items()}

print(f"\nStart-up to the first frame with the list filled: {runs} runs each, interleaved, medians; "
      "the floor is an empty libadwaita window with a split view\n")
print("| People | Start-up ms | Ratio to empty | Ratio to floor | Peak MiB | Above empty MiB | Above floor MiB |")
print("|---:|---:|---:|---:|---:|---:|---:|")
floor_ms, floor_mib = results["floor"]
empty_ms, empty_mib = results[0]
print(f"| floor | {floor_ms:.0f} | | 1.00 | {floor_mib:.1f} | | +0.0 |")
for size in sizes:
    ms, mib = results[size]
    print(f"| {size:,} | {ms:.0f} | {ms / empty_ms:.2f} | {ms / floor_ms:.2f} | {mib:.1f} | "
          f"{mib - empty_mib:+.1f} | {mib - floor_mib:+.1f} |")
big_ms, big_mib = results[30000]
print(f"\nTargets at 30,000: start-up within 1.15x of the floor: {big_ms / floor_ms:.2f}x "
      f"{'met' if big_ms / floor_ms <= 1.15 else 'MISSED'}; "
      f"memory at most 15 MB above the floor: {big_mib - floor_mib:+.1f} MiB "
      f"{'met' if (big_mib - floor_mib) * 1.048576 <= 15 else 'MISSED'}")
