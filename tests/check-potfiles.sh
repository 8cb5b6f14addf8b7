#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/POTFILES.in lists every file with translatable strings, sorted.
set -eu
cd "$1"
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
status=0
if [ "$listed" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi
for f in $(find src resources data -type f \( -name '*.c' -o -name '*.ui' -o -name '*.in' \) | LC_ALL=C sort); do
  if grep -qE '_\(|N_\(|C_\(|NC_\(|translatable="yes"|<name>|<summary>|<p>' "$f" &&
     ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "missing from po/POTFILES.in: $f"
    status=1
  fi
done
for f in $listed; do
  [ -f "$f" ] || { echo "listed in po/POTFILES.in but absent: $f"; status=1; }
done
exit $status
