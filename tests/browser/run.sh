#!/bin/sh
# tests/browser/run.sh ABIDB_BINARY: the browser test of the web page.
# Builds a scratch database from tests/data/qemu-*, starts `abidb serve` on a loopback port
# (port 0, read back from its "listening on" line), and drives Debian's chromium through
# playwright-core (tests/browser/test.mjs).  Then exports the same database with `abidb export site`
# into a sub-folder of a plain static file server (tests/browser/static-server.py, no query dispatch)
# and drives the exported page (tests/browser/test-static.mjs).  Screenshots go to test-output/browser/.
# Installs what it needs: chromium (apt, when root) and the npm packages (npm ci).
# Environment: CHROMIUM (browser binary), ABIDB_BASE_PATH (default /abi; "" for none), TEST_OUTPUT.
set -eu

bin=${1:?usage: tests/browser/run.sh ABIDB_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
out=${TEST_OUTPUT:-$top/test-output}/browser
chromium=${CHROMIUM:-/usr/bin/chromium}
base=${ABIDB_BASE_PATH-/abi}

if [ ! -x "$chromium" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "browser: installing chromium with apt-get" >&2
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "browser: $chromium is missing: apt-get install chromium" >&2
		exit 1
	fi
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "browser: node and npm are needed (apt-get install nodejs npm)" >&2
	exit 1
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
	(cd "$here" && { npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error; }) >&2
fi

tmp=$(mktemp -d)
pid=
spid=
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	if [ -n "$spid" ]; then kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

db=$tmp/abidb.sqlite
"$bin" --db "$db" import "$top"/tests/data/qemu-* >"$tmp/import.log" 2>&1 || {
	cat "$tmp/import.log" >&2; echo "browser: import failed" >&2; exit 1; }

# The known-issue note on the _UID break (test data, as a maintainer would add it).
note_text='ACPI _UID of \_SB.PCI0 went 1 -> 0 in QEMU 5.2 for all pc/q35 machine types; 6.0 restored 1 for types <= 5.1. Guests (Windows) see new devices. No -global fixup: class field pci_root_uid.'
note_link='https://gitlab.com/qemu-project/qemu/-/issues/'
if [ -f "$top/notes/known-issues.txt" ]; then
	"$bin" --db "$db" note import "$top/notes/known-issues.txt" >>"$tmp/import.log" 2>&1 || true
fi
if ! "$bin" --db "$db" note list 2>/dev/null | grep -q 'PCI0'; then
	"$bin" --db "$db" note add --machine 'pc-*' --path 'acpi/DSDT/*PCI0/_UID' \
		--text "$note_text" --link "$note_link" >>"$tmp/import.log" 2>&1 || true
fi
# Without a note command (older binary), straight into the note table.
python3 - "$db" "$note_text" "$note_link" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
if not db.execute("SELECT count(*) FROM note WHERE path_glob LIKE '%PCI0%_UID%'").fetchone()[0]:
    db.execute("INSERT INTO note (machine_glob, path_glob, release_from, release_to, text, link) VALUES (?,?,?,?,?,?)",
               ('pc-*', 'acpi/DSDT/*PCI0/_UID', '', '', sys.argv[2], sys.argv[3]))
    db.commit()
PY

mkfifo "$tmp/err"
"$bin" serve --db "$db" --listen 127.0.0.1:0 --web "$top/web" ${base:+--base-path "$base"} 2>"$tmp/err" &
pid=$!
# The first line naming the URL; the rest of stderr (access log) goes to a file.
url=
exec 3<"$tmp/err"
while IFS= read -r line <&3; do
	echo "$line" >>"$tmp/server.log"
	case $line in
	*"listening on http://"*) url=http://${line#*listening on http://}; url=${url%% *}; break ;;
	esac
done
cat <&3 >>"$tmp/server.log" &
if [ -z "$url" ]; then
	cat "$tmp/server.log" >&2
	echo "browser: the server did not say where it listens" >&2
	exit 1
fi
case $url in */) ;; *) url=$url/ ;; esac

mkdir -p "$out"
rc=0
node "$here/test.mjs" "$url" "$out" || rc=$?
if [ $rc != 0 ]; then
	echo "--- server log (last 30 lines)" >&2
	tail -n 30 "$tmp/server.log" >&2
fi

# The static export, below /abi/ of a plain static server.
mkdir -p "$tmp/static"
"$bin" --db "$db" export site "$tmp/static/abi" --web "$top/web" 2>"$tmp/export.log" || {
	cat "$tmp/export.log" >&2; echo "browser: export site failed" >&2; exit 1; }
python3 "$here/static-server.py" "$tmp/static" >"$tmp/static.port" 2>"$tmp/static.log" &
spid=$!
port=
for i in $(seq 50); do
	port=$(head -n 1 "$tmp/static.port" 2>/dev/null)
	[ -n "$port" ] && break
	sleep 0.1
done
if [ -z "$port" ]; then
	cat "$tmp/static.log" >&2; echo "browser: the static server did not start" >&2; exit 1
fi
node "$here/test-static.mjs" "http://127.0.0.1:$port/abi/" "$out" || {
	rc=1
	echo "--- static server log (last 30 lines)" >&2
	tail -n 30 "$tmp/static.log" >&2
}
exit $rc
