# Makefile: builds abidb, its tests and benchmarks.  Knobs: V=1, SANITIZE=address,undefined,
# O=0 (no optimisation), CC=clang.  Local overrides go in config.mak.
.DELETE_ON_ERROR:
.SUFFIXES:

CC ?= cc
O ?= 2
CFLAGS ?= -O$(O) -g
PKGS = sqlite3 libmicrohttpd json-c zlib libcrypto
-include config.mak

ifneq ($(SANITIZE),)
CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=$(SANITIZE)
endif

WARN = -Wall -Wextra -Wshadow -Wformat=2 -Wno-format-nonliteral -Wstrict-prototypes -Wmissing-prototypes
ALL_CFLAGS = -std=gnu11 $(WARN) $(CFLAGS) -D_GNU_SOURCE -Ilib -Iimporter -Ibuild \
	$(shell pkg-config --cflags $(PKGS))
LIBS = $(shell pkg-config --libs $(PKGS)) -lpthread
TEST_LIBS = $(shell pkg-config --libs criterion)

ifeq ($(V),)
Q = @
QCC = @echo "  CC      $@";
QLD = @echo "  LINK    $@";
QGEN = @echo "  GEN     $@";
endif

LIB_SRCS = $(sort $(wildcard lib/*.c) $(wildcard importer/*.c))
APP_SRCS = $(sort $(wildcard cli/*.c) $(wildcard server/*.c))
TEST_SRCS = $(sort $(wildcard tests/unit/*.c))
LIB_OBJS = $(LIB_SRCS:%.c=build/%.o)
APP_OBJS = $(APP_SRCS:%.c=build/%.o)
TEST_OBJS = $(TEST_SRCS:%.c=build/%.o)

all: abidb

build/schema.h: schema.sql
	$(QGEN)mkdir -p build && { echo '/* generated from schema.sql: do not edit */'; \
	  echo 'static const char schema_sql[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/\t"/' -e 's/$$/\\n"/' $<; echo ';'; } > $@

build/lib/store.o: build/schema.h

build/%.o: %.c $(wildcard lib/*.h importer/*.h cli/*.h server/*.h)
	@mkdir -p $(dir $@)
	$(QCC)$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/libabidb.a: $(LIB_OBJS)
	$(Q)rm -f $@ && ar rcs $@ $^

abidb: $(APP_OBJS) build/libabidb.a
	$(QLD)$(CC) $(LDFLAGS) -o $@ $(APP_OBJS) build/libabidb.a $(LIBS)

build/unit-tests: $(TEST_OBJS) build/libabidb.a
	$(QLD)$(CC) $(LDFLAGS) -o $@ $(TEST_OBJS) build/libabidb.a $(LIBS) $(TEST_LIBS)

# make check: Criterion unit tests, then golden tests (input, command, expected output).
check: abidb build/unit-tests
	ABIDB_TESTDATA=$(CURDIR)/tests/data build/unit-tests --jobs 2
	tests/golden/run.sh ./abidb

bench: abidb
	bench/run.sh ./abidb

clean:
	rm -rf build abidb

.PHONY: all check bench clean
