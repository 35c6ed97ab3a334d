#!/bin/bash
# bench/server.sh: HTTP benchmarks of `abidb serve` (issue 4 "Speed").
#
#   bench/server.sh [ABIDB]          (bench/run.sh runs it last, with its binary)
#
# On loopback only, in one run, every figure beside a reference measured in the same run:
#   1. wrk against GET /api/v1/matrix and GET /api/v1/diff of abidb serve, beside nginx serving the
#      same bytes (fetched once from abidb) as static files, with the same wrk settings; the rounds
#      alternate which server goes first; the ratio is the median of the rounds' ratios (each
#      round pairs the two servers a few seconds apart, on a noisy machine), req/s and p99 medians.
#   2. Uploads (POST /api/v1/records, sequential curl, one new record each, made from the data's
#      qom.json / qmp-misc.json under releases 9.P.K, stream "bench") while 16 readers run (wrk,
#      8 connections on /api/v1/matrix and 8 on /api/v1/releases), beside the same readers with no
#      uploads and the same uploads with no readers.
#
# The database is built from ../shared/data/qemu-* when present (else the bundled sample
# tests/data/qemu-*) plus notes/known-issues.txt.  The server runs with --per-ip 64 and
# --max-connections 128 (the defaults now; spelled out so the figures do not move with them).
#
# Output: the terminal and bench/out/server.txt; the summary rows (starting "| HTTP") replace any
# earlier ones at the end of bench/out/summary.md, the table bench/run.sh writes.
#
# Knobs: BENCH_DATA (a folder holding qemu-* release folders), BENCH_TMP (scratch, default $TMPDIR
# or /tmp), BENCH_HTTP_SECS (seconds per wrk run in part 1, default 4), BENCH_HTTP_ROUNDS (default
# 5), BENCH_WRK (wrk load of part 1, default "-t2 -c32"), BENCH_UPLOAD_SECS (seconds per phase of
# part 2, default 10), BENCH_PERF=1 (also profile abidb under the matrix load with perf, if present).
set -euo pipefail

cd "$(dirname "$0")/.."
SECS=${BENCH_HTTP_SECS:-4}
ROUNDS=${BENCH_HTTP_ROUNDS:-5}
WRKLOAD=${BENCH_WRK:--t2 -c32}
USECS=${BENCH_UPLOAD_SECS:-10}
DIFFQ="machine=pc-i440fx-5.0&from=5.0.0&to=5.2.0"
# shellcheck source=bench/common.sh
. bench/common.sh
bench_setup bench/server.sh "${1:-./abidb}"

# wrk and nginx are Debian packages: install them when missing and we may.
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if ! command -v wrk >/dev/null || [ ! -x "$NGINX" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "bench/server.sh: installing wrk and nginx-light (apt-get)"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light >/dev/null 2>&1 ||
			{ apt-get update -q >/dev/null 2>&1 &&
			  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light >/dev/null 2>&1; } || true
		NGINX=$(command -v nginx || echo /usr/sbin/nginx)
	fi
fi
if ! command -v wrk >/dev/null || [ ! -x "$NGINX" ] || ! command -v curl >/dev/null; then
	echo "bench/server.sh: skipped: needs wrk, nginx and curl (apt-get install wrk nginx-light curl)"
	exit 0
fi

TMP=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/abidb-server-bench.XXXXXX")
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
	rm -rf "$TMP"
}

f() { awk "BEGIN { printf \"$1\", $2 }"; }	# f FORMAT EXPR: float arithmetic
ok() { awk "BEGIN { exit !($1) }" && echo ok || echo MISSED; }
med() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2) }'; }
rps() { awk '$1 == "Requests/sec:" { print $2 }' "$1"; }
# p99 of wrk --latency, in ms
p99() {
	awk '$1 == "99%" { v = $2; x = v + 0
		if (v ~ /us$/) x /= 1000; else if (v ~ /ms$/) ; else if (v ~ /m$/) x *= 60000; else if (v ~ /s$/) x *= 1000
		print x }' "$1"
}
# "" when wrk saw only 2xx/3xx and no socket errors, else what it saw
wrkerr() { grep -E 'Socket errors|Non-2xx' "$1" | sed 's/^ *//' | paste -sd';' - || true; }
freeport() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ms() { awk -v x="$1" 'BEGIN { printf (x < 10 ? "%.2f" : x < 100 ? "%.1f" : "%.0f"), x }'; }
kb() { f %.1f "$(stat -c %s "$1")/1e3"; }

