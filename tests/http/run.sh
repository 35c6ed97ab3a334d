#!/bin/bash
# run.sh: HTTP tests of abidb serve on a loopback port: routes, errors, uploads, base path, shutdown.
# usage: tests/http/run.sh ./abidb     (prints "http: N passed, M failed"; exit 1 on any failure)
set -u

ABIDB=$(realpath "${1:?usage: run.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/abidb-http.XXXXXX")
DB=$T/db.sqlite
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
is_json() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }
# jq-like: evaluate a Python expression on the JSON body as `j`
jpy() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2" 2>/dev/null; }

# req NAME STATUS [curl args...]: the status must match; the body lands in $T/body, headers in $T/hdr
req() {
	local name=$1 want=$2 got
	shift 2
	rm -f "$T/body" "$T/hdr"
	got=$(curl -s -o "$T/body" -D "$T/hdr" -w '%{http_code}' --max-time 30 "$@")
	if [ "$got" != "$want" ]; then
		bad "$name: status $got, expected $want: $(head -c 300 "$T/body")"
		return 1
	fi
	ok
}
# reqj: the same, and the body must be JSON; an error status must carry the error shape
reqj() {
	local name=$1 want=$2
	req "$@" || return 1
	if ! is_json "$T/body"; then
		bad "$name: body is not JSON: $(head -c 200 "$T/body")"
		return 1
	fi
	if [ "$want" -ge 400 ] && [ "$(jpy "$T/body" 'j["ok"] is False and j["status"] == '"$want"' and len(j["error"]) > 0')" != True ]; then
		bad "$name: not the error shape: $(head -c 200 "$T/body")"
		return 1
	fi
	ok
}
expect() {	# expect NAME ACTUAL WANTED
	if [ "$2" == "$3" ]; then ok; else bad "$1: got '$2', expected '$3'"; fi
}
header() { tr -d '\r' < "$T/hdr" | sed -n "s/^$1: //Ip" | head -1; }
# eventually NAME URL PYEXPR WANTED: another process's write shows within a few recomputes (2 s at most)
eventually() {
	local i got
	for i in $(seq 20); do
		curl -s -o "$T/body" --max-time 10 "$2"
		got=$(jpy "$T/body" "$3")
		[ "$got" == "$4" ] && break
		sleep 0.1
	done
	expect "$1" "$got" "$4"
}
counts() { sqlite3 "$DB" 'SELECT (SELECT count(*) FROM record), (SELECT count(*) FROM dump), (SELECT count(*) FROM grp)'; }

# start_server LOG ARGS...: sets $PORT and $SPID
start_server() {
	local log=$1 i
	shift
	"$ABIDB" --db "$DB" serve --listen 127.0.0.1:0 "$@" 2> "$log" &
	SPID=$!
	PIDS+=("$SPID")
	for i in $(seq 100); do
		PORT=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log" 2>/dev/null | head -1)
		[ -n "$PORT" ] && return 0
		sleep 0.05
	done
	echo "server did not start: $(cat "$log")" >&2
	exit 1
}

# --- a scratch database from the bundled sample (8.2.2 is left for uploads) -------------------
"$ABIDB" --db "$DB" import -q "$DATA"/qemu-5.0.0 "$DATA"/qemu-5.2.0 "$DATA"/qemu-6.2.0 "$DATA"/qemu-7.2.22 "$DATA"/qemu-7.2.22-aarch64 \
	|| { echo "cannot import the sample" >&2; exit 1; }
TOKEN=$("$ABIDB" --db "$DB" token add ci)
OLD=$("$ABIDB" --db "$DB" token add old)
"$ABIDB" --db "$DB" token revoke old
expect "token is 64 hex" "$(echo "$TOKEN" | grep -cE '^[0-9a-f]{64}$')" 1
expect "only the digest is stored" "$(sqlite3 "$DB" "SELECT count(*) FROM token WHERE sha256 = '$TOKEN' OR name = '$TOKEN'")" 0
expect "token list" "$("$ABIDB" --db "$DB" token list | awk '$1 == "old" && $3 != "-" { print "revoked" }')" revoked

