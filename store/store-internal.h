/* store-internal.h: what the files of store/ share (the SQLite connection, cached statements, row helpers); no other room includes it (tests and bench fixtures may). */
#ifndef ABIDB_STORE_INTERNAL_H
#define ABIDB_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

/* The connection of a store; borrowed. */
sqlite3 *store_db(struct store *st);

/*
 * A prepared statement for `sql`, cached for the life of the store (up to 64,
 * the oldest evicted), reset and with its bindings cleared; NULL with err.
 * Callers never hold one across calls to other store functions.
 */
sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct error *err);

/* ERR_DB "WHAT: <sqlite3_errmsg> (database 'PATH')"; returns -1. */
int store_db_fail(struct store *st, struct error *err, const char *what);

/* Step s expecting one row or none: SQLITE_ROW or SQLITE_DONE; -1 (s reset, err "WHAT: ...") on error. */
int store_step(struct store *st, sqlite3_stmt *s, struct error *err, const char *what);

/* A column's text as a new string; "" for NULL. */
char *store_col_dup(sqlite3_stmt *s, int i);

/*
 * Step s to its end, one new zeroed element of `size` bytes per row in *out
 * (grown as needed; *n counts them), filled by fill().  Returns 0, or -1 with
 * err "WHAT: ..."; the rows read so far stay in *out for the caller to free.
 */
typedef void (*store_fill_fn)(sqlite3_stmt *s, void *row);
int store_rows(struct store *st, sqlite3_stmt *s, size_t size, store_fill_fn fill, void **out, size_t *n,
	       const char *what, struct error *err);

#endif