start_abidb() {
	: >"$TMP/serve.log"
	"$ABIDB" --db "$TMP/db.sqlite" serve --listen 127.0.0.1:0 --per-ip 64 --max-connections 128 \
		2>>"$TMP/serve.log" &
	SERVE_PID=$!
	PIDS+=("$SERVE_PID")
	local i
	for ((i = 0; i < 100; i++)); do
		A=$(sed -n 's|^listening on \(http://[^ ]*\)/$|\1|p' "$TMP/serve.log")
		[ -n "$A" ] && return 0
		kill -0 "$SERVE_PID" 2>/dev/null || break
		sleep 0.1
	done
	echo "bench/server.sh: abidb serve did not start:"
	cat "$TMP/serve.log"
	exit 1
}

start_nginx() {
	local ng=$TMP/nginx m port
	mkdir -p "$ng/tmp" "$ng/logs"
	port=$(freeport)
	{
		[ "$(id -u)" = 0 ] && echo "user root;"	# the workers read files in our private folder
		echo "worker_processes 2;"
		echo "pid $ng/nginx.pid;"
		echo "error_log $ng/logs/error.log warn;"
		echo "events { worker_connections 1024; }"
		echo "http {"
		echo "  access_log off;"
		echo "  client_body_temp_path $ng/tmp/body;"
		for m in proxy fastcgi uwsgi scgi; do
			"$NGINX" -V 2>&1 | grep -q -- "--without-http_${m}_module" || echo "  ${m}_temp_path $ng/tmp/$m;"
		done
		echo "  types { } default_type application/json;"
		echo "  sendfile on; tcp_nopush on; keepalive_requests 1000000; keepalive_timeout 60s;"
		echo "  server {"
		echo "    listen 127.0.0.1:$port;"
		echo "    root $TMP/www;"
		echo "    add_header X-Content-Type-Options nosniff; add_header Cache-Control no-cache;"
		echo "    location = /api/v1/matrix { try_files /matrix.json =404; }"
		echo "    location = /api/v1/diff { try_files /diff.json =404; }"
		echo "  }"
		echo "}"
	} >"$ng/nginx.conf"
	"$NGINX" -p "$ng" -c "$ng/nginx.conf" -g 'daemon off;' 2>>"$ng/logs/error.log" &
	NGINX_PID=$!
	PIDS+=("$NGINX_PID")
	N=http://127.0.0.1:$port
	local i
	for ((i = 0; i < 100; i++)); do
		curl -sf -o /dev/null "$N/api/v1/matrix" && return 0
		kill -0 "$NGINX_PID" 2>/dev/null || break
		sleep 0.1
	done
	echo "bench/server.sh: nginx did not start:"
	cat "$ng/logs/error.log"
	exit 1
}

# wrk_run OUT URL WRK-ARGS...: one wrk run, the access log truncated after it
wrk_run() {
	local out=$1 url=$2
	shift 2
	# shellcheck disable=SC2086 # the wrk arguments are meant to be split
	wrk "$@" --latency "$url" >"$out" 2>&1 || { echo "bench/server.sh: wrk failed:"; cat "$out"; exit 1; }
	: >"$TMP/serve.log"
}

