#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# wayland-run.sh TEST [ARGS...]
#
# Runs TEST under a compositor of its own, headless mutter on Wayland (no
# X), as most people run Rapport: the tests' X display is Xvfb. mutter
# starts TEST once it takes clients (its socket is there a moment before
# it does), and ends, failing if TEST failed. Skipped, saying so, where
# mutter is not installed (the build root has it).
set -eu

if ! command -v mutter >/dev/null; then
  echo "1..0 # SKIP needs mutter to run a headless Wayland compositor"
  exit 0
fi

# build-aux/flatpak-standin sets this for the tests in flatpak-builder's
# sandbox, where mutter cannot start (it exits with status 5).
if [ -n "${RAPPORT_TEST_FLATPAK_SANDBOX:-}" ]; then
  echo "1..0 # SKIP mutter cannot run in the Flatpak build sandbox (it exits with status 5)"
  exit 0
fi

# mutter needs a session bus; the test command gives one, a bare run not.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- "$0" "$@"
fi

# A runtime folder of its own, so two runs at once never share a socket.
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

# The socket by its whole path: a test with G_TEST_OPTION_ISOLATE_DIRS has
# an XDG_RUNTIME_DIR of its own. The test's G_DEBUG is not mutter's: it warns where it finds no
# locale1 or colord, and fatal warnings would end it then.
unset DISPLAY
env -u G_DEBUG mutter --headless --wayland --no-x11 --sm-disable --virtual-monitor 1920x2400 \
  --wayland-display rapport-test -- \
  env G_DEBUG="${G_DEBUG:-}" WAYLAND_DISPLAY="$XDG_RUNTIME_DIR/rapport-test" GDK_BACKEND=wayland "$@"