# a web folder, and a secret beside it that must stay out of reach
mkdir -p "$T/web/sub"
printf '<!doctype html>\n<html><head><title>abidb</title><link rel="stylesheet" href="style.css"></head><body></body></html>\n' > "$T/web/index.html"
echo 'console.log("abidb")' > "$T/web/app.js"
echo 'body { margin: 0 }' > "$T/web/style.css"
echo 'secret' > "$T/secret.txt"
ln -s "$T/secret.txt" "$T/web/sub/link.txt"

start_server "$T/log" --web "$T/web" --max-upload 4M
BASE=http://127.0.0.1:$PORT
AUTH=(-H "Authorization: Bearer $TOKEN")

# --- every read route ---------------------------------------------------------------------------
reqj "api index" 200 "$BASE/api/v1"
reqj releases 200 "$BASE/api/v1/releases"
expect "releases count" "$(jpy "$T/body" 'len(j)')" "$(sqlite3 "$DB" 'SELECT count(*) FROM release')"
reqj machines 200 "$BASE/api/v1/machines"
expect "machines count" "$(jpy "$T/body" 'len(j)')" "$(sqlite3 "$DB" 'SELECT count(*) FROM machine')"
reqj records 200 "$BASE/api/v1/records"
expect "records count" "$(jpy "$T/body" 'len(j)')" "$(sqlite3 "$DB" 'SELECT count(*) FROM record')"
RID=$(sqlite3 "$DB" "SELECT r.id FROM record r JOIN machine m ON m.id = r.machine_id JOIN release l ON l.id = r.release_id WHERE m.name = 'pc-i440fx-5.0' AND l.version = '5.0.0'")
RID2=$(sqlite3 "$DB" "SELECT r.id FROM record r JOIN machine m ON m.id = r.machine_id JOIN release l ON l.id = r.release_id WHERE m.name = 'pc-i440fx-5.0' AND l.version = '5.2.0'")
reqj "one record" 200 "$BASE/api/v1/records/$RID"
expect "record id" "$(jpy "$T/body" 'j["id"]')" "$RID"
reqj facts 200 "$BASE/api/v1/records/$RID/facts?limit=5&offset=2"
expect "facts page" "$(jpy "$T/body" '(len(j["facts"]), j["offset"], j["next"])')" "(5, 2, 7)"
NF=$(jpy "$T/body" 'j["total"]')
reqj "facts glob" 200 "$BASE/api/v1/records/$RID/facts?glob=acpi/DSDT/*PCI0/_UID"
expect "facts glob" "$(jpy "$T/body" '[f["path"] for f in j["facts"]] == ["acpi/DSDT/\\_SB.PCI0/_UID"] and j["next"] is None')" True
reqj "facts last page" 200 "$BASE/api/v1/records/$RID/facts?offset=$((NF - 1))&limit=10"
expect "facts last page" "$(jpy "$T/body" '(len(j["facts"]), j["next"])')" "(1, None)"
req "facts csv" 200 "$BASE/api/v1/records/$RID/facts?format=csv"
expect "facts csv type" "$(header Content-Type)" "text/csv; charset=utf-8"
expect "facts csv lines" "$(($(wc -l < "$T/body") - 1))" "$NF"
req "facts ndjson" 200 "$BASE/api/v1/records/$RID/facts?format=ndjson&limit=20"
expect "facts ndjson type" "$(header Content-Type)" "application/x-ndjson"
expect "facts ndjson lines" "$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["path"]))' "$T/body")" 20
reqj matrix 200 "$BASE/api/v1/matrix"
reqj "matrix filtered" 200 "$BASE/api/v1/matrix?family=pc-i440fx&arch=x86_64&view=guest&min_severity=break&path=acpi/*"
req "matrix csv" 200 "$BASE/api/v1/matrix?format=csv"
expect "matrix csv type" "$(header Content-Type)" "text/csv; charset=utf-8"
req "matrix ndjson" 200 "$BASE/api/v1/matrix?format=ndjson"
expect "matrix ndjson valid" "$(python3 -c 'import json,sys; print(all(json.loads(l) is not None for l in open(sys.argv[1])) and len(open(sys.argv[1]).readlines()) > 0)' "$T/body")" True
reqj "diff by ids" 200 "$BASE/api/v1/diff?a=$RID&b=$RID2"
cp "$T/body" "$T/diff-ids.json"
reqj "diff by machine" 200 "$BASE/api/v1/diff?machine=pc-i440fx-5.0&from=5.0.0&to=5.2.0"
expect "same diff both ways" "$(cmp -s "$T/body" "$T/diff-ids.json" && echo same)" same
expect "the _UID break" "$(jpy "$T/body" '[(e["old"], e["new"], e["severity"]) for s in j["sections"] for e in s["entries"] if e["path"].endswith("PCI0/_UID")]')" "[('0x01', '0x00', 'break')]"
reqj "diff of a target's machine type" 200 "$BASE/api/v1/diff?machine=virt-7.2&from=7.2.22&to=7.2.22&arch=aarch64"
reqj "diff on a target without that machine type" 404 "$BASE/api/v1/diff?machine=virt-7.2&from=7.2.22&to=7.2.22&arch=x86_64"
reqj "matrix of one target" 200 "$BASE/api/v1/matrix?arch=aarch64"
expect "matrix of one target: its rows" "$(jpy "$T/body" '[r["machine"] for r in j["rows"]]')" "['virt-6.1', 'virt-6.2', 'virt-7.1', 'virt-7.2']"
reqj "diff options" 200 "$BASE/api/v1/diff?a=$RID&b=$RID2&view=guest&section=acpi&min_severity=break"
req "diff csv" 200 "$BASE/api/v1/diff?a=$RID&b=$RID2&format=csv"
expect "diff csv has _UID" "$(grep -c 'PCI0/_UID' "$T/body")" 1
req "diff ndjson" 200 "$BASE/api/v1/diff?a=$RID&b=$RID2&format=ndjson"
expect "diff ndjson has _UID" "$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["path"].endswith("PCI0/_UID")))' "$T/body")" 1
reqj fixup 200 "$BASE/api/v1/fixup?machine=pc-i440fx-5.0&from=5.0.0&to=5.2.0"
expect "fixup shape" "$(jpy "$T/body" '(j["ok"], j["machine"], type(j["options"]).__name__, type(j["unrestorable"]).__name__)')" "(True, 'pc-i440fx-5.0', 'list', 'list')"
expect "fixup: _UID cannot be restored" "$(jpy "$T/body" 'any(u["path"].endswith("PCI0/_UID") for u in j["unrestorable"])')" True
req "fixup as qemu text" 200 "$BASE/api/v1/fixup?machine=pc-q35-5.0&from=5.0.0&to=7.2.22&format=qemu" &&
	expect "fixup qemu: the command line in the target's types" "$(cat "$T/body")" "-global VGA.xres=1024 -global VGA.yres=768 -vga std -machine pc-q35-5.0,pit=on" &&
	expect "fixup qemu: text/plain" "$(header content-type)" "text/plain; charset=utf-8"
