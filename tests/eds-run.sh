#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# eds-run.sh [--radicale] [--sources DIR] TEST [ARGS...]
#
# Runs TEST against an Evolution Data Server of its own: fresh XDG folders
# and a session bus of its own, on which D-Bus activation starts Debian's
# evolution-source-registry and evolution-calendar-factory (or
# evolution-addressbook-factory) from /usr/libexec the first time TEST asks
# for them, as a desktop session does. Nothing of the user's calendars or
# address books is seen or touched, and whatever EDS keeps is thrown away
# afterwards. For calendars (#18) and address books (#19) alike.
#
# With --radicale, a Radicale CalDAV/CardDAV server also runs on 127.0.0.1
# (a free port, no authentication, its collections in the same temporary
# folder), with one empty calendar and one empty address book:
#   RAPPORT_TEST_RADICALE_URL           http://127.0.0.1:PORT/
#   RAPPORT_TEST_RADICALE_CALENDAR      http://127.0.0.1:PORT/rapport/calendar/
#   RAPPORT_TEST_RADICALE_ADDRESS_BOOK  http://127.0.0.1:PORT/rapport/contacts/
# and an empty address book only the user "writer" may write (anyone else,
# EDS among them, may only read it), as a shared book one may not edit:
#   RAPPORT_TEST_RADICALE_READ_ONLY_BOOK http://127.0.0.1:PORT/rapport/read-only/
#
# With --sources DIR, EDS starts with the sources (*.source key files, as
# EDS keeps them in ~/.config/evolution/sources) in DIR besides its own:
# accounts, calendars, address books (tests/fixtures/eds-sources/).
#
# Skipped, saying so, where EDS (or Radicale, when asked for) is not
# installed.
set -eu

radicale=
sources=
while [ $# -gt 0 ]; do
  case "$1" in
    --radicale) radicale=1; shift ;;
    --sources) sources=$2; shift 2 ;;
    *) break ;;
  esac
done

libexec=/usr/libexec
if [ ! -x "$libexec/evolution-source-registry" ] || ! command -v dbus-run-session >/dev/null; then
  echo "1..0 # SKIP needs evolution-data-server and dbus-run-session"
  exit 0
fi
if [ -n "$radicale" ] && ! command -v radicale >/dev/null; then
  echo "1..0 # SKIP needs radicale"
  exit 0
fi

dir=$(mktemp -d)
radicale_pid=
# shellcheck disable=SC2317 # run by the trap
cleanup () {
  if [ -n "$radicale_pid" ]; then
    kill "$radicale_pid" 2>/dev/null || true
    wait "$radicale_pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT

mkdir -p "$dir/config" "$dir/data" "$dir/cache" "$dir/runtime"
chmod 700 "$dir/runtime"
XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache XDG_RUNTIME_DIR=$dir/runtime
export XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
if [ -n "$sources" ]; then
  mkdir -p "$dir/config/evolution/sources"
  cp "$sources"/*.source "$dir/config/evolution/sources/"
fi
# Under AddressSanitizer, whole stacks for the leaks: EDS's client
# libraries leave some in system libraries built without frame pointers,
# which tests/lsan.supp can only name from the whole stack.
if [ -n "${ASAN_OPTIONS:-}" ]; then
  ASAN_OPTIONS=$ASAN_OPTIONS:fast_unwind_on_malloc=0
  export ASAN_OPTIONS
fi
# EDS keeps its own settings in GSettings: in memory, never the user's dconf.
GSETTINGS_BACKEND=memory
export GSETTINGS_BACKEND

if [ -n "$radicale" ]; then
  # Everyone may read and write everything but the read-only book, which
  # only "writer" writes: there is no one else here.
  cat >"$dir/radicale-rights" <<'EOF'
[writer]
user: writer
collection: .*
permissions: RrWw
[read-only]
user: .*
collection: rapport/read-only(/.*)?
permissions: Rr
[all]
user: .*
collection: .*
permissions: RrWw
EOF
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  radicale --server-hosts "127.0.0.1:$port" --auth-type none \
    --rights-type from_file --rights-file "$dir/radicale-rights" \
    --storage-filesystem-folder "$dir/radicale" --logging-level warning \
    >"$dir/radicale.log" 2>&1 &
  radicale_pid=$!
  RAPPORT_TEST_RADICALE_URL="http://127.0.0.1:$port/"
  RAPPORT_TEST_RADICALE_CALENDAR="${RAPPORT_TEST_RADICALE_URL}rapport/calendar/"
  RAPPORT_TEST_RADICALE_ADDRESS_BOOK="${RAPPORT_TEST_RADICALE_URL}rapport/contacts/"
  RAPPORT_TEST_RADICALE_READ_ONLY_BOOK="${RAPPORT_TEST_RADICALE_URL}rapport/read-only/"
  export RAPPORT_TEST_RADICALE_URL RAPPORT_TEST_RADICALE_CALENDAR RAPPORT_TEST_RADICALE_ADDRESS_BOOK
  export RAPPORT_TEST_RADICALE_READ_ONLY_BOOK
  # Waits until Radicale answers (it says so itself: no fixed time), then
  # makes the two collections as a client would.
  if ! python3 - "$port" <<'PY'
import base64, http.client, sys, time
port = int(sys.argv[1])
deadline = time.monotonic() + 30
while True:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("OPTIONS", "/")
        connection.getresponse().read()
        break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit("Radicale did not answer within 30 s")
        time.sleep(0.05)
def make(method, path, body, user=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/xml; charset=utf-8"}
    if user is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:".encode()).decode()
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    response.read()
    if response.status != 201:
        sys.exit(f"{method} {path}: {response.status} {response.reason}")
make("MKCOL", "/rapport/", None)
make("MKCALENDAR", "/rapport/calendar/",
     '<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
     '<D:set><D:prop><D:displayname>Radicale</D:displayname></D:prop></D:set></C:mkcalendar>')
make("MKCOL", "/rapport/contacts/",
     '<?xml version="1.0"?><D:mkcol xmlns:D="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav">'
     '<D:set><D:prop><D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>'
     '<D:displayname>Radicale</D:displayname></D:prop></D:set></D:mkcol>')
make("MKCOL", "/rapport/read-only/",
     '<?xml version="1.0"?><D:mkcol xmlns:D="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav">'
     '<D:set><D:prop><D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>'
     '<D:displayname>Shared</D:displayname></D:prop></D:set></D:mkcol>', user="writer")
PY
  then
    echo "Bail out! Radicale did not start:"
    sed 's/^/# /' "$dir/radicale.log"
    exit 1
  fi
fi

# Inside the private bus: TEST, then an end to every service the bus
# started (EDS's factories and their backends), by the process ids the bus
# gives for the names on it, so that none outlives the test or holds its
# output open.
status=0
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- sh -c '
  status=0
  "$@" || status=$?
  for name in $(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
                  --method org.freedesktop.DBus.ListNames | tr -d "[](),'"'"'"); do
    case "$name" in
      :*|org.freedesktop.DBus) continue ;;
    esac
    pid=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
            --method org.freedesktop.DBus.GetConnectionUnixProcessID "$name" 2>/dev/null |
          sed -n "s/^(uint32 \([0-9]*\),)$/\1/p")
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
  done
  exit "$status"
' eds-run "$@" || status=$?
exit "$status"
