#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rapport's start-up, as a person sees it: from exec to the first frame that
# shows the list of people filled (the app reports that moment, and its peak
# memory, when RAPPORT_REPORT_FIRST_FRAME=1, then quits). Each run is a new
# process on a fresh copy of the generator's database; the page cache is
# warm after the first. Prints medians, and 30,000 beside the empty database.
#
#   build-aux/dev bench app [--runs 7]

import os, shutil, statistics, subprocess, sys, tempfile, time

runs = 7
if len(sys.argv) == 3 and sys.argv[1] == "--runs":
    runs = int(sys.argv[2])

root = os.getcwd()
data = os.path.join(root, "_build-release", "bench-data")
binary = os.path.join(root, "_build-release", "src", "rapport")
results = {}

for size in (0, 1000, 30000):
    source = os.path.join(data, f"people-{size}-seed-20261126-v2.db")
    times, peaks = [], []
    for run in range(runs):
        folder = tempfile.mkdtemp(prefix="rapport-startup-")
        shutil.copy(source, os.path.join(folder, "rapport.db"))
        env = dict(os.environ, RAPPORT_DATA_DIR=folder, RAPPORT_REPORT_FIRST_FRAME="1",
                   GSETTINGS_SCHEMA_DIR=os.path.join(root, "_build-release", "data"),
                   GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="1")
        start = time.monotonic()
        out = subprocess.run([binary], env=env, capture_output=True, text=True, timeout=60).stdout
        elapsed = (time.monotonic() - start) * 1000
        line = next((l for l in out.splitlines() if l.startswith("first-frame ")), None)
        if line is None:
            sys.exit(f"no first frame reported at {size} people")
        times.append(elapsed)
        peaks.append(int(line.split()[1]) / 1024)
        shutil.rmtree(folder)
    results[size] = (statistics.median(times), statistics.median(peaks))

print(f"\nStart-up to the first frame with the list filled: {runs} runs each, medians\n")
print("| People | Start-up ms | Ratio to empty | Peak MiB | Above empty MiB |")
print("|---:|---:|---:|---:|---:|")
empty_ms, empty_mib = results[0]
for size, (ms, mib) in results.items():
    print(f"| {size:,} | {ms:.0f} | {ms / empty_ms:.2f} | {mib:.1f} | {mib - empty_mib:+.1f} |")
big_ms, big_mib = results[30000]
print(f"\nTargets at 30,000: start-up within 1.3x of empty: {big_ms / empty_ms:.2f}x "
      f"{'met' if big_ms / empty_ms <= 1.3 else 'MISSED'}; "
      f"memory at most 40 MB above empty: {big_mib - empty_mib:+.1f} MiB "
      f"{'met' if big_mib - empty_mib <= 40 else 'MISSED'}")
