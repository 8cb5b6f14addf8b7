#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-kill-app.sh RAPPORT
#
# The real app, killed with SIGKILL while someone types a new person's name
# (with xdotool, under the test's virtual display): each time, the file must
# open whole, and every name saved must be a beginning of what was typed —
# never garbage, never half a write. RAPPORT_APP_KILLS sets how many (5).
set -eu

rapport=$1
kills=${RAPPORT_APP_KILLS:-5}
typed="Typed just before a crash"

if ! command -v xdotool >/dev/null || [ -z "${DISPLAY:-}" ]; then
  echo "1..0 # SKIP needs xdotool and an X display"
  exit 0
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export RAPPORT_DATA_DIR="$dir"

echo "1..$kills"
for i in $(seq 1 "$kills"); do
  "$rapport" >/dev/null 2>&1 &
  pid=$!
  window=$(xdotool search --sync --onlyvisible --pid "$pid" --class rapport | head -n 1)
  xdotool windowfocus --sync "$window"
  xdotool key --window "$window" ctrl+n
  xdotool type --window "$window" --delay 8 "$typed $i"
  # Kill somewhere between mid-word and just after the save.
  sleep "0.$(( (i * 37) % 9 + 1 ))"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true

  if report=$(python3 - "$dir/rapport.db" "$typed" "$kills" <<'PY'
import sqlite3, sys
path, typed, kills = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
check = db.execute("PRAGMA integrity_check").fetchone()[0]
if check != "ok":
    sys.exit(f"integrity_check: {check}")
names = [row[0] for row in db.execute("SELECT display_name FROM contact")]
for name in names:
    if not any(f"{typed} {n}".startswith(name) for n in range(1, kills + 1)):
        sys.exit(f"a name that was never typed: {name!r}")
print(f"{len(names)} people saved, the file whole")
PY
  ); then
    echo "ok $i - killed while typing: $report"
  else
    echo "not ok $i - killed while typing: $report"
    exit 1
  fi
done