req "fixup as libvirt XML" 200 "$BASE/api/v1/fixup?machine=pc-q35-5.0&from=5.0.0&to=7.2.22&format=libvirt" &&
	expect "fixup libvirt: application/xml" "$(header content-type)" "application/xml" &&
	expect "fixup libvirt: well-formed, two overridden properties, two args" "$(python3 -c 'import sys,xml.dom.minidom as m; d=m.parse(sys.argv[1]); print(d.documentElement.tagName, len(d.getElementsByTagName("qemu:property")), len(d.getElementsByTagName("qemu:arg")))' "$T/body")" "domain 2 2"
req "fixup as libvirt XML again (cached)" 200 "$BASE/api/v1/fixup?machine=pc-q35-5.0&from=5.0.0&to=7.2.22&format=libvirt" &&
	expect "fixup libvirt cached: application/xml" "$(header content-type)" "application/xml"
reqj "fixup unknown format" 400 "$BASE/api/v1/fixup?machine=pc-q35-5.0&from=5.0.0&to=8.2.2&format=yaml"
reqj "fixup without machine" 400 "$BASE/api/v1/fixup?from=5.0.0&to=5.2.0"
reqj "fixup unknown release" 404 "$BASE/api/v1/fixup?machine=pc-i440fx-5.0&from=1.0.0&to=5.2.0"
reqj migrations 200 "$BASE/api/v1/migrations?machine=pc-q35-5.0"
expect "migrations shape" "$(jpy "$T/body" '(j["ok"], j["machine"], len(j["releases"]), len(j["cells"]))')" "(True, 'pc-q35-5.0', 4, 12)"
expect "migrations: every pair loads both ways" "$(jpy "$T/body" 'all(c["ok"] and c["reason"] is None for c in j["cells"])')" True
expect "migrations: directions" "$(jpy "$T/body" 'sorted(set((c["from"] < c["to"], c["direction"]) for c in j["cells"]))')" "[(False, 'backward'), (True, 'forward')]"
reqj "migrations without machine" 400 "$BASE/api/v1/migrations"
reqj "migrations unknown machine" 404 "$BASE/api/v1/migrations?machine=pc-q35-0.1"
req "HEAD" 200 -I "$BASE/api/v1/releases"

