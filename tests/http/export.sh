#!/bin/bash
# export.sh: abidb export site on the bundled sample, against the live server: the file list (golden),
# every exported answer byte for byte and its ETag equal to what `abidb serve` answers for the same URL
# on a loopback port, the path form equal to the query form, and the nginx recipe of docs/export.md
# (ETag and 304 from _etags.nginx) when nginx is installed.
# usage: tests/http/export.sh ./abidb     (prints "export: N passed, M failed"; exit 1 on any failure)
set -u

ABIDB=$(realpath "${1:?usage: export.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/abidb-export.XXXXXX")
DB=$T/db.sqlite
SITE=$T/site
pass=0 fail=0
PIDS=()

cleanup() {
	local p
	for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
	wait 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
expect() {	# expect NAME ACTUAL WANTED
	if [ "$2" == "$3" ]; then ok; else bad "$1: got '$2', expected '$3'"; fi
}
etag_of() { tr -d '\r' < "$1" | sed -n 's/^ETag: //Ip' | head -1; }

"$ABIDB" --db "$DB" import -q "$TOP"/tests/data/qemu-* || { echo "cannot import the sample" >&2; exit 1; }
"$ABIDB" --db "$DB" note import "$TOP/notes/known-issues.txt" >/dev/null || { echo "cannot import notes" >&2; exit 1; }

# --- the export ----------------------------------------------------------------------------------
"$ABIDB" --db "$DB" export site "$SITE" --web "$TOP/web" --base-path /abi 2> "$T/export.log"
expect "export exit status" "$?" 0
expect "export summary" "$(grep -c '^export site: [0-9]* answers (0 error answers' "$T/export.log")" 1
(cd "$SITE" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$T/files"
if diff -u "$HERE/export-files.txt" "$T/files" > "$T/files.diff"; then ok; else
	bad "the exported file list differs from tests/http/export-files.txt:"; head -40 "$T/files.diff" >&2
fi
for f in index.html app.js migrations.js style.css; do
	if cmp -s "$TOP/web/$f" "$SITE/$f"; then ok; else bad "web/$f not copied as is"; fi
done
expect "_etags.json lists every API file" \
	"$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$SITE/_etags.json")" \
	"$(grep -c '^api/' "$T/files")"
expect "_etags.nginx has a line per ETag" "$(grep -c "^/abi/api/v1/.*\.json '\"[0-9a-f]\{32\}\"';\$" "$SITE/_etags.nginx")" \
	"$(grep -c '^api/' "$T/files")"
# the same export again: the same bytes (answers are a function of the database)
"$ABIDB" --db "$DB" export site "$T/site2" --web "$TOP/web" --base-path /abi 2>/dev/null
if diff -r "$SITE" "$T/site2" >/dev/null; then ok; else bad "a second export differs"; fi
# over an earlier export: it is replaced whole (a stale answer goes), nothing is left beside it
echo '{}' > "$T/site2/api/v1/stale.json"
"$ABIDB" --db "$DB" export site "$T/site2/" --web "$TOP/web" --base-path /abi 2>/dev/null
expect "export over an earlier export" "$?" 0
expect "the earlier export's stale file is gone" "$(test -e "$T/site2/api/v1/stale.json" && echo kept || echo gone)" gone
if diff -r "$SITE" "$T/site2" >/dev/null; then ok; else bad "the export over an earlier one differs"; fi
expect "no staged or moved-aside folder stays" "$(ls -d "$T"/site2.* 2>/dev/null | wc -l)" 0
# a folder that is neither empty nor an earlier export is refused and left as it was
mkdir "$T/mine" && echo keep > "$T/mine/notes.txt"
"$ABIDB" --db "$DB" export site "$T/mine" --web "$TOP/web" 2> "$T/err"
expect "non-empty folder refused" "$?" 2
expect "non-empty folder message" "$(grep -c "'$T/mine' is not empty and holds no earlier export" "$T/err")" 1
expect "non-empty folder untouched" "$(ls "$T/mine")" notes.txt
# a usage error and an unwritable folder
"$ABIDB" --db "$DB" export site 2>/dev/null
expect "export site without DIR" "$?" 2
"$ABIDB" --db "$DB" export site /proc/abidb-export --web "$TOP/web" 2> "$T/err"
expect "unwritable DIR" "$?" 3
expect "unwritable DIR message" "$(grep -c "cannot create folder '/proc/abidb-export'" "$T/err")" 1

# --- every exported answer is what the live server answers for the same URL --------------------
"$ABIDB" --db "$DB" serve --read-only --listen 127.0.0.1:0 --web "$TOP/web" 2> "$T/log" &
PIDS+=($!)
PORT=
for i in $(seq 100); do
	PORT=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$T/log" 2>/dev/null | head -1)
	[ -n "$PORT" ] && break
	sleep 0.05
done
[ -n "$PORT" ] || { echo "server did not start: $(cat "$T/log")" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT

python3 - "$SITE" "$BASE" > "$T/compare" <<'PY'
import json, sys, urllib.request
site, base = sys.argv[1], sys.argv[2]
etags = json.load(open(site + "/_etags.json"))
same = differ = 0
for url, tag in sorted(etags.items()):
    with urllib.request.urlopen(base + "/" + url) as r:
        body, got = r.read(), r.headers.get("ETag")
    if body == open(site + "/" + url, "rb").read() and got == tag:
        same += 1
    else:
        differ += 1
        print("differs:", url, got, tag)
print("same", same, "differ", differ)
PY
expect "every exported answer equals the server's, ETag included" "$(tail -1 "$T/compare")" \
	"same $(grep -c '^api/' "$T/files") differ 0"
grep '^differs' "$T/compare" | head -5 >&2

# the path form is the query form: same bytes, same ETag
curl -s -D "$T/h1" -o "$T/b1" "$BASE/api/v1/diff?a=1&b=3&view=guest&min_severity=change"
curl -s -D "$T/h2" -o "$T/b2" "$BASE/api/v1/diff/a=1/b=3/min_severity=change/view=guest.json"
if cmp -s "$T/b1" "$T/b2" && [ -n "$(etag_of "$T/h1")" ] && [ "$(etag_of "$T/h1")" == "$(etag_of "$T/h2")" ]; then ok
else bad "diff: path form and query form differ"; fi
curl -s -o "$T/b3" "$BASE/api/v1/diff/min_severity=change/b=3/view=guest/a=1.json"
if cmp -s "$T/b1" "$T/b3"; then ok; else bad "path form in another order differs"; fi
expect "path form with a bad segment" "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/diff/a=1/b.json")" 400
expect "path form naming an argument twice" \
	"$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/diff/a=1/b=3.json?a=2")" 400
