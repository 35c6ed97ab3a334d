#!/bin/bash
# bench/run.sh: abidb's benchmarks (issue 2 section 7, issue 3 "Speed").
#
#   bench/run.sh [ABIDB]          (make bench runs it with ./abidb)
#
# Every figure is printed beside a reference measured in the same run, as a
# ratio.  Data: ../shared/data/qemu-* when present, else the bundled sample
# tests/data/qemu-*.  Output goes to the terminal and to bench/out/bench.txt;
# the closing summary block (also bench/out/summary.md) is for the README.
#
# Knobs: BENCH_RUNS (import runs, default 3), BENCH_DATA (a folder holding
# qemu-* release folders), BENCH_SECTION (the section changed in the diff
# growth table, default acpi), BENCH_TMP (where scratch files go, default
# $TMPDIR or /tmp).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${BENCH_RUNS:-3}
SECTION=${BENCH_SECTION:-acpi}
# shellcheck source=bench/common.sh
. bench/common.sh
bench_setup bench "${1:-./abidb}"

TMP=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/abidb-bench.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# The library the binary was linked with, and the packages the Makefile uses.
BDIR=$(dirname "$ABIDB")
[ "$BDIR" = "$ROOT" ] && BDIR=$ROOT/build
LIBA=$BDIR/libabidb.a
PKGS=$(sed -n 's/^PKGS *= *//p' Makefile)
SANFLAGS=
[ "$(basename "$BDIR")" = build-san ] && SANFLAGS="-fsanitize=${SANITIZE:-address,undefined}"

f() { awk "BEGIN { printf \"$1\", $2 }"; }	# f FORMAT EXPR: float arithmetic
ms() { awk -v x="$1" 'BEGIN { printf (x < 1 ? "%.3f" : x < 100 ? "%.2f" : "%.0f"), x }'; }	# a time in ms
ok() { awk "BEGIN { exit !($1) }" && echo ok || echo MISSED; }
field() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }

main() {
	local CC=${CC:-cc} cflags="-std=gnu11 -O2 -g -Wall -Wextra -D_GNU_SOURCE"
	local b
	# shellcheck disable=SC2046 # pkg-config output is meant to be split into flags
	for b in raw_insert timecmd dbsize; do
		$CC $cflags $SANFLAGS -o "$TMP/$b" "bench/$b.c" $(pkg-config --cflags --libs sqlite3)
	done
	[ -f "$LIBA" ] || make -s "${LIBA#$ROOT/}"
	# shellcheck disable=SC2046
	$CC $cflags $SANFLAGS -Ibase -Istore -Iimporter -Iquery -I"$BDIR" -o "$TMP/diff_growth" bench/diff_growth.c "$LIBA" \
		$(pkg-config --cflags --libs $PKGS) -lpthread
	local T=$TMP/timecmd

	local inbytes nrel
	inbytes=$(du -sbc "${INPUTS[@]}" | tail -1 | cut -f1)
	nrel=${#INPUTS[@]}
	echo "abidb benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "  binary:  $ABIDB ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+dirty'))"
	echo "  data:    $DATA ($nrel releases: $(cd "$DATA" && echo qemu-* | sed 's/qemu-//g'); $(f %.1f "$inbytes/1e6") MB input)"
	echo "  machine: $(nproc) cores, $(uname -sr), SQLite $(pkg-config --modversion sqlite3)"
	echo

	# ---- 1. import, beside a raw SQLite insert of the same number of rows ----
	echo "== 1. Import (fresh database each run, $RUNS runs, interleaved with the raw inserts) =="
	local i facts=0 rss=0 timeargs=() imp=() raw=() rawwr=()
	[ -x /usr/bin/time ] && timeargs=(/usr/bin/time -f %M -o "$TMP/rss")
	printf '  %-4s %12s %14s %10s %16s %18s\n' run "import s" "facts/s" "RSS MB" "raw rows/s" "raw WITHOUT ROWID"
	for ((i = 1; i <= RUNS; i++)); do
		rm -f "$TMP"/db.sqlite*
		read -r ms _ _ krss < <("$T" -o "$TMP/import.out" 1 "${timeargs[@]}" "$ABIDB" --db "$TMP/db.sqlite" import "${INPUTS[@]}")
		[ -s "$TMP/rss" ] && krss=$(tail -1 "$TMP/rss")
		facts=$(awk '{ for (i = 2; i <= NF; i++) if ($i == "facts" && $(i+1) == "decoded") n += $(i-1) } END { print n + 0 }' "$TMP/import.out")
		[ "$facts" -gt 0 ] || { echo "bench: import decoded no facts:"; cat "$TMP/import.out"; exit 1; }
		grep -q ' 0 failed' "$TMP/import.out" || { echo "bench: import had failures:"; cat "$TMP/import.out"; }
		[ "$krss" -gt "$rss" ] && rss=$krss
		imp+=("$ms")
		rm -f "$TMP"/raw.sqlite*
		read -r _ rs < <("$TMP/raw_insert" "$TMP/raw.sqlite" "$facts" rowid)
		rm -f "$TMP"/raw.sqlite*
		read -r _ rws < <("$TMP/raw_insert" "$TMP/raw.sqlite" "$facts" without-rowid)
		rm -f "$TMP"/raw.sqlite*
		raw+=("$rs") rawwr+=("$rws")
		printf '  %-4s %12.3f %14.0f %10.1f %16.0f %18.0f\n' "$i" "$(f %f "$ms/1e3")" "$(f %f "$facts/($ms/1e3)")" \
			"$(f %f "$krss/1024")" "$(f %f "$facts/$rs")" "$(f %f "$facts/$rws")"
	done
	local imp_s raw_s rawwr_s
	imp_s=$(printf '%s\n' "${imp[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2) / 1e3 }')
	raw_s=$(printf '%s\n' "${raw[@]}" | sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }')
	rawwr_s=$(printf '%s\n' "${rawwr[@]}" | sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }')
	local imp_rate raw_rate rawwr_rate imp_ratio
	imp_rate=$(f %.0f "$facts/$imp_s")
	raw_rate=$(f %.0f "$facts/$raw_s")
	rawwr_rate=$(f %.0f "$facts/$rawwr_s")
	imp_ratio=$(f %.2f "$imp_rate/$raw_rate")
	"$TMP/dbsize" "$TMP/db.sqlite" >"$TMP/size.txt"
	local gf records
	gf=$(awk '$1 == "table" && $2 == "grp_fact" { print $4 }' "$TMP/size.txt")
	records=$(awk '$1 == "table" && $2 == "record" { print $4 }' "$TMP/size.txt")
	echo "  medians: import $(f %.3f "$imp_s") s for $facts facts decoded ($records records) = $imp_rate facts/s"
	echo "           raw insert of $facts (int,int,int) rows, composite primary key, one transaction,"
	echo "           prepared statement, keys in order, WAL + synchronous=NORMAL: $(f %.3f "$raw_s") s = $raw_rate rows/s"
	echo "           (same table WITHOUT ROWID, like grp_fact: $rawwr_rate rows/s)"
	echo "  import / raw insert rate:          $imp_ratio   (target >= 0.5: $(ok "$imp_ratio >= 0.5"))"
	echo "  import / raw WITHOUT ROWID rate:   $(f %.2f "$imp_rate/$rawwr_rate")"
	echo "  unique fact rows stored (grp_fact): $gf = $(f %.0f "$gf/$imp_s") rows/s; $(f %.1f "$facts/$gf") logical facts per stored row"
	echo "  peak RSS: $(f %.1f "$rss/1024") MB (max over runs; $([ ${#timeargs[@]} -gt 0 ] && echo '/usr/bin/time %M' || echo 'wait4 ru_maxrss'))"
	echo

	# ---- 3. size (before the re-import, which must not change it) ----
	echo "== 3. Size (after PRAGMA wal_checkpoint(TRUNCATE)) =="
	local dbfile dbwal dbbytes size_ratio
	dbfile=$(field file "$TMP/size.txt")
	dbwal=$(field wal "$TMP/size.txt")
	dbbytes=$((dbfile + dbwal))
	size_ratio=$(f %.3f "$dbbytes/$inbytes")
	echo "  database $dbbytes bytes (file $dbfile + wal $dbwal), inputs $inbytes bytes (du -sb)"
	echo "  database / inputs: $size_ratio   (target <= 0.25: $(ok "$size_ratio <= 0.25"))"
	if grep -q '^table' "$TMP/size.txt"; then
		printf '  %-16s %12s %7s %10s %9s\n' table bytes "% db" rows "B/row"
		awk -v t="$dbfile" '$1 == "table" && $3 > 0 {
			printf "  %-16s %12d %6.1f%% %10d %9s\n", $2, $3, 100 * $3 / t, $4, (($4 > 0) ? sprintf("%.0f", $3 / $4) : "-") }' "$TMP/size.txt"
		local blob
		blob=$(awk '$1 == "table" && $2 == "blob" { print $3 }' "$TMP/size.txt")
		echo "  raw inputs (blob, zlib): $(f %.3f "$blob/$inbytes") of the inputs; everything else: $(f %.3f "($dbfile-$blob)/$inbytes")"
	else
		echo "  (per-table breakdown: this SQLite has no dbstat)"
	fi
	echo

	# ---- 2. re-import ----
	echo "== 2. Re-import of the same data into the same database =="
	local re_ms re_ratio
	read -r re_ms re_min re_max re_rss < <("$T" -o "$TMP/reimport.out" 5 "$ABIDB" --db "$TMP/db.sqlite" import "${INPUTS[@]}")
	local known
	known=$(grep -c 'already imported' "$TMP/reimport.out" || true)
	re_ratio=$(f %.1f "$imp_s*1e3/$re_ms")
	"$TMP/dbsize" "$TMP/db.sqlite" >"$TMP/size2.txt"
	echo "  re-import: median $(f %.1f "$re_ms") ms of 5 (min $(f %.1f "$re_min"), max $(f %.1f "$re_max")), RSS $(f %.1f "$re_rss/1024") MB;"
	echo "  $known of $nrel inputs said 'already imported'; database size afterwards: $(( $(field file "$TMP/size2.txt") + $(field wal "$TMP/size2.txt") )) bytes"
	echo "  first import / re-import: ${re_ratio}x   (target >= 20: $(ok "$re_ratio >= 20"))"
	echo

	# ---- 4. diff growth ----
	echo "== 4. Diff (issue 3: the cost must grow with what differs) =="
	cp "$TMP/db.sqlite" "$TMP/growth.sqlite"
	"$TMP/diff_growth" "$TMP/growth.sqlite" "$SECTION" >"$TMP/growth.txt"
	rm -f "$TMP"/growth.sqlite*
	grep -v '^@' "$TMP/growth.txt" | sed 's/^/  /'
	local gold golda pgm pgx pam pax np
	gold=$(field @golden_guest_ms "$TMP/growth.txt")
	golda=$(field @golden_all_ms "$TMP/growth.txt")
	np=$(field @pairs "$TMP/growth.txt")
	pgm=$(field @pairs_guest_median_ms "$TMP/growth.txt")
	pgx=$(field @pairs_guest_max_ms "$TMP/growth.txt")
	pam=$(field @pairs_all_median_ms "$TMP/growth.txt")
	pax=$(field @pairs_all_max_ms "$TMP/growth.txt")
	g() { awk -v m="$1" -v k="$2" '$1 == "@growth" && $2 == m && $3 == k { print $4 }' "$TMP/growth.txt"; }
	local -a G
	local m k
	for m in 0 1 2 3; do for k in 1 10 100; do G[m * 1000 + k]=$(g $m $k); done; done

	# the CLI, process start included
	local list_ms diff_ms mg_ms ma_ms
	read -r list_ms _ < <("$T" 11 "$ABIDB" --db "$TMP/db.sqlite" list)
	echo
	if [ -n "$gold" ]; then
		read -r diff_ms _ < <("$T" 11 "$ABIDB" --db "$TMP/db.sqlite" diff pc-i440fx-5.0 --from 5.0.0 --to 5.2.0)
		echo "  CLI: abidb diff pc-i440fx-5.0 --from 5.0.0 --to 5.2.0: $(f %.2f "$diff_ms") ms, median of 11, = $(f %.2f "$diff_ms/$list_ms")x 'abidb list' ($(f %.2f "$list_ms") ms)"
	fi
	echo "  real-pair target, diff under 5 ms: guest view median $pgm / max $pgx ms: $(ok "$pgx < 5");" \
		"all views median $pam / max $pax ms: $(ok "$pax < 5")"
	echo

	# ---- 5. matrix ----
	echo "== 5. Matrix of the whole dataset (CLI, process start included; median) =="
	read -r mg_ms mg_min mg_max _ < <("$T" 7 "$ABIDB" --db "$TMP/db.sqlite" matrix)
	read -r ma_ms ma_min ma_max _ < <("$T" 5 "$ABIDB" --db "$TMP/db.sqlite" matrix --view all)
	read -r mj_ms _ < <("$T" 7 "$ABIDB" --db "$TMP/db.sqlite" matrix --json)
	printf '  %-34s %10s %10s %10s %10s\n' command "median ms" "min" "max" "x list"
	printf '  %-34s %10.2f %10s %10s %10.2f\n' "abidb list (start + open)" "$list_ms" "" "" 1
	printf '  %-34s %10.2f %10.2f %10.2f %10.1f\n' "abidb matrix (guest view)" "$mg_ms" "$mg_min" "$mg_max" "$(f %f "$mg_ms/$list_ms")"
	printf '  %-34s %10.2f %10s %10s %10.1f\n' "abidb matrix --json (guest view)" "$mj_ms" "" "" "$(f %f "$mj_ms/$list_ms")"
	printf '  %-34s %10.2f %10.2f %10.2f %10.1f\n' "abidb matrix --view all" "$ma_ms" "$ma_min" "$ma_max" "$(f %f "$ma_ms/$list_ms")"
	echo "  target, matrix under 100 ms: guest view $(ok "$mg_ms < 100"), all views $(ok "$ma_ms < 100")"
	echo

	# ---- summary ----
	local dsrc
	case $DATA in */shared/data) dsrc="../shared/data" ;; "$ROOT"/tests/data) dsrc="tests/data (bundled sample)" ;; *) dsrc=$DATA ;; esac
	{
	echo "Benchmark ($(date -u +%Y-%m-%d), \`make bench\`; data: $dsrc, $records records in $nrel releases, $(f %.1f "$inbytes/1e6") MB; $(nproc) cores, SQLite $(pkg-config --modversion sqlite3)). Every reference was measured in the same run."
	echo
	echo "| Measure | Result | Reference (same run) | Ratio | Target |"
	echo "|---|---|---|---|---|"
	echo "| Import, new content | $(f %.0f "$imp_rate/1e3")k facts/s ($facts facts, $(f %.2f "$imp_s") s) | raw insert, (int,int,int) composite key: $(f %.0f "$raw_rate/1e3")k rows/s | $imp_ratio | >= 0.5: $(ok "$imp_ratio >= 0.5") |"
	echo "| Unique fact rows stored | $gf grp_fact rows, $(f %.0f "$gf/$imp_s/1e3")k rows/s | $facts facts decoded | $(f %.3f "$gf/$facts") | |"
	echo "| Peak RSS, import | $(f %.0f "$rss/1024") MB | | | |"
	echo "| Re-import | $(f %.0f "$re_ms") ms | first import $(f %.2f "$imp_s") s | ${re_ratio}x | >= 20: $(ok "$re_ratio >= 20") |"
	echo "| Database size, raw inputs included | $(f %.1f "$dbbytes/1e6") MB | inputs $(f %.1f "$inbytes/1e6") MB | $size_ratio | <= 0.25: $(ok "$size_ratio <= 0.25") |"
	[ -n "$gold" ] && echo "| Diff pc-i440fx-5.0 5.0.0 -> 5.2.0 | $gold ms guest view, $golda ms all views | | | < 5 ms: $(ok "$golda < 5") |"
	echo "| Diff, $np real pairs, guest view | median $pgm ms, max $pgx ms | | | < 5 ms: $(ok "$pgx < 5") |"
	echo "| Diff, $np real pairs, all views | median $pam ms, max $pax ms | | | < 5 ms: $(ok "$pax < 5") |"
	local names=("identical" "one group changed" "one section ($SECTION) changed" "no shared group")
	for m in 0 1 2 3; do
		echo "| Diff growth, ${names[m]}, 1x / 10x / 100x | $(ms "${G[m*1000+1]}") / $(ms "${G[m*1000+10]}") / $(ms "${G[m*1000+100]}") ms | 1x | $(f %.1f "${G[m*1000+10]}/${G[m*1000+1]}") / $(f %.1f "${G[m*1000+100]}/${G[m*1000+1]}") | $(case $m in 0) echo "constant" ;; 1) echo "grows at most with the section" ;; 2) echo "grows with the section" ;; 3) echo "linear (10 / 100)" ;; esac) |"
	done
	echo "| Matrix, guest view | $(f %.0f "$mg_ms") ms | abidb list $(f %.1f "$list_ms") ms | $(f %.1f "$mg_ms/$list_ms")x | < 100 ms: $(ok "$mg_ms < 100") |"
	echo "| Matrix, all views | $(f %.0f "$ma_ms") ms | abidb list $(f %.1f "$list_ms") ms | $(f %.1f "$ma_ms/$list_ms")x | < 100 ms: $(ok "$ma_ms < 100") |"
	} >"$OUT/summary.md"
	echo "== Summary (also in bench/out/summary.md) =="
	cat "$OUT/summary.md"
}

main 2>&1 | tee "$OUT/bench.txt"
bench/server.sh "$ABIDB" 2>&1 | tee -a "$OUT/bench.txt"	# HTTP (issue 4): appends its rows to bench/out/summary.md
bench/collect.sh "$ABIDB" 2>&1 | tee -a "$OUT/bench.txt"	# collect (issue 10): appends its rows to bench/out/summary.md
bench/scale.sh "$ABIDB" 2>&1 | tee -a "$OUT/bench.txt"	# 100x the data (issue 12): appends its rows to bench/out/summary.md