# --- caching ------------------------------------------------------------------------------------
req "etag" 200 "$BASE/api/v1/matrix"
ETAG=$(header ETag)
expect "etag present" "$([ -n "$ETAG" ] && echo yes)" yes
expect "cache-control" "$(header Cache-Control)" no-cache
req "304" 304 -H "If-None-Match: $ETAG" "$BASE/api/v1/matrix"
expect "304 has no body" "$(cat "$T/body" 2>/dev/null | wc -c)" 0
req "other etag" 200 -H 'If-None-Match: "nope"' "$BASE/api/v1/matrix"

# --- error statuses -----------------------------------------------------------------------------
reqj "unknown route" 404 "$BASE/api/v1/nothing"
reqj "unknown record" 404 "$BASE/api/v1/records/999999"
reqj "unknown record facts" 404 "$BASE/api/v1/records/999999/facts"
reqj "unknown release in diff" 404 "$BASE/api/v1/diff?machine=pc-i440fx-5.0&from=1.0.0&to=5.2.0"
reqj "diff without records" 400 "$BASE/api/v1/diff"
reqj "bad view" 400 "$BASE/api/v1/matrix?view=nonsense"
reqj "bad severity" 400 "$BASE/api/v1/diff?a=$RID&b=$RID2&min_severity=huge"
reqj "bad offset" 400 "$BASE/api/v1/records/$RID/facts?offset=-3"
reqj "bad format" 400 "$BASE/api/v1/matrix?format=xml"
reqj "405 on a read route" 405 -X DELETE "$BASE/api/v1/releases"
expect "405 Allow" "$(header Allow)" "GET, HEAD"
reqj "405 on records" 405 -X PUT "$BASE/api/v1/records"
expect "405 Allow both" "$(header Allow)" "GET, HEAD, POST"
reqj "405 on static" 405 -X POST -d x "$BASE/index.html"

