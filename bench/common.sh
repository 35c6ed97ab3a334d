# bench/common.sh: what bench/run.sh and bench/server.sh share; sourced, not run.
#
# bench_setup NAME ABIDB: sets ROOT (the repository), ABIDB (absolute path of the binary), OUT
# (bench/out), DATA (BENCH_DATA, else ../shared/data when it has qemu-* folders, else the bundled
# sample tests/data) and INPUTS (its qemu-* folders); exits 2 with a message naming NAME otherwise.
bench_setup() {
	local name=$1
	ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	ABIDB=$2
	OUT=$ROOT/bench/out
	mkdir -p "$OUT"
	if [ ! -x "$ABIDB" ]; then
		echo "$name: $ABIDB is not built: run make first" >&2
		exit 2
	fi
	ABIDB=$(cd "$(dirname "$ABIDB")" && pwd)/$(basename "$ABIDB")
	if [ -n "${BENCH_DATA:-}" ]; then
		DATA=$BENCH_DATA
	elif compgen -G "$ROOT/../shared/data/qemu-*" >/dev/null; then
		DATA=$(cd "$ROOT/../shared/data" && pwd)
	else
		DATA=$ROOT/tests/data
	fi
	INPUTS=("$DATA"/qemu-*)
	[ -d "${INPUTS[0]}" ] || { echo "$name: no qemu-* folders in $DATA" >&2; exit 2; }
}
