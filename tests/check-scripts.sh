#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The project's shell scripts pass shellcheck (skipped, saying so, where it
# is not installed; the build root has it).
set -eu
cd "$1"
if ! command -v shellcheck >/dev/null; then
  echo "shellcheck is not installed: the scripts are not checked"
  exit 77
fi
shellcheck --version | sed -n 2p
shellcheck build-aux/dev build-aux/inner build-aux/changed-lines build-aux/flatpak-standin build-aux/release build-aux/release-check tests/*.sh tests/fuzz/*.sh
echo "ok: build-aux/dev build-aux/inner build-aux/changed-lines build-aux/flatpak-standin build-aux/release build-aux/release-check" tests/*.sh tests/fuzz/*.sh
