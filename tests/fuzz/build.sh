#!/bin/sh
# build.sh: build the fuzz harnesses outside the main Makefile, into tests/fuzz/build/MODE/.
#
#   tests/fuzz/build.sh plain      gcc, corpus runners          -> build/plain/fuzz/fuzz-*
#   tests/fuzz/build.sh san        gcc + ASan/UBSan runners     -> build/san/fuzz/fuzz-*
#   tests/fuzz/build.sh libfuzzer  clang-14 libFuzzer targets   -> build/libfuzzer/fuzz/fuzz-*
#
# Each mode builds its own libabidb.a with the top-level Makefile (B=...), so
# it never touches build/ or build-san/.  libfuzzer needs clang-14 and
# libclang-rt-14-dev (apt-get install clang-14 libclang-rt-14-dev).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
mode=${1:-plain}
B=tests/fuzz/build/$mode
PKGS="sqlite3 json-c zlib libcrypto"
WARN="-Wall -Wextra -Wshadow -Wformat=2 -Wno-format-nonliteral -Wstrict-prototypes -Wmissing-prototypes"
cd "$top"
case $mode in
plain)
	CC=${CC:-gcc}
	make -s -j2 B=$B $B/libabidb.a
	FLAGS="-O2 -g"
	;;
san)
	CC=${CC:-gcc}
	make -s -j2 SANITIZE=address,undefined B=$B $B/libabidb.a
	FLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
	;;
libfuzzer)
	CC=${CC:-clang-14}
	SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
	make -s -j2 CC="$CC" B=$B CFLAGS="-O1 -g $SAN -fsanitize=fuzzer-no-link" $B/libabidb.a
	FLAGS="-O1 -g $SAN -fsanitize=fuzzer -DABIDB_LIBFUZZER"
	;;
*)
	echo "usage: $0 plain|san|libfuzzer" >&2
	exit 2
	;;
esac
mkdir -p $B/fuzz
for src in tests/fuzz/fuzz-*.c; do
	name=$(basename "$src" .c)
	echo "  LINK    $B/fuzz/$name"
	# shellcheck disable=SC2046
	$CC -std=gnu11 $WARN $FLAGS -D_GNU_SOURCE -Ibase -Istore -Iimporter -Iquery -I$B $(pkg-config --cflags $PKGS) \
		-o $B/fuzz/$name "$src" $B/libabidb.a $(pkg-config --libs $PKGS) -lpthread
done
