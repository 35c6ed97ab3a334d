/* store.c: opening the SQLite store, applying schema.sql's steps, and writing records. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ident.h"
#include "sha256.h"
#include "store.h"
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

/* Step a statement expecting one row or none; returns SQLITE_ROW/SQLITE_DONE or -1. */
static int step_one(struct store *st, sqlite3_stmt *s, struct error *err, const char *what)
{
	int rc = sqlite3_step(s);

	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_error(st, err, what);
		sqlite3_reset(s);
		return -1;
	}
	return rc;
}

static void parse_version(const char *v, int *major, int *minor, int *micro, const char **extra)
{
	char *end;

	*major = *minor = *micro = 0;
	*major = (int)strtol(v, &end, 10);
	if (*end == '.') {
		*minor = (int)strtol(end + 1, &end, 10);
		if (*end == '.')
			*micro = (int)strtol(end + 1, &end, 10);
	}
	*extra = end;
}

int store_release_id(struct store *st, const struct release_ident *r, int create,
		     long long *id, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM release WHERE version = ? AND stream = ?", err);
	int rc, major, minor, micro;
	const char *extra;

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, r->version, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, r->stream, -1, SQLITE_STATIC);
	rc = step_one(st, s, err, "cannot look up release");
	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (!create)
		return error_set(err, ERR_NOTFOUND, "no release '%s' (stream '%s')", r->version, r->stream);
	/* nothing enters the catalog outside the identity grammar, whoever calls */
	if (ident_check(IDENT_RELEASE, r->version, strlen(r->version), err) ||
	    ident_check(IDENT_STREAM, r->stream, strlen(r->stream), err))
		return -1;
	parse_version(r->version, &major, &minor, &micro, &extra);
	s = store_stmt(st, "INSERT INTO release (version, major, minor, micro, extra, stream, package) "
		       "VALUES (?, ?, ?, ?, ?, ?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, r->version, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, major);
	sqlite3_bind_int(s, 3, minor);
	sqlite3_bind_int(s, 4, micro);
	sqlite3_bind_text(s, 5, extra, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, r->stream, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 7, r->package ? r->package : "", -1, SQLITE_STATIC);
	if (step_one(st, s, err, "cannot add release") < 0)
		return -1;
	sqlite3_reset(s);
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* 'pc-q35-6.2' -> family 'pc-q35', version '6.2'; 'microvm' -> 'microvm', ''. */
static void split_machine(const char *name, char *family, size_t fsz, const char **version)
{
	const char *dash = strrchr(name, '-');

	if (dash && dash[1] >= '0' && dash[1] <= '9') {
		snprintf(family, fsz, "%.*s", (int)(dash - name), name);
		*version = dash + 1;
	} else {
		snprintf(family, fsz, "%s", name);
		*version = "";
	}
}

int store_machine_id(struct store *st, const char *arch, const char *name, int create,
		     long long *id, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM machine WHERE arch = ? AND name = ?", err);
	char family[128];
	const char *version, *extra;
	int rc, major, minor, micro;

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, arch, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
	rc = step_one(st, s, err, "cannot look up machine type");
	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (!create)
		return error_set(err, ERR_NOTFOUND, "no machine type '%s' (arch '%s')", name, arch);
	if (ident_check(IDENT_ARCH, arch, strlen(arch), err) || ident_check(IDENT_MACHINE, name, strlen(name), err))
		return -1;
	split_machine(name, family, sizeof(family), &version);
	s = store_stmt(st, "INSERT INTO machine (name, arch, family, family_version, vmajor, vminor, vmicro) "
		       "VALUES (?, ?, ?, ?, ?, ?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, arch, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, family, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, version, -1, SQLITE_STATIC);
	if (*version) {
		parse_version(version, &major, &minor, &micro, &extra);
		sqlite3_bind_int(s, 5, major);
		sqlite3_bind_int(s, 6, minor);
		sqlite3_bind_int(s, 7, micro);
	}
	if (step_one(st, s, err, "cannot add machine type") < 0)
		return -1;
	sqlite3_reset(s);
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_record_id(struct store *st, long long release_id, long long machine_id,
		    const struct machine_ident *m, int create, long long *id, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM record WHERE release_id = ? AND machine_id = ?", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, release_id);
	sqlite3_bind_int64(s, 2, machine_id);
	rc = step_one(st, s, err, "cannot look up record");
	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		if (!create || !m)
			return 0;
		s = store_stmt(st, "UPDATE record SET alias = coalesce(?, alias), is_default = max(is_default, ?), "
			       "deprecated = max(deprecated, ?) WHERE id = ?", err);
		if (!s)
			return -1;
		sqlite3_bind_text(s, 1, m->alias, -1, SQLITE_STATIC);
		sqlite3_bind_int(s, 2, m->is_default);
		sqlite3_bind_int(s, 3, m->deprecated);
		sqlite3_bind_int64(s, 4, *id);
		rc = step_one(st, s, err, "cannot update record");
		sqlite3_reset(s);
		return rc < 0 ? -1 : 0;
	}
	sqlite3_reset(s);
	if (!create) {
		*id = 0;
		return error_set(err, ERR_NOTFOUND, "no such record");
	}
	s = store_stmt(st, "INSERT INTO record (release_id, machine_id, alias, is_default, deprecated) "
		       "VALUES (?, ?, ?, ?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, release_id);
	sqlite3_bind_int64(s, 2, machine_id);
	sqlite3_bind_text(s, 3, m ? m->alias : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, m ? m->is_default : 0);
	sqlite3_bind_int(s, 5, m ? m->deprecated : 0);
	if (step_one(st, s, err, "cannot add record") < 0)
		return -1;
	sqlite3_reset(s);
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_dump_sha(struct store *st, long long record_id, const char *kind,
		   char sha[65], struct error *err)
{
	sqlite3_stmt *s;
	int rc;

	sha[0] = '\0';
	if (!record_id)
		return 0;
	s = store_stmt(st, "SELECT input_sha256 FROM dump WHERE record_id = ? AND kind = ?", err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	rc = step_one(st, s, err, "cannot look up dump");
	if (rc == SQLITE_ROW)
		snprintf(sha, 65, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

/* Intern a string into `path` or `value`; returns its id or -1. */
static long long intern(struct store *st, int is_path, const char *text, struct error *err)
{
	sqlite3_stmt *s;
	long long id;
	int rc;

	s = store_stmt(st, is_path ? "SELECT id FROM path WHERE text = ?" :
		       "SELECT id FROM value WHERE text = ?", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, text, -1, SQLITE_STATIC);
	rc = step_one(st, s, err, "cannot look up string");
	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return id;
	}
	sqlite3_reset(s);
	s = store_stmt(st, is_path ? "INSERT INTO path (text) VALUES (?)" :
		       "INSERT INTO value (text) VALUES (?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, text, -1, SQLITE_STATIC);
	if (step_one(st, s, err, "cannot add string") < 0)
		return -1;
	sqlite3_reset(s);
	return sqlite3_last_insert_rowid(st->db);
}

/* Find or store one group content: facts [from, to) all of one group. */
static long long put_group(struct store *st, const struct facts *f, size_t from, size_t to,
			   struct error *err)
{
	struct sha256 c;
	unsigned char d[32];
	char hex[65];
	sqlite3_stmt *s;
	long long gid;
	size_t i;
	int rc;

	sha256_init(&c);
	for (i = from; i < to; i++) {
		sha256_update(&c, f->v[i].path, strlen(f->v[i].path) + 1);
		sha256_update(&c, f->v[i].value, strlen(f->v[i].value) + 1);
	}
	sha256_final(&c, d);
	hex_encode(d, 32, hex);

	s = store_stmt(st, "SELECT id FROM grp WHERE digest = ?", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
	rc = step_one(st, s, err, "cannot look up group");
	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW) {
		gid = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return gid;
	}
	sqlite3_reset(s);
	s = store_stmt(st, "INSERT INTO grp (digest, nfacts) VALUES (?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (long long)(to - from));
	if (step_one(st, s, err, "cannot add group") < 0)
		return -1;
	sqlite3_reset(s);
	gid = sqlite3_last_insert_rowid(st->db);
	for (i = from; i < to; i++) {
		long long pid = intern(st, 1, f->v[i].path, err);
		long long vid = pid < 0 ? -1 : intern(st, 0, f->v[i].value, err);

		if (vid < 0)
			return -1;
		s = store_stmt(st, "INSERT INTO grp_fact (grp_id, path_id, value_id) VALUES (?, ?, ?)", err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, gid);
		sqlite3_bind_int64(s, 2, pid);
		sqlite3_bind_int64(s, 3, vid);
		if (step_one(st, s, err, "cannot add fact") < 0)
			return error_prefix(err, "fact '%s'", f->v[i].path);
		sqlite3_reset(s);
	}
	return gid;
}

static long long put_blob(struct store *st, const struct dump_meta *d, struct error *err)
{
	struct strbuf z = STRBUF_INIT;
	sqlite3_stmt *s;
	long long id = -1;
	char d_sha[65];
	int rc;

	s = store_stmt(st, "SELECT id FROM blob WHERE sha256 = ?", err);
	if (!s)
		return -1;
	sha256_hex(d->raw, d->rawlen, d_sha);
	sqlite3_bind_text(s, 1, d_sha, -1, SQLITE_STATIC);
	rc = step_one(st, s, err, "cannot look up raw input");
	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return id;
	}
	sqlite3_reset(s);
	if (zcompress(d->raw, d->rawlen, &z, err))
		goto out;
	s = store_stmt(st, "INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", err);
	if (!s)
		goto out;
	sqlite3_bind_text(s, 1, d_sha, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (long long)d->rawlen);
	sqlite3_bind_blob(s, 3, z.buf, (int)z.len, SQLITE_STATIC);
	if (step_one(st, s, err, "cannot store raw input") < 0)
		goto out;
	sqlite3_reset(s);
	id = sqlite3_last_insert_rowid(st->db);
out:
	strbuf_release(&z);
	return id;
}

int store_put_dump(struct store *st, long long record_id, const struct dump_meta *d,
		   const struct facts *f, struct error *err)
{
	sqlite3_stmt *s;
	long long blob_id;
	char now[32];
	size_t i, j, k;

	/* every fact must belong to a section this kind feeds */
	for (i = 0; i < f->nr; i++) {
		const struct section_info *sec =
			store_section_by_name(st, f->v[i].path, fact_section_len(f->v[i].path));

		if (!sec || strcmp(sec->kind, d->kind))
			return error_set(err, ERR_INTERNAL, "fact '%s' is not in a section of a %s dump",
					 f->v[i].path, d->kind);
	}
	/* drop what the previous dump of this kind contributed */
	for (k = 0; k < st->nsections; k++) {
		if (strcmp(st->sections[k].kind, d->kind))
			continue;
		s = store_stmt(st, "DELETE FROM record_grp WHERE record_id = ? AND section_id = ?", err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, record_id);
		sqlite3_bind_int(s, 2, st->sections[k].id);
		if (step_one(st, s, err, "cannot replace facts") < 0)
			return -1;
		sqlite3_reset(s);
	}
	for (i = 0; i < f->nr; i = j) {
		const struct section_info *sec =
			store_section_by_name(st, f->v[i].path, fact_section_len(f->v[i].path));
		long long gid, kid;

		for (j = i + 1; j < f->nr && !strcmp(f->v[j].group, f->v[i].group); j++)
			;
		gid = put_group(st, f, i, j, err);
		if (gid < 0)
			return error_prefix(err, "group '%s'", f->v[i].group);
		kid = intern(st, 1, f->v[i].group, err);
		if (kid < 0)
			return -1;
		s = store_stmt(st, "INSERT INTO record_grp (record_id, section_id, key_id, grp_id) "
			       "VALUES (?, ?, ?, ?)", err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, record_id);
		sqlite3_bind_int(s, 2, sec->id);
		sqlite3_bind_int64(s, 3, kid);
		sqlite3_bind_int64(s, 4, gid);
		if (step_one(st, s, err, "cannot add group to record") < 0)
			return error_prefix(err, "group '%s'", f->v[i].group);
		sqlite3_reset(s);
	}

	blob_id = put_blob(st, d, err);
	if (blob_id < 0)
		return -1;
	store_now(now);
	s = store_stmt(st, "INSERT OR REPLACE INTO dump (record_id, kind, blob_id, input_sha256, source, "
		       "imported_at, imported_by, collector, decoder_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	sqlite3_bind_text(s, 2, d->kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, blob_id);
	sqlite3_bind_text(s, 4, d->input_sha256, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, d->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 7, d->imported_by ? d->imported_by : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 8, d->collector ? d->collector : "", -1, SQLITE_STATIC);
	if (step_one(st, s, err, "cannot add dump") < 0)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int store_generation(struct store *st, long long *gen, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT value FROM meta WHERE key = 'generation'", err);
	int rc;

	*gen = -1;
	if (!s)
		return -1;
	rc = step_one(st, s, err, "cannot read the generation");
	if (rc == SQLITE_ROW)
		*gen = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

int store_record_digest(struct store *st, long long record_id, char out[65], struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT digest FROM record WHERE id = ?", err);
	int rc;

	out[0] = '\0';
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	rc = step_one(st, s, err, "cannot read record digest");
	if (rc == SQLITE_ROW)
		snprintf(out, 65, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

int store_record_update(struct store *st, long long record_id, struct error *err)
{
	sqlite3_stmt *s;
	struct sha256 rec, sec[MAX_SECTIONS + 1];
	long long nfacts[MAX_SECTIONS + 1] = { 0 }, ntotal = 0;
	int used[MAX_SECTIONS + 1] = { 0 };
	unsigned char d[32];
	char hex[65];
	int id, rc, ret = -1;

	s = store_stmt(st, "DELETE FROM record_section WHERE record_id = ?", err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	if (step_one(st, s, err, "cannot update record") < 0)
		return -1;
	sqlite3_reset(s);

	/* a section's digest: over its (group key, group digest) pairs in key order */
	s = store_stmt(st, "SELECT rg.section_id, p.text, g.digest, g.nfacts FROM record_grp rg "
		       "JOIN path p ON p.id = rg.key_id JOIN grp g ON g.id = rg.grp_id "
		       "WHERE rg.record_id = ? ORDER BY rg.section_id, p.text", err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		id = sqlite3_column_int(s, 0);
		if (id < 0 || id > MAX_SECTIONS)
			continue;
		if (!used[id]++)
			sha256_init(&sec[id]);
		sha256_update(&sec[id], sqlite3_column_text(s, 1), (size_t)sqlite3_column_bytes(s, 1) + 1);
		sha256_update(&sec[id], sqlite3_column_text(s, 2), (size_t)sqlite3_column_bytes(s, 2) + 1);
		nfacts[id] += sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		db_error(st, err, "cannot read record groups");
		goto out;
	}

	/* the record's digest: over its section digests in section order */
	sha256_init(&rec);
	for (id = 0; id <= MAX_SECTIONS; id++) {
		char sid[16], digest[65];

		if (!used[id])
			continue;
		sha256_final(&sec[id], d);
		used[id] = 0;
		hex_encode(d, 32, digest);
		snprintf(sid, sizeof(sid), "%d:", id);
		sha256_update(&rec, sid, strlen(sid));
		sha256_update(&rec, digest, 65);
		ntotal += nfacts[id];
		s = store_stmt(st, "INSERT INTO record_section (record_id, section_id, digest, nfacts) "
			       "VALUES (?, ?, ?, ?)", err);
		if (!s)
			break;
		sqlite3_bind_int64(s, 1, record_id);
		sqlite3_bind_int(s, 2, id);
		sqlite3_bind_text(s, 3, digest, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(s, 4, nfacts[id]);
		if (step_one(st, s, err, "cannot add section digest") < 0)
			break;
		sqlite3_reset(s);
	}
	sha256_final(&rec, d);
	if (id <= MAX_SECTIONS)
		goto out;	/* the loop stopped on an error */
	hex_encode(d, 32, hex);
	s = store_stmt(st, "UPDATE record SET digest = ?, nfacts = ? WHERE id = ?", err);
	if (!s)
		goto out;
	sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, ntotal);
	sqlite3_bind_int64(s, 3, record_id);
	if (step_one(st, s, err, "cannot update record") < 0)
		goto out;
	sqlite3_reset(s);
	ret = 0;
out:
	for (id = 0; id <= MAX_SECTIONS; id++)
		if (used[id])
			sha256_abort(&sec[id]);
	return ret;
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
