/* record.c: writing records: release, machine type and record rows, dumps with their raw input, groups, digests. */
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "sha256.h"
#include "store-internal.h"
#include "strbuf.h"
#include "util.h"

/*
 * The find-or-create shape every table here shares: find_id() steps a bound
 * SELECT of one id (1: found, 0: none, -1: error), insert_id() steps a bound
 * INSERT and gives the new row's id.  Both reset the statement.
 */
static int find_id(struct store *st, sqlite3_stmt *s, const char *what, long long *id, struct error *err)
{
	int rc = store_step(st, s, err, what);

	if (rc < 0)
		return -1;
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW;
}

static int insert_id(struct store *st, sqlite3_stmt *s, const char *what, long long *id, struct error *err)
{
	if (store_step(st, s, err, what) < 0)
		return -1;
	sqlite3_reset(s);
	if (id)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return 0;
}

/* Step a bound statement that returns no rows. */
static int run(struct store *st, sqlite3_stmt *s, const char *what, struct error *err)
{
	return insert_id(st, s, what, NULL, err);
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
	if ((rc = find_id(st, s, "cannot look up release", id, err)))
		return rc < 0 ? -1 : 0;
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
	return insert_id(st, s, "cannot add release", id, err);
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
	if ((rc = find_id(st, s, "cannot look up machine type", id, err)))
		return rc < 0 ? -1 : 0;
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
	return insert_id(st, s, "cannot add machine type", id, err);
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
	rc = find_id(st, s, "cannot look up record", id, err);
	if (rc < 0)
		return -1;
	if (rc) {
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
		return run(st, s, "cannot update record", err);
	}
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
	return insert_id(st, s, "cannot add record", id, err);
}

