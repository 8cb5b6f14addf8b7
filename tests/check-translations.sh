#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every language in po/LINGUAS compiles with msgfmt -c and translates every
# string the sources have now (not only those of the last po/rapport.pot).
set -eu
cd "$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The keywords of meson's "glib" preset, which makes po/rapport.pot.
xgettext --files-from=po/POTFILES.in --directory=. --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --output="$tmp/now.pot"

status=0
n=0
# LINGUAS may name several languages on one line: split it into words.
# shellcheck disable=SC2013
for lang in $(sed -e 's/#.*//' po/LINGUAS); do
  n=$((n + 1))
  if ! msgfmt --check --check-accelerators=_ -o "$tmp/$lang.mo" "po/$lang.po"; then
    echo "not ok: po/$lang.po does not compile"
    status=1
    continue
  fi
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "po/$lang.po" 2>&1)
  case $stats in
    *fuzzy*|*untranslated*)
      echo "not ok: po/$lang.po: $stats"
      status=1 ;;
  esac
  if ! msgcmp "po/$lang.po" "$tmp/now.pot" 2>"$tmp/$lang.cmp"; then
    echo "not ok: po/$lang.po lacks strings the sources have (run meson compile rapport-update-po):"
    head -20 "$tmp/$lang.cmp"
    status=1
  fi
  [ $status -eq 0 ] && echo "ok: $lang, $stats"
done
[ "$n" -gt 0 ] || { echo "po/LINGUAS lists no language"; exit 1; }
exit $status
