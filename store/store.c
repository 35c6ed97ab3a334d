/* store.c: the SQLite connection: opening, schema.sql's steps, cached statements, transactions, copies. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sha256.h"
#include "store-internal.h"
#include "strbuf.h"
#include "util.h"

#include "schema.h"

#define MAX_STMTS 64

struct cached_stmt {
	const char *sql;
	sqlite3_stmt *stmt;
};

struct store {
	sqlite3 *db;
	char *path;
	unsigned flags;
	struct section_info sections[MAX_SECTIONS];
	size_t nsections;
	struct cached_stmt stmts[MAX_STMTS];
	size_t nstmts;
};

static int db_error(struct store *st, struct error *err, const char *what)
{
	return error_set(err, ERR_DB, "%s: %s (database '%s')", what,
			 sqlite3_errmsg(st->db), st->path);
}

sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct error *err)
{
	sqlite3_stmt *s;
	size_t i;

	for (i = 0; i < st->nstmts; i++)
		if (st->stmts[i].sql == sql || !strcmp(st->stmts[i].sql, sql)) {
			sqlite3_reset(st->stmts[i].stmt);
			sqlite3_clear_bindings(st->stmts[i].stmt);
			return st->stmts[i].stmt;
		}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		db_error(st, err, "cannot prepare statement");
		return NULL;
	}
	if (st->nstmts == MAX_STMTS) {
		/* evict the oldest: callers never hold a statement across calls */
		sqlite3_finalize(st->stmts[0].stmt);
		memmove(st->stmts, st->stmts + 1, (MAX_STMTS - 1) * sizeof(st->stmts[0]));
		st->nstmts--;
	}
	st->stmts[st->nstmts].sql = sql;
	st->stmts[st->nstmts].stmt = s;
	st->nstmts++;
	return s;
}

int store_exec(struct store *st, const char *sql, struct error *err)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		error_set(err, ERR_DB, "%s (database '%s')", msg ? msg : sqlite3_errmsg(st->db), st->path);
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* Apply every "-- step N" of schema.sql above user_version. */
static int apply_schema(struct store *st, struct error *err)
{
	sqlite3_stmt *s;
	int have = 0, n;
	const char *p, *next;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "cannot read schema version");
	if (sqlite3_step(s) == SQLITE_ROW)
		have = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);

	for (p = strstr(schema_sql, "\n-- step "); p; p = next) {
		struct strbuf sql = STRBUF_INIT;
		const char *body;

		n = atoi(p + 9);
		body = strchr(p + 1, '\n');
		next = strstr(p + 1, "\n-- step ");
		if (n <= have || !body)
			continue;
		if (st->flags & STORE_READONLY)
			return error_set(err, ERR_DB, "database '%s' has schema version %d, this abidb needs %d: "
					 "open it once read-write to migrate", st->path, have, n);
		strbuf_addstr(&sql, "BEGIN IMMEDIATE;\n");
		strbuf_add(&sql, body, next ? (size_t)(next - body) : strlen(body));
		strbuf_addf(&sql, ";\nPRAGMA user_version = %d;\nCOMMIT;\n", n);
		if (store_exec(st, sql.buf, err)) {
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
			strbuf_release(&sql);
			return error_prefix(err, "cannot apply schema step %d", n);
		}
		strbuf_release(&sql);
	}
	return 0;
}

static int load_sections(struct store *st, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, name, kind, view FROM section ORDER BY id", err);
	int rc;

	if (!s)
		return -1;
	st->nsections = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && st->nsections < MAX_SECTIONS) {
		struct section_info *x = &st->sections[st->nsections++];

		x->id = sqlite3_column_int(s, 0);
		snprintf(x->name, sizeof(x->name), "%s", (const char *)sqlite3_column_text(s, 1));
		snprintf(x->kind, sizeof(x->kind), "%s", (const char *)sqlite3_column_text(s, 2));
		snprintf(x->view, sizeof(x->view), "%s", (const char *)sqlite3_column_text(s, 3));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_error(st, err, "cannot read sections");
	return 0;
}

