#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# x11-run.sh TEST [ARGS...]
#
# Runs TEST on an X server of its own (Xvfb). For the tests that press
# keys through the X server: on the display the tests share, another test
# running at the same time shows a window and takes the keyboard focus
# from them, and their keys go astray. Xvfb picks a free display itself
# (-displayfd) and says which once it takes clients, so nothing waits for
# a time. Skipped, saying so, where Xvfb is not installed.
set -eu

if ! command -v Xvfb >/dev/null; then
  echo "1..0 # SKIP needs Xvfb for an X display of its own"
  exit 0
fi

dir=$(mktemp -d)
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 1920x2400x24 -nolisten tcp 3>"$dir/display" >"$dir/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$dir"' EXIT

# Xvfb writes its display number once ready; if it dies first, the read
# ends empty.
read -r number <"$dir/display" || true
if [ -z "${number:-}" ]; then
  echo "Bail out! Xvfb did not start:"
  sed 's/^/# /' "$dir/xvfb.log"
  exit 1
fi

unset WAYLAND_DISPLAY
DISPLAY=":$number" GDK_BACKEND=x11 "$@"
