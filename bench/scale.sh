#!/bin/bash
# bench/scale.sh: abidb at about 100 times the real data (issue 12, "Scale").
#
#   bench/scale.sh [ABIDB]          (bench/run.sh runs it after the HTTP and collect steps)
#
# 1x: the data's qemu-* folders imported into a fresh database (abidb import).  100x: a copy of it
# grown by bench/scale.c through the store: after each real release R, SCALE_STEPS (default 99)
# synthetic point releases of R's machine types.  SCALE_MODEL=replay (the default): they replay
# each machine type's real change from R to the next real release, spread over them (each group
# slot in which the two real records differ flips at a seeded step), so neighbours share all but
# what flips between them and every change is a real one with its real severity; the releases
# after the last real one are its stable point releases.  SCALE_MODEL=random: each changes a
# seeded random SCALE_FRACTION (default 0.01) of its predecessor's distinct groups (one fact's
# value in each, a made-up value), shared by every record that had the group: a stress case in
# which nearly every point release breaks every machine type's ABI.  Then, on
# both databases in this run: the size on disk, the import rate of real `abidb import` (one real
# release folder imported again as a new release, 9.0.0/bench), `abidb check` of that new release,
# `abidb diff` of neighbouring and of far-apart records, and `abidb matrix` (default view and
# --view all), each at 100x beside 1x, as ratios.  Goals: database <= 2 GB, diff < 50 ms,
# matrix < 1 s.
#
# Output: the terminal and bench/out/scale.txt; the summary rows (starting "| Scale") replace any
# earlier ones at the end of bench/out/summary.md.
#
# Knobs: BENCH_DATA, BENCH_TMP (scratch, default $TMPDIR or /tmp; needs about 1 GB), SCALE_STEPS,
# SCALE_MODEL, SCALE_FRACTION, SCALE_SEED (default 1), SCALE_SAMPLE (the release folder imported as the new
# release, default the data's last qemu-* folder).
set -euo pipefail

cd "$(dirname "$0")/.."
STEPS=${SCALE_STEPS:-99}
FRACTION=${SCALE_FRACTION:-0.01}
MODEL=${SCALE_MODEL:-replay}
SEED=${SCALE_SEED:-1}
# shellcheck source=bench/common.sh
. bench/common.sh
bench_setup bench/scale.sh "${1:-./abidb}"
SAMPLE=${SCALE_SAMPLE:-${INPUTS[-1]}}

TMP=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/abidb-scale.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

BDIR=$(dirname "$ABIDB")
[ "$BDIR" = "$ROOT" ] && BDIR=$ROOT/build
LIBA=$BDIR/libabidb.a
PKGS=$(sed -n 's/^PKGS *= *//p' Makefile)

f() { awk "BEGIN { printf \"$1\", $2 }"; }
ms() { awk -v x="$1" 'BEGIN { printf (x < 1 ? "%.3f" : x < 100 ? "%.2f" : "%.0f"), x }'; }
ok() { awk "BEGIN { exit !($1) }" && echo ok || echo MISSED; }
field() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }
now_ms() { date +%s%3N; }