main() {
	# main runs in the pipeline's subshell, which starts the processes: it cleans up
	trap cleanup EXIT
	trap 'exit 130' INT TERM
	local nrel inbytes
	nrel=${#INPUTS[@]}
	inbytes=$(du -sbc "${INPUTS[@]}" | tail -1 | cut -f1)
	echo "abidb HTTP benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "  binary:  $ABIDB ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+dirty'))"
	echo "  data:    $DATA ($nrel releases, $(f %.1f "$inbytes/1e6") MB) + notes/known-issues.txt"
	echo "  machine: $(nproc) cores, $(uname -sr); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $("$NGINX" -v 2>&1 | sed 's/.*version: //')"

	"$ABIDB" --db "$TMP/db.sqlite" import "${INPUTS[@]}" >"$TMP/import.out" 2>&1 ||
		{ echo "bench/server.sh: import failed:"; cat "$TMP/import.out"; exit 1; }
	"$ABIDB" --db "$TMP/db.sqlite" note import notes/known-issues.txt >>"$TMP/import.out" 2>&1
	local records token
	records=$(awk '{ for (i = 2; i <= NF; i++) if ($i == "records:") n += $(i-1) } END { print n + 0 }' "$TMP/import.out")
	token=$("$ABIDB" --db "$TMP/db.sqlite" token add bench | tail -1)
	start_abidb
	mkdir -p "$TMP/www"
	curl -sf -o "$TMP/www/matrix.json" "$A/api/v1/matrix"
	curl -sf -o "$TMP/www/diff.json" "$A/api/v1/diff?$DIFFQ"
	start_nginx
	local e
	for e in matrix diff; do
		curl -sf -o "$TMP/check.json" "$N/api/v1/$e"
		cmp -s "$TMP/check.json" "$TMP/www/$e.json" || { echo "bench/server.sh: nginx does not serve abidb's $e bytes"; exit 1; }
	done
	echo "  server:  abidb serve --per-ip 64 --max-connections 128 (access log to a file) on $A;"
	echo "           nginx $N: the same bytes as static files, access_log off, sendfile, 2 workers"
	echo

	# ---- 1. wrk: abidb beside nginx ----
	local -A R P Q
	local url s r order err errs=""
	local -A U=([abidb:matrix]="$A/api/v1/matrix" [abidb:diff]="$A/api/v1/diff?$DIFFQ"
		    [nginx:matrix]="$N/api/v1/matrix" [nginx:diff]="$N/api/v1/diff?$DIFFQ")
	echo "== 1. GET, wrk $WRKLOAD -d${SECS}s --latency, $ROUNDS rounds (first server alternates); 1 s warm-up each =="
	echo "  matrix: $(kb "$TMP/www/matrix.json") KB (GET /api/v1/matrix);  diff: $(kb "$TMP/www/diff.json") KB (GET /api/v1/diff?$DIFFQ)"
	for e in matrix diff; do for s in abidb nginx; do
		# shellcheck disable=SC2086
		wrk_run "$TMP/warm" "${U[$s:$e]}" $WRKLOAD -d1s
	done; done
	printf '  %-6s %-7s %-6s %12s %10s\n' round server path "req/s" "p99 ms"
	for ((r = 1; r <= ROUNDS; r++)); do
		for e in matrix diff; do
			order="abidb nginx"
			((r % 2)) || order="nginx abidb"
			for s in $order; do
				# shellcheck disable=SC2086
				wrk_run "$TMP/wrk.$s.$e.$r" "${U[$s:$e]}" $WRKLOAD -d"${SECS}s"
				R[$s:$e]+=" $(rps "$TMP/wrk.$s.$e.$r")"
				P[$s:$e]+=" $(p99 "$TMP/wrk.$s.$e.$r")"
				err=$(wrkerr "$TMP/wrk.$s.$e.$r")
				[ -n "$err" ] && errs+="  $s $e round $r: $err"$'\n'
				printf '  %-6s %-7s %-6s %12.0f %10s\n' "$r" "$s" "$e" "$(rps "$TMP/wrk.$s.$e.$r")" "$(ms "$(p99 "$TMP/wrk.$s.$e.$r")")"
			done
			Q[$e]+=" $(f %.3f "$(rps "$TMP/wrk.abidb.$e.$r")/$(rps "$TMP/wrk.nginx.$e.$r")")"
			printf '  %-6s %-7s %-6s %23s\n' "$r" ratio "$e" "$(f %.2f "$(rps "$TMP/wrk.abidb.$e.$r")/$(rps "$TMP/wrk.nginx.$e.$r")")"
		done
	done
	[ -n "$errs" ] && { echo "  wrk reported errors:"; printf '%s' "$errs"; }
	local -A MR MP RATIO
	for e in matrix diff; do
		for s in abidb nginx; do
			# shellcheck disable=SC2086
			MR[$s:$e]=$(med ${R[$s:$e]})
			# shellcheck disable=SC2086
			MP[$s:$e]=$(med ${P[$s:$e]})
		done
		# shellcheck disable=SC2086
		RATIO[$e]=$(f %.2f "$(med ${Q[$e]})")
	done
	echo "  medians (abidb/nginx: the median of the rounds' ratios):"
	printf '  %-8s %14s %10s %14s %10s %14s\n' path "abidb req/s" "p99 ms" "nginx req/s" "p99 ms" "abidb/nginx"
	for e in matrix diff; do
		printf '  %-8s %14.0f %10s %14.0f %10s %14s\n' "$e" "${MR[abidb:$e]}" "$(ms "${MP[abidb:$e]}")" \
			"${MR[nginx:$e]}" "$(ms "${MP[nginx:$e]}")" "${RATIO[$e]}"
	done
	echo "  matrix abidb/nginx: ${RATIO[matrix]}   (target >= 0.8: $(ok "${RATIO[matrix]} >= 0.8"))"
	if [ "${BENCH_PERF:-0}" = 1 ] && command -v perf >/dev/null; then
		echo "  perf, abidb under the matrix load ($SECS s; perf report --no-children, top entries):"
		# shellcheck disable=SC2086
		wrk $WRKLOAD -d"${SECS}s" "$A/api/v1/matrix" >/dev/null 2>&1 &
		local wp=$!
		PIDS+=("$wp")
		perf record -q -g -p "$SERVE_PID" -o "$TMP/perf.data" -- sleep "$((SECS - 1))" >/dev/null 2>&1 || true
		wait "$wp" || true
		: >"$TMP/serve.log"
		perf report -i "$TMP/perf.data" --stdio --no-children --sort dso,symbol -g none 2>/dev/null |
			grep -E '^ +[0-9]' | head -15 | sed 's/^/   /' || true
	fi
	kill "$NGINX_PID" 2>/dev/null || true
	wait "$NGINX_PID" 2>/dev/null || true
	echo

	# ---- 2. uploads while 16 readers run ----
	# The bodies: qom.json and qmp-misc.json of every machine folder, each its own new record:
	# release 9.P.K (K: source release and kind, P: pass over the list), stream bench.
	local k=0 rel m
	: >"$TMP/bodies"
	for rel in "${INPUTS[@]}"; do
		for m in "$rel"/*/; do
			m=${m%/}
			[ -f "$m/qom.json" ] && printf '%s\t%s\t%s\n' "$m/qom.json" "$k" "${m##*/}" >>"$TMP/bodies"
			[ -f "$m/qmp-misc.json" ] && printf '%s\t%s\t%s\n' "$m/qmp-misc.json" "$((k + 1))" "${m##*/}" >>"$TMP/bodies"
		done
		k=$((k + 2))
	done
	local nbodies
	nbodies=$(wc -l <"$TMP/bodies")
	[ "$nbodies" -gt 0 ] || { echo "bench/server.sh: no qom.json / qmp-misc.json in $DATA"; exit 1; }
	mapfile -t BODIES <"$TMP/bodies"
	NEXT=0

	echo "== 2. Uploads (sequential curl POST /api/v1/records, one new record each) while 16 readers run =="
	echo "  readers: wrk -t1 -c8 on /api/v1/matrix + wrk -t1 -c8 on /api/v1/releases, ${USECS} s a phase;"
	echo "  bodies: $nbodies qom.json / qmp-misc.json files of the data, release 9.P.K, stream bench"
	readers_start() {	# readers_start TAG
		wrk -t1 -c8 -d"${USECS}s" --latency "$A/api/v1/matrix" >"$TMP/rd.$1.matrix" 2>&1 &
		RD1=$!
		wrk -t1 -c8 -d"${USECS}s" --latency "$A/api/v1/releases" >"$TMP/rd.$1.releases" 2>&1 &
		RD2=$!
		PIDS+=("$RD1" "$RD2")
	}
	readers_wait() { wait "$RD1" "$RD2" || { echo "bench/server.sh: wrk failed"; cat "$TMP"/rd.*; exit 1; }; : >"$TMP/serve.log"; }
	# uploads_until TAG: upload until the readers are done (TAG=loaded) or USECS passed (alone)
	uploads_until() {
		local tag=$1 t0 now line file kk mm pass code t body added=0 n=0 bad=0
		: >"$TMP/up.$tag"
		t0=$EPOCHREALTIME
		while :; do
			now=$EPOCHREALTIME
			if [ "$tag" = loaded ]; then
				kill -0 "$RD1" 2>/dev/null || kill -0 "$RD2" 2>/dev/null || break
			else
				awk -v a="$t0" -v b="$now" -v s="$USECS" 'BEGIN { exit !(b - a >= s) }' && break
			fi
			line=${BODIES[NEXT % nbodies]}
			pass=$((NEXT / nbodies))
			NEXT=$((NEXT + 1))
			IFS=$'\t' read -r file kk mm <<<"$line"
			read -r code t < <(curl -s -o "$TMP/up.json" -w '%{http_code} %{time_total}\n' \
				-H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
				--data-binary @"$file" "$A/api/v1/records?release=9.$pass.$kk&stream=bench&machine=$mm" || echo "000 0")
			n=$((n + 1))
			if [ "$code" = 201 ]; then
				body=$(grep -o '"added":[0-9]*' "$TMP/up.json" | head -1 || true)
				body=${body#*:}
				added=$((added + ${body:-0}))
			else
				bad=$((bad + 1))
				[ "$bad" -le 3 ] && echo "  upload $mm 9.$pass.$kk: HTTP $code $(head -c 200 "$TMP/up.json" 2>/dev/null)"
			fi
			echo "$t $(stat -c %s "$file")" >>"$TMP/up.$tag"
		done
		now=$EPOCHREALTIME
		UP_N=$n UP_ADDED=$added UP_BAD=$bad UP_S=$(f %.3f "$now - $t0")
		UP_BYTES=$(awk '{ s += $2 } END { print s + 0 }' "$TMP/up.$tag")
		UP_MED=$(awk '{ print $1 * 1000 }' "$TMP/up.$tag" | sort -g | awk '{ v[NR] = $1 } END { print NR ? v[int((NR+1)/2)] : 0 }')
		UP_P99=$(awk '{ print $1 * 1000 }' "$TMP/up.$tag" | sort -g | awk '{ v[NR] = $1 } END { i = int(NR * 0.99 + 0.999); print NR ? v[i < 1 ? 1 : i] : 0 }')
	}
	local -A RR RP
	local tag ep
	readers_start ref
	readers_wait
	readers_start loaded
	uploads_until loaded
	readers_wait
	local ln=$UP_N la=$UP_ADDED lb=$UP_BAD ls=$UP_S lbytes=$UP_BYTES lmed=$UP_MED lp99=$UP_P99
	uploads_until alone
	local an=$UP_N aa=$UP_ADDED ab=$UP_BAD as=$UP_S amed=$UP_MED ap99=$UP_P99
	: >"$TMP/serve.log"
	errs=""
	for tag in ref loaded; do for ep in matrix releases; do
		RR[$tag:$ep]=$(rps "$TMP/rd.$tag.$ep")
		RP[$tag:$ep]=$(p99 "$TMP/rd.$tag.$ep")
		err=$(wrkerr "$TMP/rd.$tag.$ep")
		[ -n "$err" ] && errs+="  readers $tag $ep: $err"$'\n'
	done; done
	[ -n "$errs" ] && { echo "  wrk reported errors:"; printf '%s' "$errs"; }
	local lrate arate
	lrate=$(f %.1f "$ln/$ls")
	arate=$(f %.1f "$an/$as")
	printf '  %-34s %10s %12s %10s %10s %8s\n' phase "uploads" "uploads/s" "records/s" "median ms" "p99 ms"
	printf '  %-34s %10s %12s %10s %10s %8s\n' "uploads while 16 readers run" "$ln" "$lrate" "$(f %.1f "$la/$ls")" "$(ms "$lmed")" "$(ms "$lp99")"
	printf '  %-34s %10s %12s %10s %10s %8s\n' "uploads alone" "$an" "$arate" "$(f %.1f "$aa/$as")" "$(ms "$amed")" "$(ms "$ap99")"
	[ $((lb + ab)) -gt 0 ] && echo "  $((lb + ab)) uploads were refused"
	echo "  loaded: $(f %.2f "$lbytes/1e6") MB in $(f %.1f "$ls") s, $la records added; uploads/s loaded / alone: $(f %.2f "$lrate/$arate")"
	printf '  %-34s %14s %10s %14s %10s\n' "readers" "matrix req/s" "p99 ms" "releases req/s" "p99 ms"
	printf '  %-34s %14.0f %10s %14.0f %10s\n' "no uploads (reference)" "${RR[ref:matrix]}" "$(ms "${RP[ref:matrix]}")" "${RR[ref:releases]}" "$(ms "${RP[ref:releases]}")"
	printf '  %-34s %14.0f %10s %14.0f %10s\n' "during uploads" "${RR[loaded:matrix]}" "$(ms "${RP[loaded:matrix]}")" "${RR[loaded:releases]}" "$(ms "${RP[loaded:releases]}")"
	local pm pr
	pm=$(f %.1f "${RP[loaded:matrix]}/${RP[ref:matrix]}")
	pr=$(f %.1f "${RP[loaded:releases]}/${RP[ref:releases]}")
	echo "  reader p99 during uploads / without: matrix ${pm}x, releases ${pr}x"
	echo

	# ---- summary ----
	{
	echo "| HTTP GET /api/v1/matrix ($(kb "$TMP/www/matrix.json") KB), wrk $WRKLOAD | abidb $(f %.0f "${MR[abidb:matrix]}") req/s, p99 $(ms "${MP[abidb:matrix]}") ms | nginx, same bytes static: $(f %.0f "${MR[nginx:matrix]}") req/s, p99 $(ms "${MP[nginx:matrix]}") ms | ${RATIO[matrix]} | >= 0.8: $(ok "${RATIO[matrix]} >= 0.8") |"
	echo "| HTTP GET /api/v1/diff pc-i440fx-5.0 5.0.0 -> 5.2.0 ($(kb "$TMP/www/diff.json") KB), wrk $WRKLOAD | abidb $(f %.0f "${MR[abidb:diff]}") req/s, p99 $(ms "${MP[abidb:diff]}") ms | nginx, same bytes static: $(f %.0f "${MR[nginx:diff]}") req/s, p99 $(ms "${MP[nginx:diff]}") ms | ${RATIO[diff]} | |"
	echo "| HTTP uploads while 16 readers run (sequential curl, 1 new record each) | $lrate uploads/s = $(f %.1f "$la/$ls") records/s, median $(ms "$lmed") ms | uploads alone: $arate/s, median $(ms "$amed") ms | $(f %.2f "$lrate/$arate") | |"
	echo "| HTTP reader p99 during uploads, matrix / releases (8 + 8 conns) | $(ms "${RP[loaded:matrix]}") / $(ms "${RP[loaded:releases]}") ms | no uploads: $(ms "${RP[ref:matrix]}") / $(ms "${RP[ref:releases]}") ms | ${pm}x / ${pr}x | |"
	} >"$TMP/summary"
	bench_summary_rows HTTP "$TMP/summary"
	echo "== HTTP summary (rows also appended to bench/out/summary.md; $records records in $nrel releases) =="
	cat "$TMP/summary"
}

trap 'rm -rf "$TMP"' EXIT
main 2>&1 | tee "$OUT/server.txt"
