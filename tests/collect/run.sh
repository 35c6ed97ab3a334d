#!/bin/bash
# run.sh: tests of abidb collect against a real QEMU (Debian 12's qemu-system-x86, QEMU 7.2.22, the
# build that made tests/data/qemu-7.2.22).  A repeated dump of the same binary must give the same
# facts: each collected record is diffed against the bundled one and must show 0 differences in the
# properties and migration views.  That tests the collector (same command line, same walk as the
# shared data's producer) and abidb's ignore list of volatile values.
# usage: tests/collect/run.sh ./abidb   (prints "collect: N passed, M failed"; exit 1 on any failure)
# Skipped (exit 0) only when qemu-system-x86_64 is missing and cannot be installed.
# QEMU=/path/to/qemu-system-x86_64 picks another binary; KEEP=1 keeps the scratch folder.
set -u

ABIDB=$(realpath "${1:?usage: run.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
BUNDLED=qemu-7.2.22
BUNDLED_RELEASE=7.2.22
MACHINES="pc-q35-4.0 pc-i440fx-4.1"
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
expect() {	# expect NAME ACTUAL WANTED
	if [ "$2" == "$3" ]; then ok; else bad "$1: got '$2', expected '$3'"; fi
}
# jpy FILE EXPR: evaluate a Python expression on the JSON document as `j`
jpy() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(eval("(" + sys.argv[2] + ")"))' "$1" "$2" 2>&1; }

# Find QEMU; install Debian's package when it is missing and we may.
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
if [ -z "$QEMU" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "collect: installing qemu-system-x86 (apt-get)" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q qemu-system-x86 >/dev/null 2>&1 ||
		{ apt-get update -q >/dev/null 2>&1 && apt-get install -y -q qemu-system-x86 >/dev/null 2>&1; }
	QEMU=$(command -v qemu-system-x86_64 || true)
fi
if [ -z "$QEMU" ]; then
	echo "collect: SKIP: qemu-system-x86_64 is not installed and could not be installed" \
	     "(apt-get install qemu-system-x86)" >&2
	echo "collect: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
QEMU=$(realpath "$QEMU")
# "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)" -> 7.2.22
QVER=$("$QEMU" --version | sed -n '1s/^QEMU emulator version \([0-9.]*\).*/\1/p')

T=$(mktemp -d "${TMPDIR:-/tmp}/abidb-collect-test.XXXXXX")
DB=$T/db.sqlite
mkdir -p "$T/tmp"
cleanup() {
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
# the collector's private folders go here, so that leftovers can be seen
export TMPDIR=$T/tmp

leftovers() { ls -A "$T/tmp"; }

# --- arguments and failures ------------------------------------------------------------------------
"$ABIDB" collect >/dev/null 2>"$T/err"
expect "no arguments: exit 2" "$?" 2
"$ABIDB" collect --qemu "$QEMU" --machine pc --timeout 0 >/dev/null 2>"$T/err"
expect "--timeout 0: exit 2" "$?" 2
"$ABIDB" collect --qemu "$QEMU" --machine 'pc;x' >/dev/null 2>"$T/err"
expect "bad machine name: exit 2" "$?" 2

"$ABIDB" collect --qemu "$T/no-such-qemu" --machine pc >"$T/out" 2>"$T/err"
expect "missing binary: exit 3" "$?" 3
grep -q "cannot run '$T/no-such-qemu'" "$T/err" && ok || bad "missing binary: message: $(cat "$T/err")"
expect "missing binary: no output" "$(wc -c <"$T/out")" 0

"$ABIDB" collect --qemu "$QEMU" --machine no-such-machine-9.9 --out "$T/bad.json" 2>"$T/err"
expect "unknown machine type: exit 3" "$?" 3
grep -q "no-such-machine-9.9.*before QMP was ready.*unsupported machine type" "$T/err" && ok ||
	bad "unknown machine type: message names the step and QEMU's complaint: $(cat "$T/err")"
[ ! -e "$T/bad.json" ] && ok || bad "unknown machine type: --out file was written"
expect "unknown machine type: temp folder removed" "$(leftovers)" ""

# A "QEMU" that never opens its QMP socket: the timeout must end it, and kill it, and what it
# started (a wrapper script's child: the whole process group).
cat >"$T/hang-qemu" <<EOF
#!/bin/sh
sleep 60 &
echo \$! > "$T/hang.pid"
wait
EOF
chmod +x "$T/hang-qemu"
start=$(date +%s)
"$ABIDB" collect --qemu "$T/hang-qemu" --machine pc --timeout 2 >/dev/null 2>"$T/err"
rc=$? took=$(($(date +%s) - start))
expect "hanging qemu: exit 3" "$rc" 3
grep -q "no QMP connection within 2 s" "$T/err" && ok || bad "hanging qemu: message: $(cat "$T/err")"
[ "$took" -le 10 ] && ok || bad "hanging qemu: took ${took}s with --timeout 2"
sleep 0.2
# (a killed orphan may linger as a zombie where no init reaps it: that is dead)
alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [ -n "$st" ] && [ "${st#Z}" = "$st" ]; }
if [ ! -s "$T/hang.pid" ]; then
	bad "hanging qemu: the fake qemu did not start"
elif alive "$(cat "$T/hang.pid")"; then
	bad "hanging qemu: process $(cat "$T/hang.pid") still runs"
	kill -KILL "$(cat "$T/hang.pid")"
else
	ok
fi
expect "hanging qemu: temp folder removed" "$(leftovers)" ""

# --- the real thing -------------------------------------------------------------------------------
"$ABIDB" --db "$DB" import "$DATA/$BUNDLED" >"$T/import.out" 2>&1
expect "import bundled $BUNDLED" "$?" 0

# record_id RELEASE STREAM MACHINE
record_id() {
	"$ABIDB" --db "$DB" list records --json >"$T/records.json" &&
	python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(open(sys.argv[1]))
		if (r["release"], r["stream"], r["machine"]) == tuple(sys.argv[2:5])))' "$T/records.json" "$1" "$2" "$3"
}