int store_open(struct store **out, const char *path, unsigned flags, struct error *err)
{
	struct store *st = xcalloc(1, sizeof(*st));
	int oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READWRITE :
		     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

	st->path = xstrdup(path);
	st->flags = flags;
	*out = NULL;
	if (sqlite3_open_v2(path, &st->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		error_set(err, ERR_IO, "cannot open database '%s': %s", path,
			  st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, 15000);
	if (store_exec(st, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;", err))
		goto fail;
	if (store_exec(st, (flags & STORE_DURABLE) ? "PRAGMA synchronous = FULL" :
			   "PRAGMA synchronous = NORMAL", err))
		goto fail;
	if (store_exec(st, "PRAGMA cache_size = -65536", err))
		goto fail;
	if (apply_schema(st, err) || load_sections(st, err))
		goto fail;
	if ((flags & STORE_READONLY) && store_exec(st, "PRAGMA query_only = ON", err))
		goto fail;
	*out = st;
	return 0;
fail:
	store_close(st);
	return -1;
}

void store_close(struct store *st)
{
	size_t i;

	if (!st)
		return;
	for (i = 0; i < st->nstmts; i++)
		sqlite3_finalize(st->stmts[i].stmt);
	if (st->db)
		sqlite3_close(st->db);
	free(st->path);
	free(st);
}

sqlite3 *store_db(struct store *st)
{
	return st->db;
}

const char *store_path(const struct store *st)
{
	return st->path;
}

size_t store_sections(const struct store *st, const struct section_info **out)
{
	*out = st->sections;
	return st->nsections;
}

const struct section_info *store_section_by_name(const struct store *st, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < st->nsections; i++)
		if (strlen(st->sections[i].name) == len && !memcmp(st->sections[i].name, name, len))
			return &st->sections[i];
	return NULL;
}

const struct section_info *store_section_by_id(const struct store *st, int id)
{
	size_t i;

	for (i = 0; i < st->nsections; i++)
		if (st->sections[i].id == id)
			return &st->sections[i];
	return NULL;
}

int store_begin(struct store *st, struct error *err)
{
	return store_exec(st, "BEGIN IMMEDIATE", err);
}

int store_commit(struct store *st, struct error *err)
{
	return store_exec(st, "COMMIT", err);
}

void store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

void store_now(char buf[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int store_step(struct store *st, sqlite3_stmt *s, struct error *err, const char *what)
{
	int rc = sqlite3_step(s);

	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_error(st, err, what);
		sqlite3_reset(s);
		return -1;
	}
	return rc;
}

int store_generation(struct store *st, long long *gen, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT value FROM meta WHERE key = 'generation'", err);
	int rc;

	*gen = -1;
	if (!s)
		return -1;
	rc = store_step(st, s, err, "cannot read the generation");
	if (rc == SQLITE_ROW)
		*gen = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

int store_gc(struct store *st, struct error *err)
{
	return store_exec(st,
		"DELETE FROM grp_fact WHERE grp_id NOT IN (SELECT grp_id FROM record_grp);"
		"DELETE FROM grp WHERE id NOT IN (SELECT grp_id FROM record_grp);"
		"DELETE FROM path WHERE id NOT IN (SELECT path_id FROM grp_fact) "
		"  AND id NOT IN (SELECT key_id FROM record_grp);"
		"DELETE FROM value WHERE id NOT IN (SELECT value_id FROM grp_fact);"
		"DELETE FROM blob WHERE id NOT IN (SELECT blob_id FROM dump);", err);
}


int store_db_fail(struct store *st, struct error *err, const char *what)
{
	return db_error(st, err, what);
}

char *store_col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return xstrdup(t ? (const char *)t : "");
}

int store_rows(struct store *st, sqlite3_stmt *s, size_t size, store_fill_fn fill, void **out, size_t *n,
	       const char *what, struct error *err)
{
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		void *row;

		if (*n == alloc) {
			alloc = alloc ? 2 * alloc : 16;
			*out = xrealloc(*out, alloc * size);
		}
		row = (char *)*out + (*n)++ * size;
		memset(row, 0, size);
		fill(s, row);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_db_fail(st, err, what);
}

int store_read_begin(struct store *st, struct error *err)
{
	return store_exec(st, "BEGIN", err);
}

void store_read_end(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
}

int store_copy(struct store *src, const char *path, struct error *err)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	int rc, ret = -1;

	if (sqlite3_open(path, &dst) != SQLITE_OK) {
		error_set(err, ERR_DB, "cannot open scratch database '%s': %s", path, sqlite3_errmsg(dst));
		goto out;
	}
	b = sqlite3_backup_init(dst, "main", src->db, "main");
	if (!b) {
		error_set(err, ERR_DB, "cannot copy the database: %s", sqlite3_errmsg(dst));
		goto out;
	}
	rc = sqlite3_backup_step(b, -1);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		error_set(err, ERR_DB, "cannot copy the database: %s", sqlite3_errstr(rc));
		goto out;
	}
	ret = 0;
out:
	sqlite3_close(dst);
	return ret;
}
