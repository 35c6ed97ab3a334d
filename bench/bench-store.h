/*
 * bench-store.h: what the benchmarks that write synthetic records through the store share
 * (bench/diff_growth.c, bench/scale.c): die on the first error, naming the program.
 * Each includes it once; BENCH_PROG is its name.
 */
#ifndef ABIDB_BENCH_STORE_H
#define ABIDB_BENCH_STORE_H

#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "store.h"
#include "store-internal.h"

static void die(const struct error *err)
{
	fprintf(stderr, "%s: %s\n", BENCH_PROG, err->msg);
	exit(1);
}

static sqlite3_stmt *stmt(struct store *st, const char *sql)
{
	struct error err;
	sqlite3_stmt *s = store_stmt(st, sql, &err);

	if (!s)
		die(&err);
	return s;
}

static void step_done(struct store *st, sqlite3_stmt *s)
{
	if (sqlite3_step(s) != SQLITE_DONE) {
		fprintf(stderr, "%s: %s\n", BENCH_PROG, sqlite3_errmsg(store_db(st)));
		exit(1);
	}
	sqlite3_reset(s);
}

#endif