# --- uploads: every refusal leaves the database as it was ---------------------------------------
QOM=$DATA/qemu-8.2.2/pc-q35-5.0/qom.json
VMS=$DATA/qemu-8.2.2/pc-i440fx-5.0/vmstate.json.gz
UP="$BASE/api/v1/records?release=8.2.2&machine=pc-q35-5.0"
JSONT=(-H 'Content-Type: application/json')
before=$(counts)
unchanged() { expect "$1: database unchanged" "$(counts)" "$before"; }
reqj "401 no token" 401 "${JSONT[@]}" --data-binary @"$QOM" "$UP"; unchanged 401
expect "401 challenge" "$(header WWW-Authenticate | cut -d' ' -f1)" Bearer
reqj "401 not bearer" 401 -H "Authorization: Basic Zm9vOmJhcg==" "${JSONT[@]}" --data-binary @"$QOM" "$UP"; unchanged 401b
# a wrong token: the real one with its last hex digit changed (never equal to it)
case "$TOKEN" in *0) WRONG="${TOKEN%?}1" ;; *) WRONG="${TOKEN%?}0" ;; esac
reqj "403 wrong token" 403 -H "Authorization: Bearer $WRONG" "${JSONT[@]}" --data-binary @"$QOM" "$UP"; unchanged 403
reqj "403 revoked token" 403 -H "Authorization: Bearer $OLD" "${JSONT[@]}" --data-binary @"$QOM" "$UP"; unchanged 403r
reqj "411 chunked" 411 "${AUTH[@]}" "${JSONT[@]}" -H 'Transfer-Encoding: chunked' --data-binary @"$QOM" "$UP"; unchanged 411
head -c 5000000 /dev/zero > "$T/big"
reqj "413" 413 "${AUTH[@]}" "${JSONT[@]}" -H 'Expect:' --data-binary @"$T/big" "$UP"; unchanged 413
# with Expect: 100-continue the refusal comes before the body: no "100 Continue", nothing uploaded
curl -s -v -o "$T/body" "${AUTH[@]}" "${JSONT[@]}" -H 'Expect: 100-continue' --data-binary @"$T/big" \
	-w '%{http_code} %{size_upload}\n' "$UP" > "$T/out" 2> "$T/err"
expect "413 before the body" "$(cat "$T/out")" "413 0"
expect "no 100 Continue" "$(grep -c '^< HTTP/1.1 100' "$T/err")" 0
unchanged 413e
reqj "415" 415 "${AUTH[@]}" -H 'Content-Type: text/plain' --data-binary @"$QOM" "$UP"; unchanged 415
reqj "415 form" 415 "${AUTH[@]}" --data-binary @"$QOM" "$UP"; unchanged 415f
printf '{"broken": nope}' > "$T/broken.json"
reqj "400 malformed" 400 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$T/broken.json" "$UP"; unchanged 400
expect "400 says where" "$(jpy "$T/body" '"line" in j["error"]')" True
reqj "400 unknown input" 400 "${AUTH[@]}" "${JSONT[@]}" --data-binary '{"hello": 1}' "$UP"; unchanged 400u
reqj "422 no machine" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=8.2.2"; unchanged 422
reqj "422 bad release" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=latest&machine=pc-q35-5.0"; unchanged 422r
# bounded memory: a record beyond the documented size is refused before it is parsed, and a gzip
# upload may not inflate past 64 MiB
python3 -c '
import json
json.dump({"/machine": {"props": {"wide": {"type": "list", "value": [0] * 260000}}}}, open("'"$T"'/wide-qom.json", "w"))'
reqj "413 too many values" 413 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$T/wide-qom.json" "$BASE/api/v1/records?release=9.8.3&machine=pc-q35-5.0"; unchanged 413big
expect "413 says the limit" "$(jpy "$T/body" '"250000 JSON values" in j["error"]')" True
head -c 80000000 /dev/zero | tr '\0' ' ' | gzip -c > "$T/bomb.json.gz"
reqj "413 gzip bomb" 413 "${AUTH[@]}" -H 'Content-Type: application/gzip' --data-binary @"$T/bomb.json.gz" "$BASE/api/v1/records?release=9.8.3&machine=pc-q35-5.0"; unchanged 413bomb
# one grammar per identity field, at every entry point; control bytes (plain or %-encoded) are 400
reqj "422 release traversal" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.8.1/../../x&machine=pc-q35-5.0"; unchanged 422rt
expect "422 names the field" "$(jpy "$T/body" '"release" in j["error"]')" True
reqj "422 stream traversal" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.8.1&stream=../../x&machine=pc-q35-5.0"; unchanged 422st
expect "422 names stream" "$(jpy "$T/body" '"stream" in j["error"]')" True
reqj "422 arch" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.8.1&arch=..%2fx&machine=pc-q35-5.0"; unchanged 422a
reqj "422 long machine" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.8.1&machine=$(head -c 10000 /dev/zero | tr '\0' m)"; unchanged 422lm
reqj "400 escape in release" 400 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.8.2%0a%1b%5b31mx&machine=pc-q35-5.0"; unchanged 400esc
reqj "400 NUL in machine" 400 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.8.1&machine=pc-q35-5.0%00evil"; unchanged 400nul
reqj "400 NUL in a query value" 400 "$BASE/api/v1/records?release=5.0.0%00x"
reqj "400 NUL in a path" 400 "$BASE/app.js%00.png"
# a v1 dump whose second record is broken: neither is stored
python3 - "$DATA/qemu-8.2.2/pc-i440fx-5.0" > "$T/v1.json" <<'PY'
import json, sys
d = sys.argv[1]
print(json.dumps({"format": "abidb-dump", "version": 1, "qemu": {"version": "8.2.2"},
                  "machine": {"name": "pc-i440fx-5.0", "arch": "x86_64"},
                  "sections": {"qom": json.load(open(d + "/qom.json")), "qmp": json.load(open(d + "/qmp-misc.json"))}}))
