#!/usr/bin/env bash
# checker.sh: every finding of QEMU's vmstate-static-checker.py on a real pair of tests/data has an
# abidb entry (migration and devices views), in both directions of the pair.
#
# usage: tests/migration/checker.sh ./abidb
# With VMSTATE_CHECKER=/path/to/qemu/scripts/vmstate-static-checker.py the findings come from QEMU's
# script itself; without, from checker-findings.py's rewrite of its rules.
set -u
abidb=$(realpath "${1:?usage: checker.sh ABIDB}")
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ABIDB_DB="$work/checker.sqlite" NO_COLOR=1
"$abidb" import -q "$top"/tests/data/qemu-* >"$work/import.log" 2>&1 || { cat "$work/import.log"; echo "checker: cannot import tests/data"; exit 1; }
find="$top/tests/migration/checker-findings.py"
checker=()
[ -n "${VMSTATE_CHECKER:-}" ] && checker=(--checker "$VMSTATE_CHECKER")
pass=0 fail=0 nfind=0
releases=(5.0.0 5.2.0 6.2.0 7.2.22 8.2.2)
for m in pc-q35-5.0 pc-i440fx-5.0; do
	for ((i = 0; i + 1 < ${#releases[@]}; i++)); do
		a=${releases[i]} b=${releases[i + 1]}
		va="$top/tests/data/qemu-$a/$m/vmstate.json.gz" vb="$top/tests/data/qemu-$b/$m/vmstate.json.gz"
		"$abidb" diff "$m" --from "$a" --to "$b" --view migration,devices --json >"$work/diff.json"
		[ $? -le 1 ] || { echo "FAIL $m $a -> $b: abidb diff failed"; fail=$((fail + 1)); continue; }
		{ python3 "$find" "${checker[@]}" "$va" "$vb"; python3 "$find" "${checker[@]}" "$vb" "$va"; } | sort -u >"$work/findings"
		nfind=$((nfind + $(wc -l <"$work/findings")))
		python3 - "$work/diff.json" "$work/findings" "$m $a <-> $b" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
paths = [e["path"] for s in d["sections"] for e in s["entries"]]
bad = 0
for line in open(sys.argv[2]):
    sec, kind, name = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    under = [p for p in paths if p.startswith("vmstate/" + sec + "/")]
    if kind == "section":
        hit = under
    elif kind in ("version", "minimum-version"):
        hit = [p for p in under if p.endswith("version_id")]
    elif kind == "subsection":
        hit = [p for p in under if "/sub/" + name + "/" in p]
    else:
        hit = [p for p in under if "/" + name + "/" in p or p.endswith("/" + name)]
    if not hit:
        print(f"FAIL {sys.argv[3]}: checker finding {sec} {kind} {name} has no abidb entry")
        bad += 1
sys.exit(1 if bad else 0)
PY
		if [ $? -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
	done
done
echo "checker: $pass pairs passed, $fail failed ($nfind findings of ${VMSTATE_CHECKER:+QEMU\'s }vmstate-static-checker${VMSTATE_CHECKER:- rules})"
[ "$fail" -eq 0 ]