for m in $MACHINES; do
	out=$T/$m.abidb.json
	if [ "$m" = pc-i440fx-4.1 ]; then
		# through a pipe, as a CI job uploads it
		"$ABIDB" collect --qemu "$QEMU" --machine "$m" 2>"$T/err" | tee "$out" |
			"$ABIDB" --db "$DB" import --stream collected - >"$T/imp" 2>&1
		st=("${PIPESTATUS[@]}")
		expect "$m: collect to stdout: exit 0 ($(cat "$T/err"))" "${st[0]}" 0
		expect "$m: import - --stream collected: exit 0 ($(cat "$T/imp"))" "${st[2]}" 0
	else
		"$ABIDB" collect --qemu "$QEMU" --machine "$m" --out "$out" 2>"$T/err"
		expect "$m: collect --out: exit 0 ($(cat "$T/err"))" "$?" 0
		"$ABIDB" --db "$DB" import --stream collected "$out" >"$T/imp" 2>&1
		expect "$m: import --stream collected: exit 0 ($(cat "$T/imp"))" "$?" 0
	fi
	expect "$m: temp folder removed" "$(leftovers)" ""
	expect "$m: header" "$(jpy "$out" '(j["format"], j["version"], j["machine"]["name"], j["machine"]["arch"], j["collector"]["name"],
		sorted(j["sections"]))')" \
		"('abidb-dump', 1, '$m', 'x86_64', 'abidb collect', ['qmp', 'qom', 'vmdesc', 'vmstate'])"
	expect "$m: qemu version is QEMU's" "$(jpy "$out" 'j["qemu"]["version"]')" "$QVER"
	pkg=$(jpy "$out" 'j["qemu"]["package"]')
	case $pkg in
	Debian*) expect "$m: stream inferred from '$pkg'" "$(jpy "$out" 'j["qemu"]["stream"]')" debian ;;
	"") expect "$m: stream inferred from an empty package" "$(jpy "$out" 'j["qemu"]["stream"]')" upstream ;;
	esac
	expect "$m: when is UTC ISO 8601" \
		"$(jpy "$out" 'bool(__import__("re").fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", j["collector"]["when"]))')" True
	# the layouts are those of the shared data
	expect "$m: qom.json layout" "$(jpy "$out" 'all(set(o) == {"type", "props"} and all(set(p) in ({"type", "value"},
		{"type", "error"}) for p in o["props"].values()) for o in j["sections"]["qom"].values())
		and "/machine" in j["sections"]["qom"] and "/objects" in j["sections"]["qom"]')" True
	expect "$m: qmp-misc.json commands" "$(jpy "$out" 'sorted(j["sections"]["qmp"])')" \
		"$(python3 -c 'import json,sys; print(sorted(json.load(open(sys.argv[1]))))' "$DATA/$BUNDLED/$m/qmp-misc.json")"
	expect "$m: migration completed" "$(jpy "$out" 'j["sections"]["vmdesc"]["status"]')" completed

	if [ "$QVER" != "$BUNDLED_RELEASE" ]; then
		echo "collect: SKIP: $QEMU is QEMU $QVER, the bundled records are $BUNDLED_RELEASE:" \
		     "no same-binary comparison for $m" >&2
		skip=$((skip + 1))
		continue
	fi
	a=$(record_id "$BUNDLED_RELEASE" debian "$m")
	b=$(record_id "$QVER" collected "$m")
	if [ -z "$a" ] || [ -z "$b" ]; then
		bad "$m: records not found (bundled '$a', collected '$b')"
		continue
	fi
	for view in properties migration; do
		"$ABIDB" --db "$DB" diff "$a" "$b" --view "$view" >"$T/diff" 2>&1
		rc=$?
		if [ "$rc" = 0 ] && grep -q '^0 differences' "$T/diff"; then
			ok
		else
			bad "$m: diff bundled #$a collected #$b --view $view: exit $rc, expected 0 differences:"
			head -40 "$T/diff" >&2
		fi
	done
	# the same diff must see a real difference: the other machine type of the same family
	case $m in
	pc-q35-4.0) other=pc-q35-5.0 ;;
	*) other=pc-i440fx-5.0 ;;
	esac
	o=$(record_id "$BUNDLED_RELEASE" debian "$other")
	"$ABIDB" --db "$DB" diff "$o" "$b" --view properties >"$T/diff" 2>&1
	expect "$m: diff against $other sees differences (exit 1)" "$?" 1