/* One text column of a one-row query with one id parameter into out[65] ("" when no row). */
static int get_text65(struct store *st, const char *sql, long long id, const char *kind, char out[65],
		      const char *what, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	out[0] = '\0';
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (kind)
		sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	rc = store_step(st, s, err, what);
	if (rc == SQLITE_ROW)
		snprintf(out, 65, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

int store_dump_sha(struct store *st, long long record_id, const char *kind,
		   char sha[65], struct error *err)
{
	sha[0] = '\0';
	if (!record_id)
		return 0;
	return get_text65(st, "SELECT input_sha256 FROM dump WHERE record_id = ? AND kind = ?", record_id, kind,
			  sha, "cannot look up dump", err);
}

int store_record_digest(struct store *st, long long record_id, char out[65], struct error *err)
{
	return get_text65(st, "SELECT digest FROM record WHERE id = ?", record_id, NULL, out,
			  "cannot read record digest", err);
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
	if ((rc = find_id(st, s, "cannot look up string", &id, err)))
		return rc < 0 ? -1 : id;
	s = store_stmt(st, is_path ? "INSERT INTO path (text) VALUES (?)" :
		       "INSERT INTO value (text) VALUES (?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, text, -1, SQLITE_STATIC);
	return insert_id(st, s, "cannot add string", &id, err) ? -1 : id;
}

/* The id of the row whose text column `sql` looks up equals key, or 0 (none) or -1. */
static long long find_by_text(struct store *st, const char *sql, const char *key, const char *what,
			      struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, sql, err);
	long long id = 0;

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	return find_id(st, s, what, &id, err) < 0 ? -1 : id;
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

	sha256_init(&c);
	for (i = from; i < to; i++) {
		sha256_update(&c, f->v[i].path, strlen(f->v[i].path) + 1);
		sha256_update(&c, f->v[i].value, strlen(f->v[i].value) + 1);
	}
	sha256_final(&c, d);
	hex_encode(d, 32, hex);

	gid = find_by_text(st, "SELECT id FROM grp WHERE digest = ?", hex, "cannot look up group", err);
	if (gid)
		return gid;
	s = store_stmt(st, "INSERT INTO grp (digest, nfacts) VALUES (?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (long long)(to - from));
	if (insert_id(st, s, "cannot add group", &gid, err))
		return -1;
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
		if (run(st, s, "cannot add fact", err))
			return error_prefix(err, "fact '%s'", f->v[i].path);
	}
	return gid;
}

static long long put_blob(struct store *st, const struct dump_meta *d, struct error *err)
{
	struct strbuf z = STRBUF_INIT;
	sqlite3_stmt *s;
	long long id;
	char d_sha[65];

	sha256_hex(d->raw, d->rawlen, d_sha);
	id = find_by_text(st, "SELECT id FROM blob WHERE sha256 = ?", d_sha, "cannot look up raw input", err);
	if (id)
		return id;
	id = -1;
	if (zcompress(d->raw, d->rawlen, &z, err))
		goto out;
	s = store_stmt(st, "INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", err);
	if (!s)
		goto out;
	sqlite3_bind_text(s, 1, d_sha, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (long long)d->rawlen);
	sqlite3_bind_blob(s, 3, z.buf, (int)z.len, SQLITE_STATIC);
	if (insert_id(st, s, "cannot store raw input", &id, err))
		id = -1;
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
	const struct section_info *secs;
	size_t i, j, k, nsecs = store_sections(st, &secs);

	/* every fact must belong to a section this kind feeds */
	for (i = 0; i < f->nr; i++) {
		const struct section_info *sec =
			store_section_by_name(st, f->v[i].path, fact_section_len(f->v[i].path));

		if (!sec || strcmp(sec->kind, d->kind))
			return error_set(err, ERR_INTERNAL, "fact '%s' is not in a section of a %s dump",
					 f->v[i].path, d->kind);
	}
	/* drop what the previous dump of this kind contributed */
	for (k = 0; k < nsecs; k++) {
		if (strcmp(secs[k].kind, d->kind))
			continue;
		s = store_stmt(st, "DELETE FROM record_grp WHERE record_id = ? AND section_id = ?", err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, record_id);
		sqlite3_bind_int(s, 2, secs[k].id);
		if (run(st, s, "cannot replace facts", err))
			return -1;
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
		if (run(st, s, "cannot add group to record", err))
			return error_prefix(err, "group '%s'", f->v[i].group);
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
	if (run(st, s, "cannot add dump", err))
		return -1;
	return 0;
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
	if (run(st, s, "cannot update record", err))
		return -1;

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
		store_db_fail(st, err, "cannot read record groups");
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
		if (run(st, s, "cannot add section digest", err))
			break;
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
	if (run(st, s, "cannot update record", err))
		goto out;
	ret = 0;
out:
	for (id = 0; id <= MAX_SECTIONS; id++)
		if (used[id])
			sha256_abort(&sec[id]);
	return ret;
}


int store_each_dump(struct store *st, dump_fn fn, void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT d.record_id, d.kind, m.name, d.source, d.input_sha256, "
				     "d.collector, d.imported_by, b.size, b.data FROM dump d "
				     "JOIN blob b ON b.id = d.blob_id JOIN record r ON r.id = d.record_id "
				     "JOIN machine m ON m.id = r.machine_id ORDER BY d.record_id, d.kind", err);
	struct strbuf raw = STRBUF_INIT;
	int rc, ret = -1;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct stored_dump d;

		d.record_id = sqlite3_column_int64(s, 0);
		d.kind = (const char *)sqlite3_column_text(s, 1);
		d.machine = (const char *)sqlite3_column_text(s, 2);
		d.source = (const char *)sqlite3_column_text(s, 3);
		d.input_sha256 = (const char *)sqlite3_column_text(s, 4);
		d.collector = (const char *)sqlite3_column_text(s, 5);
		d.imported_by = (const char *)sqlite3_column_text(s, 6);
		strbuf_reset(&raw);
		if (zuncompress(sqlite3_column_blob(s, 8), (size_t)sqlite3_column_bytes(s, 8),
				(size_t)sqlite3_column_int64(s, 7), &raw, err)) {
			error_prefix(err, "dump of record %lld", d.record_id);
			goto out;
		}
		d.raw = (const unsigned char *)raw.buf;
		d.rawlen = raw.len;
		if (fn(data, &d))
			goto out;
	}
	if (rc != SQLITE_DONE) {
		store_db_fail(st, err, "cannot read dumps");
		goto out;
	}
	ret = 0;
out:
	sqlite3_reset(s);
	strbuf_release(&raw);
	return ret;
}

int store_dump_raw(struct store *st, long long record_id, const char *kind, char **raw, size_t *len,
		   struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT b.size, b.data FROM dump d JOIN blob b ON b.id = d.blob_id "
				     "WHERE d.record_id = ? AND d.kind = ?", err);
	struct strbuf sb = STRBUF_INIT;
	int rc, ret = -1;

	*raw = NULL;
	*len = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if (zuncompress(sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1),
				(size_t)sqlite3_column_int64(s, 0), &sb, err)) {
			error_prefix(err, "%s dump of record %lld", kind, record_id);
			goto out;
		}
		*len = sb.len;
		*raw = strbuf_detach(&sb, NULL);
	} else if (rc != SQLITE_DONE) {
		store_db_fail(st, err, "cannot read a dump");
		goto out;
	}
	ret = 0;
out:
	sqlite3_reset(s);
	strbuf_release(&sb);
	return ret;
}
