#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-fuzzer.sh FUZZER FIXTURES SUFFIX WORK SECONDS
#
# Fuzzes for SECONDS, seeded with the test fixtures ending in SUFFIX plus
# what earlier runs found (kept in WORK/corpus, so each run goes deeper).
# A crashing input is saved in WORK/crashes and fails the test.
set -eu
fuzzer=$1 fixtures=$2 suffix=$3 work=$4 seconds=$5
mkdir -p "$work/corpus" "$work/crashes" "$work/seeds"
cp "$fixtures"/*"$suffix" "$work/seeds/"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$work/crashes/" "$work/corpus" "$work/seeds"