done

# Importing the same bytes again changes nothing.
"$ABIDB" --db "$DB" import --stream collected "$T/pc-q35-4.0.abidb.json" >"$T/imp" 2>&1
expect "re-import: exit 0" "$?" 0
grep -q "already imported" "$T/imp" && ok || bad "re-import: not unchanged: $(cat "$T/imp")"

# --no-vmstate --no-vmdesc: only the QOM walk and the QMP replies; --stream is kept.
"$ABIDB" collect --qemu "$QEMU" --machine pc-q35-4.0 --no-vmstate --no-vmdesc --stream ci-test \
	--out "$T/small.json" 2>"$T/err"
expect "--no-vmstate --no-vmdesc: exit 0 ($(cat "$T/err"))" "$?" 0
expect "--no-vmstate --no-vmdesc: sections" "$(jpy "$T/small.json" 'sorted(j["sections"])')" "['qmp', 'qom']"
expect "--stream is written" "$(jpy "$T/small.json" 'j["qemu"]["stream"]')" ci-test

# An old machine type suppresses the migration description: recorded, not an error.
if [ "$QVER" = "$BUNDLED_RELEASE" ]; then
	"$ABIDB" collect --qemu "$QEMU" --machine pc-i440fx-2.0 --no-vmstate --out "$T/old.json" 2>"$T/err"
	expect "pc-i440fx-2.0: exit 0 ($(cat "$T/err"))" "$?" 0
	expect "pc-i440fx-2.0: vmdesc suppressed" \
		"$(jpy "$T/old.json" '(j["sections"]["vmdesc"]["status"], j["sections"]["vmdesc"]["vmdesc_suppressed"],
			"vmdesc" in j["sections"]["vmdesc"])')" "('completed', True, False)"
fi

if [ "$skip" -gt 0 ]; then
	echo "collect: $pass passed, $fail failed, $skip skipped"
else
	echo "collect: $pass passed, $fail failed"
fi
[ "$fail" = 0 ]