expect "path form of an unknown route" "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/nothing/a=1.json")" 404
expect "304 on the path form" "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $(etag_of "$T/h1")" \
	"$BASE/api/v1/diff/a=1/b=3/min_severity=change/view=guest.json")" 304

# --- the nginx recipe of docs/export.md -----------------------------------------------------------
NGINX=${NGINX:-/usr/sbin/nginx}
if [ -x "$NGINX" ]; then
	NPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	mkdir -p "$T/ng/tmp" "$T/www"
	chmod go+rx "$T"	# nginx workers run as another user when started by root
	ln -s "$SITE" "$T/www/abi"
	# the snippet of docs/export.md, with this test's paths
	sed -n '/^# nginx-begin/,/^# nginx-end/p' "$TOP/docs/export.md" | sed '1d;$d' |
		sed "s|/srv/www|$T/www|g; s|/srv/www/abi|$SITE|g; s|listen 80|listen 127.0.0.1:$NPORT|" > "$T/ng/site.conf"
	cat > "$T/ng/nginx.conf" <<EOF2
daemon off;
pid $T/ng/nginx.pid;
error_log $T/ng/error.log;
events { worker_connections 64; }
http {
	access_log off;
	client_body_temp_path $T/ng/tmp; proxy_temp_path $T/ng/tmp; fastcgi_temp_path $T/ng/tmp;
	uwsgi_temp_path $T/ng/tmp; scgi_temp_path $T/ng/tmp;
	include /etc/nginx/mime.types;
	include $T/ng/site.conf;
}
EOF2
	"$NGINX" -c "$T/ng/nginx.conf" -p "$T/ng" 2> "$T/ng/start.log" &
	PIDS+=($!)
	for i in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$NPORT/abi/" && break; sleep 0.1; done
	U=abi/api/v1/diff/a=1/b=3/min_severity=change/view=guest.json
	curl -s -D "$T/h4" -o "$T/b4" "http://127.0.0.1:$NPORT/$U"
	if cmp -s "$T/b1" "$T/b4" && [ "$(etag_of "$T/h4")" == "$(etag_of "$T/h1")" ]; then ok
	else bad "nginx: not the server's bytes and ETag ($(etag_of "$T/h4"); $(cat "$T/ng/start.log" "$T/ng/error.log" 2>/dev/null | tail -3))"; fi
	expect "nginx: 304 for the server's ETag" "$(curl -s -o /dev/null -w '%{http_code}' \
		-H "If-None-Match: $(etag_of "$T/h1")" "http://127.0.0.1:$NPORT/$U")" 304
	expect "nginx: 200 for another ETag" "$(curl -s -o /dev/null -w '%{http_code}' \
		-H 'If-None-Match: "0123"' "http://127.0.0.1:$NPORT/$U")" 200
	expect "nginx: JSON type" "$(tr -d '\r' < "$T/h4" | sed -n 's/^Content-Type: //Ip')" application/json
else
	echo "export: $NGINX not installed: the nginx recipe is not tested" >&2
fi

echo "export: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
