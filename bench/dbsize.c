/*
 * dbsize.c: checkpoint a database and report its size, per table.
 *
 *   dbsize DB
 *
 * Runs PRAGMA wal_checkpoint(TRUNCATE), then prints
 *   file BYTES          the main database file
 *   wal BYTES           what is left in DB-wal (0 after a clean checkpoint)
 *   table NAME BYTES ROWS   from the dbstat virtual table, each table's
 *                       indexes counted with it, largest first
 * or "dbstat unavailable" when SQLite was built without it.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static long long file_size(const char *path)
{
	struct stat sb;

	return stat(path, &sb) ? 0 : (long long)sb.st_size;
}

int main(int argc, char **argv)
{
	sqlite3 *db;
	sqlite3_stmt *s, *c;
	char wal[4096];
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: dbsize DB\n");
		return 2;
	}
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		fprintf(stderr, "dbsize: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	sqlite3_busy_timeout(db, 10000);
	if (sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL) != SQLITE_OK)
		fprintf(stderr, "dbsize: checkpoint: %s\n", sqlite3_errmsg(db));
	snprintf(wal, sizeof(wal), "%s-wal", argv[1]);
	printf("file %lld\n", file_size(argv[1]));
	printf("wal %lld\n", file_size(wal));
	rc = sqlite3_prepare_v2(db,
		"SELECT coalesce(m.tbl_name, d.name), sum(d.pgsize) FROM dbstat d "
		"LEFT JOIN sqlite_schema m ON m.name = d.name GROUP BY 1 ORDER BY 2 DESC", -1, &s, NULL);
	if (rc != SQLITE_OK) {
		printf("dbstat unavailable\n");
	} else {
		while (sqlite3_step(s) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(s, 0);
			long long rows = -1;
			char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\"", name);

			if (sqlite3_prepare_v2(db, sql, -1, &c, NULL) == SQLITE_OK) {
				if (sqlite3_step(c) == SQLITE_ROW)
					rows = sqlite3_column_int64(c, 0);
				sqlite3_finalize(c);
			}
			sqlite3_free(sql);
			printf("table %s %lld %lld\n", name, sqlite3_column_int64(s, 1), rows);
		}
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	return 0;
}