PY

# 201 for new content, with the ids and the verdict; 200 for the same bytes again
reqj "upload 201" 201 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$UP"
expect "201 body" "$(jpy "$T/body" '(j["ok"], j["added"], len(j["records"]), j["verdict"] in ("pass", "fail"), "check" in j)')" "(True, 1, 1, True, True)"
NEWID=$(jpy "$T/body" 'j["records"][0]')
expect "stored by the token" "$(sqlite3 "$DB" "SELECT imported_by FROM dump WHERE record_id = $NEWID")" ci
expect "stored as 8.2.2" "$(sqlite3 "$DB" "SELECT l.version || ' ' || l.stream FROM record r JOIN release l ON l.id = r.release_id WHERE r.id = $NEWID")" "8.2.2 upstream"
reqj "upload 200" 200 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$UP"
expect "200 body" "$(jpy "$T/body" '(j["added"], j["unchanged"], j["records"][0])')" "(0, 1, $NEWID)"
before=$(counts)
reqj "422 conflicting dump" 422 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$DATA/qemu-8.2.2/pc-i440fx-5.0/qom.json" "$UP"; unchanged 422c
reqj "upload v1 dump" 201 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$T/v1.json" "$BASE/api/v1/records"
expect "v1 identity" "$(jpy "$T/body" 'j["check"]["items"][0]["record"]["machine"] if "items" in j["check"] else "pc-i440fx-5.0"')" pc-i440fx-5.0
before=$(counts)

# readers keep getting answers while an upload is written
( for i in $(seq 40); do curl -s -o /dev/null -w '%{http_code}\n' "$BASE/api/v1/matrix"; done > "$T/readers" ) &
RPID=$!
reqj "gzip upload during reads" 201 "${AUTH[@]}" -H 'Content-Type: application/gzip' --data-binary @"$VMS" "$BASE/api/v1/records?release=8.2.2&machine=pc-i440fx-5.0"
GEN=$(jpy "$T/body" 'j["generation"]')
wait "$RPID"
expect "readers during upload" "$(sort -u "$T/readers")" 200
expect "readers count" "$(wc -l < "$T/readers")" 40
before=$(counts)
reqj "records after uploads" 200 -H "X-Abidb-Generation: $GEN" "$BASE/api/v1/records"
expect "records after uploads" "$(jpy "$T/body" 'len(j)')" "$(sqlite3 "$DB" 'SELECT count(*) FROM record')"
# readers never wait for a writer: after an upload they get the previous answer while it is
# recomputed in the background; the uploader names the generation it needs and reads its write
N0=$(jpy "$T/body" 'len(j)')
reqj "upload for the refresh" 201 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/api/v1/records?release=9.9.2&machine=pc-q35-5.0"
GEN=$(jpy "$T/body" 'j["generation"]')
reqj "a reader after the upload" 200 "$BASE/api/v1/records"
expect "served the previous answer" "$(jpy "$T/body" 'len(j)')" "$N0"
reqj "the uploader reads its write" 200 -H "X-Abidb-Generation: $GEN" "$BASE/api/v1/records"
expect "with X-Abidb-Generation" "$(jpy "$T/body" 'len(j)')" "$((N0 + 1))"
eventually "then everyone" "$BASE/api/v1/records" 'len(j)' "$((N0 + 1))"
before=$(counts)
req "etag changes with content" 200 -H "If-None-Match: $ETAG" "$BASE/api/v1/matrix"

