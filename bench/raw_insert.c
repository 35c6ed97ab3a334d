/*
 * raw_insert.c: the reference for the import benchmark.  Inserts N rows of
 * three integers into a fresh table with a composite primary key, in one
 * transaction, through one prepared statement, keys in ascending order, with
 * the PRAGMAs abidb's store uses (WAL, synchronous=NORMAL, cache_size).
 *
 *   raw_insert DB N [rowid|without-rowid]
 *
 * Prints "rows seconds": the time from open to close (commit and the WAL
 * checkpoint at close included), like an import measured from outside.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void check(sqlite3 *db, int rc, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fprintf(stderr, "raw_insert: %s: %s\n", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		exit(1);
	}
}

int main(int argc, char **argv)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s;
	long long n, i;
	int without_rowid;
	double t0, t1;

	if (argc < 3 || (n = atoll(argv[2])) <= 0) {
		fprintf(stderr, "usage: raw_insert DB N [rowid|without-rowid]\n");
		return 2;
	}
	without_rowid = argc > 3 && !strcmp(argv[3], "without-rowid");
	t0 = now();
	check(db, sqlite3_open(argv[1], &db), "open");
	check(db, sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
			       "PRAGMA cache_size = -65536; PRAGMA foreign_keys = ON", NULL, NULL, NULL), "pragmas");
	check(db, sqlite3_exec(db, without_rowid ?
			       "CREATE TABLE t (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER NOT NULL, "
			       "PRIMARY KEY (a, b)) WITHOUT ROWID" :
			       "CREATE TABLE t (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER NOT NULL, "
			       "PRIMARY KEY (a, b))", NULL, NULL, NULL), "create");
	check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), "begin");
	check(db, sqlite3_prepare_v3(db, "INSERT INTO t (a, b, c) VALUES (?, ?, ?)", -1,
				     SQLITE_PREPARE_PERSISTENT, &s, NULL), "prepare");
	for (i = 0; i < n; i++) {
		/* like grp_fact: (group, path) key in order, a value id */
		sqlite3_bind_int64(s, 1, i / 64 + 1);
		sqlite3_bind_int64(s, 2, i % 64 + 1);
		sqlite3_bind_int64(s, 3, (i * 7919) % 100003);
		check(db, sqlite3_step(s), "insert");
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	check(db, sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), "commit");
	check(db, sqlite3_close(db), "close");
	t1 = now();
	printf("%lld %.6f\n", n, t1 - t0);
	return 0;
}