main() {
	local CC=${CC:-cc} cflags="-std=gnu11 -O2 -g -Wall -Wextra -D_GNU_SOURCE" b
	for b in timecmd dbsize; do
		# shellcheck disable=SC2046
		$CC $cflags -o "$TMP/$b" "bench/$b.c" $(pkg-config --cflags --libs sqlite3)
	done
	[ -f "$LIBA" ] || make -s "${LIBA#$ROOT/}"
	# shellcheck disable=SC2046
	$CC $cflags -Ibase -Istore -Iimporter -Iquery -I"$BDIR" -o "$TMP/scale" bench/scale.c "$LIBA" \
		$(pkg-config --cflags --libs $PKGS) -lpthread
	local T=$TMP/timecmd D1=$TMP/x1.sqlite D100=$TMP/x100.sqlite t0 t1

	echo "abidb scale benchmark (issue 12), $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "  binary:  $ABIDB ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
	echo "  data:    $DATA; 100x: $STEPS synthetic releases after each real one, model $MODEL$([ "$MODEL" = random ] && echo ", fraction $FRACTION"), seed $SEED"
	echo "  machine: $(nproc) cores, $(uname -sr), SQLite $(pkg-config --modversion sqlite3)"
	echo

	# ---- the two databases ----
	echo "== 1. Build =="
	t0=$(now_ms)
	"$ABIDB" --db "$D1" import -q "${INPUTS[@]}"
	t1=$(now_ms)
	local r1 imp1_ms
	r1=$(sqlite3 "$D1" 'SELECT count(*) FROM record')
	imp1_ms=$((t1 - t0))
	echo "  1x:   abidb import of ${#INPUTS[@]} releases: $r1 records in $(f %.2f "$imp1_ms/1e3") s = $(f %.1f "$r1/($imp1_ms/1e3)") records/s"
	cp "$D1" "$D100"
	"$TMP/scale" "$D100" "$STEPS" "$FRACTION" "$SEED" "$MODEL" >"$TMP/scale.out"
	local r100 gen_ms
	r100=$(sqlite3 "$D100" 'SELECT count(*) FROM record')
	gen_ms=$(field @ms "$TMP/scale.out")
	echo "  100x: bench/scale.c through the store: $(field @records "$TMP/scale.out") synthetic records in" \
		"$(field @releases "$TMP/scale.out") releases, $(f %.1f "$gen_ms/1e3") s = $(f %.0f "$(field @records "$TMP/scale.out")/($gen_ms/1e3)") records/s;"
	echo "        $r100 records ($(f %.1f "$r100/$r1")x); $(field @groups_changed "$TMP/scale.out") groups changed" \
		"($(field @facts_changed "$TMP/scale.out") facts in them); real consecutive releases differ in" \
		"$(f %.1f "100*$(field @fraction_real "$TMP/scale.out")")% of a record's group slots"
	echo

	# ---- size ----
	echo "== 2. Size on disk (after PRAGMA wal_checkpoint(TRUNCATE)) =="
	local s1 s100
	"$TMP/dbsize" "$D1" >"$TMP/size1.txt"
	"$TMP/dbsize" "$D100" >"$TMP/size100.txt"
	s1=$(( $(field file "$TMP/size1.txt") + $(field wal "$TMP/size1.txt") ))
	s100=$(( $(field file "$TMP/size100.txt") + $(field wal "$TMP/size100.txt") ))
	printf '  %-16s %14s %14s %8s\n' table "1x bytes" "100x bytes" ratio
	join <(awk '$1 == "table" { print $2, $3 }' "$TMP/size1.txt" | sort) \
		<(awk '$1 == "table" { print $2, $3 }' "$TMP/size100.txt" | sort) |
		sort -k3 -n -r | awk '$3 > 0 { printf "  %-16s %14d %14d %8.1f\n", $1, $2, $3, ($2 ? $3 / $2 : 0) }'
	echo "  database: 1x $(f %.1f "$s1/1e6") MB, 100x $(f %.1f "$s100/1e6") MB = $(f %.1f "$s100/$s1")x   (goal <= 2 GB: $(ok "$s100 <= 2e9"))"
	echo

	# ---- real import of a new release, and check of it ----
	echo "== 3. abidb import of a new release ($(basename "$SAMPLE") as 9.0.0/bench), then abidb check --release 9.0.0/bench =="
	local i1 i100 n1 c1 c100
	read -r i1 _ < <("$T" -o "$TMP/imp1.out" 1 "$ABIDB" --db "$D1" import --release 9.0.0 --stream bench "$SAMPLE")
	read -r i100 _ < <("$T" -o "$TMP/imp100.out" 1 "$ABIDB" --db "$D100" import --release 9.0.0 --stream bench "$SAMPLE")
	n1=$(sqlite3 "$D1" "SELECT count(*) FROM record r JOIN release l ON l.id = r.release_id WHERE l.stream = 'bench'")
	echo "  import: 1x $(f %.2f "$i1/1e3") s = $(f %.1f "$n1/($i1/1e3)") records/s; 100x $(f %.2f "$i100/1e3") s =" \
		"$(f %.1f "$n1/($i100/1e3)") records/s; 100x / 1x time $(f %.2f "$i100/$i1")"
	read -r c1 _ < <("$T" -o "$TMP/check1.out" 3 "$ABIDB" --db "$D1" check --release 9.0.0/bench) || true
	read -r c100 _ < <("$T" -o "$TMP/check100.out" 3 "$ABIDB" --db "$D100" check --release 9.0.0/bench) || true
	echo "  check: 1x $(ms "$c1") ms, 100x $(ms "$c100") ms (median of 3) = $(f %.1f "$c100/$c1")x; 100x says: $(tail -1 "$TMP/check100.out")"
	echo

	# ---- diff ----
	echo "== 4. abidb diff (CLI, process start included, median of 11) =="
	local M=${SCALE_MACHINE:-pc-q35-5.0} nb1 nb2 fa1 fa2 n1a n1b f1a f1b
	read -r _ nb1 nb2 < <(grep '^@neighbour' "$TMP/scale.out")
	read -r _ fa1 fa2 < <(grep '^@far' "$TMP/scale.out")
	# at 1x: consecutive real releases, and the first against the last
	local q="SELECT l.version FROM record r JOIN release l ON l.id = r.release_id JOIN machine m ON m.id = r.machine_id WHERE m.name = '$M' AND l.stream != 'bench' ORDER BY l.id"
	n1a=$(sqlite3 "$D1" "$q LIMIT 1")
	n1b=$(sqlite3 "$D1" "$q LIMIT 1 OFFSET 1")
	f1a=$n1a
	f1b=$(sqlite3 "$D1" "$q DESC LIMIT 1")
	local d1n d1f d100n d100f d1fa d100fa d100na
	read -r d1n _ < <("$T" 11 "$ABIDB" --db "$D1" diff "$M" --from "$n1a" --to "$n1b") || true
	read -r d100n _ < <("$T" 11 "$ABIDB" --db "$D100" diff "$M" --from "$nb1" --to "$nb2") || true
	read -r d100na _ < <("$T" 11 "$ABIDB" --db "$D100" diff "$M" --from "$nb1" --to "$nb2" --view all) || true
	read -r d1f _ < <("$T" 11 "$ABIDB" --db "$D1" diff "$M" --from "$f1a" --to "$f1b") || true
	read -r d100f _ < <("$T" 11 "$ABIDB" --db "$D100" diff "$M" --from "$fa1" --to "$fa2") || true
	read -r d1fa _ < <("$T" 11 "$ABIDB" --db "$D1" diff "$M" --from "$f1a" --to "$f1b" --view all) || true
	read -r d100fa _ < <("$T" 11 "$ABIDB" --db "$D100" diff "$M" --from "$fa1" --to "$fa2" --view all) || true
	echo "  neighbours: 1x $M $n1a -> $n1b $(ms "$d1n") ms; 100x $nb1 -> $nb2 $(ms "$d100n") ms (all views $(ms "$d100na") ms)" \
		"= $(f %.2f "$d100n/$d1n")x"
	echo "  far apart:  1x $M $f1a -> $f1b $(ms "$d1f") ms (all views $(ms "$d1fa")); 100x $fa1 -> $fa2 $(ms "$d100f") ms" \
		"(all views $(ms "$d100fa")) = $(f %.2f "$d100f/$d1f")x / $(f %.2f "$d100fa/$d1fa")x"
	echo "  goal < 50 ms: $(ok "$d100n < 50 && $d100f < 50 && $d100fa < 50 && $d100na < 50")"
	echo

	# ---- matrix ----
	echo "== 5. abidb matrix (CLI, process start included; 1x median of 5, 100x: default view median of 3, all views one run) =="
	local mg1 ma1 mg100 ma100
	read -r mg1 _ < <("$T" 5 "$ABIDB" --db "$D1" matrix)
	read -r ma1 _ < <("$T" 5 "$ABIDB" --db "$D1" matrix --view all)
	read -r mg100 _ < <("$T" -o "$TMP/m100.txt" 3 "$ABIDB" --db "$D100" matrix)
	read -r ma100 _ < <("$T" 1 "$ABIDB" --db "$D100" matrix --view all)	# one run: it takes half a minute
	echo "  default (guest) view: 1x $(ms "$mg1") ms, 100x $(ms "$mg100") ms = $(f %.1f "$mg100/$mg1")x   (goal < 1 s: $(ok "$mg100 < 1000"))"
	echo "  --view all:           1x $(ms "$ma1") ms, 100x $(ms "$ma100") ms = $(f %.1f "$ma100/$ma1")x   (goal < 1 s: $(ok "$ma100 < 1000"))"
	classes=$(awk 'NR > 1 && NF > 2 && $1 !~ /^\[/ && $2 != "=" { delete s; n = 0; for (i = 2; i <= NF; i++) { c = substr($i, 1, 1); if (c ~ /[A-Z]/ && !(c in s)) { s[c] = 1; n++ } } t += n; rows++; if (n > m) m = n } END { printf "mean %.1f, max %d", t / rows, m }' "$TMP/m100.txt")
	echo "  100x: $(($(head -n 1 "$TMP/m100.txt" | wc -w) - 1)) release columns; classes per row: $(awk 'NR > 1 && NF > 2 && $1 !~ /^\[/ && $2 != "=" { delete s; n = 0; for (i = 2; i <= NF; i++) { c = substr($i, 1, 1); if (c ~ /[A-Z]/ && !(c in s)) { s[c] = 1; n++ } } t += n; rows++; if (n > m) m = n } END { printf "mean %.1f, max %d (over %d rows)", t / rows, m, rows }' "$TMP/m100.txt")"
	echo

	{
	echo "| Scale: model $MODEL$([ "$MODEL" = random ] && echo " (fraction $FRACTION)"), classes per row at 100x: $classes | | | | |"
	echo "| Scale: database, $r100 records ($(f %.0f "$r100/$r1")x) | $(f %.1f "$s100/1e6") MB | 1x: $(f %.1f "$s1/1e6") MB | $(f %.1f "$s100/$s1")x | <= 2 GB: $(ok "$s100 <= 2e9") |"
	echo "| Scale: building 100x (bench/scale.c, store API) | $(f %.0f "$(field @records "$TMP/scale.out")/($gen_ms/1e3)") records/s ($(f %.1f "$gen_ms/1e3") s) | 1x abidb import: $(f %.1f "$r1/($imp1_ms/1e3)") records/s | | |"
	echo "| Scale: abidb import of a new release ($n1 records) | 100x: $(f %.1f "$n1/($i100/1e3)") records/s | 1x: $(f %.1f "$n1/($i1/1e3)") records/s | $(f %.2f "$i1/$i100") | |"
	echo "| Scale: check of the new release | 100x: $(ms "$c100") ms | 1x: $(ms "$c1") ms | $(f %.1f "$c100/$c1")x | |"
	echo "| Scale: diff $M, neighbours | 100x $nb1 -> $nb2: $(ms "$d100n") ms (all views $(ms "$d100na")) | 1x $n1a -> $n1b: $(ms "$d1n") ms | $(f %.2f "$d100n/$d1n")x | < 50 ms: $(ok "$d100n < 50 && $d100na < 50") |"
	echo "| Scale: diff $M, far apart | 100x $fa1 -> $fa2: $(ms "$d100f") ms (all views $(ms "$d100fa")) | 1x $f1a -> $f1b: $(ms "$d1f") ms (all $(ms "$d1fa")) | $(f %.2f "$d100f/$d1f")x / $(f %.2f "$d100fa/$d1fa")x | < 50 ms: $(ok "$d100f < 50 && $d100fa < 50") |"
	echo "| Scale: matrix, default view | 100x: $(ms "$mg100") ms | 1x: $(ms "$mg1") ms | $(f %.1f "$mg100/$mg1")x | < 1 s: $(ok "$mg100 < 1000") |"
	echo "| Scale: matrix, all views | 100x: $(ms "$ma100") ms | 1x: $(ms "$ma1") ms | $(f %.1f "$ma100/$ma1")x | < 1 s: $(ok "$ma100 < 1000") |"
	} >"$TMP/rows.md"
	bench_summary_rows "Scale:" "$TMP/rows.md"
	echo "== Summary rows (also at the end of bench/out/summary.md) =="
	cat "$TMP/rows.md"
}

main 2>&1 | tee "$OUT/scale.txt"