# --- static files and traversal -----------------------------------------------------------------
req "index" 200 "$BASE/"
expect "index type" "$(header Content-Type)" "text/html; charset=utf-8"
expect "index base" "$(grep -c '<meta name="abidb-base" content="/">' "$T/body")" 1
req "app.js" 200 "$BASE/app.js"
expect "js type" "$(header Content-Type)" "text/javascript; charset=utf-8"
req "style.css" 200 "$BASE/style.css"
expect "css type" "$(header Content-Type)" "text/css; charset=utf-8"
reqj "missing file" 404 "$BASE/nothing.js"
reqj "dotdot" 400 --path-as-is "$BASE/../secret.txt"
reqj "encoded dotdot" 400 --path-as-is "$BASE/%2e%2e/secret.txt"
reqj "encoded slash dotdot" 400 --path-as-is "$BASE/sub%2f..%2f..%2fsecret.txt"
reqj "absolute path" 400 --path-as-is "$BASE//etc/passwd"
reqj "symlink out" 404 "$BASE/sub/link.txt"
expect "no secret leaked" "$(grep -c secret "$T/body")" 0

# --- cached answers follow the database, whoever writes it --------------------------------------
reqj "matrix before" 200 "$BASE/api/v1/matrix?min_severity=break"
notes_before=$(jpy "$T/body" 'sum(1 for r in j["rows"] for c in r["cells"] if c and c["note"])')
reqj "matrix again" 200 "$BASE/api/v1/matrix?min_severity=break"
expect "matrix again is the same" "$(jpy "$T/body" 'sum(1 for r in j["rows"] for c in r["cells"] if c and c["note"])')" "$notes_before"
"$ABIDB" --db "$DB" note add --machine 'pc-*' --path 'acpi/*' --text 'added by another process' >/dev/null
eventually "the new note shows" "$BASE/api/v1/matrix?min_severity=break" 'sum(1 for r in j["rows"] for c in r["cells"] if c and c["note"] and c["note"]["text"] == "added by another process") > 0' True
"$ABIDB" --db "$DB" note rm "$("$ABIDB" --db "$DB" note list --json | python3 -c 'import json,sys; print([n["id"] for n in json.load(sys.stdin) if n["text"] == "added by another process"][0])')" >/dev/null
eventually "the note is gone" "$BASE/api/v1/matrix?min_severity=break" 'sum(1 for r in j["rows"] for c in r["cells"] if c and c["note"] and c["note"]["text"] == "added by another process")' 0

# --- advise: the verdict and acks over HTTP -------------------------------------------------------
reqj "advise" 200 "$BASE/api/v1/advise?machine=pc-i440fx-5.0&created_on=5.0.0&running=5.2.0"
expect "advise verdict" "$(jpy "$T/body" '(j["verdict"], j["remaining"], " ".join(sorted(i["path"].split("/")[-2].lstrip(chr(92)) for i in j["items"] if i["severity"] == "break")))')" "('attention', 2, '_SB.PCI0 _SB.PCI0.ISA.LPT1')"
ACKS=$(jpy "$T/body" '",".join(i["id"] for i in j["items"] if i["severity"] == "break")')
reqj "advise acked" 200 "$BASE/api/v1/advise?machine=pc-i440fx-5.0&created_on=5.0.0&running=5.2.0&ack=$ACKS"
expect "advise acked verdict" "$(jpy "$T/body" '(j["verdict"], j["remaining"], j["acked"])')" "('ok', 0, 2)"
reqj "advise needs three" 400 "$BASE/api/v1/advise?machine=pc-i440fx-5.0&created_on=5.0.0"
reqj "advise unknown release" 404 "$BASE/api/v1/advise?machine=pc-i440fx-5.0&created_on=4.2.0&running=5.2.0"

# --- the access log -----------------------------------------------------------------------------
expect "access log" "$(grep -cE '^127\.0\.0\.1 GET /api/v1/releases 200 [0-9]+ [0-9.]+ms$' "$T/log")" 1
expect "access log 413" "$(grep -cE '^127\.0\.0\.1 POST /api/v1/records 413 [0-9]+ [0-9.]+ms$' "$T/log")" 4

# --- clean shutdown: SIGTERM during an upload answers the upload, then exits ---------------------
curl -s -o "$T/slow-body" -w '%{http_code}' --max-time 30 --limit-rate 64k "${AUTH[@]}" "${JSONT[@]}" \
	--data-binary @"$DATA/qemu-7.2.22/pc-q35-4.0/qom.json" \
	"$BASE/api/v1/records?release=9.9.1&machine=pc-q35-4.0" > "$T/slow-code" &
SLOW=$!
sleep 1
kill -TERM "$SPID"
wait "$SLOW"
wait "$SPID"
expect "SIGTERM exit status" "$?" 0
expect "upload in flight answered" "$(cat "$T/slow-code")" 201
expect "upload in flight stored" "$(sqlite3 "$DB" "SELECT count(*) FROM record r JOIN release l ON l.id = r.release_id WHERE l.version = '9.9.1'")" 1
expect "stop waited for it" "$(grep -c 'shutting down, 1 request(s) in flight' "$T/log")" 1
before=$(counts)

# --- a second server: base path, read-only ------------------------------------------------------
start_server "$T/log2" --web "$T/web" --base-path /abi/ --read-only
BASE=http://127.0.0.1:$PORT
expect "listening line has the base" "$(grep -c "^listening on http://127.0.0.1:$PORT/abi/\$" "$T/log2")" 1
reqj "base releases" 200 "$BASE/abi/api/v1/releases"
reqj "outside base" 404 "$BASE/api/v1/releases"
reqj "base prefix only" 404 "$BASE/abix/api/v1/releases"
req "base index" 200 "$BASE/abi/"
expect "base href" "$(grep -c '<base href="/abi/">' "$T/body")" 1
expect "base meta" "$(grep -c '<meta name="abidb-base" content="/abi/">' "$T/body")" 1
req "base app.js" 200 "$BASE/abi/app.js"
reqj "base diff" 200 "$BASE/abi/api/v1/diff?machine=pc-i440fx-5.0&from=5.0.0&to=5.2.0"
reqj "base traversal" 400 --path-as-is "$BASE/abi/../abi/%2e%2e/secret.txt"
reqj "read-only upload" 405 "${AUTH[@]}" "${JSONT[@]}" --data-binary @"$QOM" "$BASE/abi/api/v1/records"; unchanged ro
kill -INT "$SPID"
wait "$SPID"
expect "SIGINT exit status" "$?" 0

# --- slowloris: 180 connections trickling headers from three addresses (each under --per-ip 64)
# neither starve a client at a fourth address nor hold their slots past the header timeout -------
start_server "$T/log3" --header-timeout 3
python3 "$(dirname "$0")/slowloris.py" "$PORT" 180 3 > "$T/slow" 2>&1
read -r what status took < <(grep '^answered' "$T/slow")
expect "a fourth address is answered" "$status" 200
expect "within 2 s" "$(python3 -c "print(float('${took:-99}') < 2)")" True
expect "the tricklers are cut" "$(grep '^cut' "$T/slow")" "cut 180 of 180"
kill -TERM "$SPID"
wait "$SPID"
expect "cuts in the log" "$(grep -c 'connection(s) cut for slow headers' "$T/log3")" 1

echo "http: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
