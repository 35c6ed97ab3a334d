/* catalog.c: listing releases, machine types, records, and a record's facts. */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "store-internal.h"
#include "util.h"

static void fill_release(sqlite3_stmt *s, void *row)
{
	struct release_row *r = row;

	r->id = sqlite3_column_int64(s, 0);
	r->version = store_col_dup(s, 1);
	r->stream = store_col_dup(s, 2);
	r->package = store_col_dup(s, 3);
	r->major = sqlite3_column_int(s, 4);
	r->minor = sqlite3_column_int(s, 5);
	r->micro = sqlite3_column_int(s, 6);
}

int catalog_releases(struct store *st, struct release_row **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, version, stream, package, major, minor, micro FROM release "
				     "ORDER BY major, minor, micro, extra, stream", err);

	return store_rows(st, s, sizeof(**out), fill_release, (void **)out, n, "cannot list releases", err);
}

static void fill_machine(sqlite3_stmt *s, void *row)
{
	struct machine_row *m = row;

	m->id = sqlite3_column_int64(s, 0);
	m->name = store_col_dup(s, 1);
	m->arch = store_col_dup(s, 2);
	m->family = store_col_dup(s, 3);
	m->family_version = store_col_dup(s, 4);
	m->vmajor = sqlite3_column_int(s, 5);
	m->vminor = sqlite3_column_int(s, 6);
	m->vmicro = sqlite3_column_int(s, 7);
}

int catalog_machines(struct store *st, struct machine_row **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, name, arch, family, family_version, "
				     "coalesce(vmajor, -1), coalesce(vminor, -1), coalesce(vmicro, -1) FROM machine "
				     "ORDER BY arch, family, vmajor, vminor, vmicro, name", err);

	return store_rows(st, s, sizeof(**out), fill_machine, (void **)out, n, "cannot list machine types", err);
}

#define RECORD_COLS \
	"SELECT r.id, r.release_id, r.machine_id, rl.version, rl.stream, m.name, m.arch, m.family, " \
	"coalesce(r.alias, ''), r.is_default, r.deprecated, r.nfacts, r.digest, " \
	"(SELECT group_concat(kind, ',') FROM (SELECT kind FROM dump d WHERE d.record_id = r.id ORDER BY kind)) " \
	"FROM record r JOIN release rl ON rl.id = r.release_id JOIN machine m ON m.id = r.machine_id "

static void fill_record(sqlite3_stmt *s, void *row)
{
	struct record_row *r = row;

	r->id = sqlite3_column_int64(s, 0);
	r->release_id = sqlite3_column_int64(s, 1);
	r->machine_id = sqlite3_column_int64(s, 2);
	r->release = store_col_dup(s, 3);
	r->stream = store_col_dup(s, 4);
	r->machine = store_col_dup(s, 5);
	r->arch = store_col_dup(s, 6);
	r->family = store_col_dup(s, 7);
	r->alias = store_col_dup(s, 8);
	r->is_default = sqlite3_column_int(s, 9);
	r->deprecated = sqlite3_column_int(s, 10);
	r->nfacts = sqlite3_column_int64(s, 11);
	r->digest = store_col_dup(s, 12);
	r->kinds = store_col_dup(s, 13);
}

int catalog_records(struct store *st, struct record_row **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, RECORD_COLS "ORDER BY m.arch, m.family, m.vmajor, m.vminor, m.vmicro, "
				     "m.name, rl.major, rl.minor, rl.micro, rl.extra, rl.stream", err);

	return store_rows(st, s, sizeof(**out), fill_record, (void **)out, n, "cannot list records", err);
}

void record_row_release(struct record_row *r)
{
	free(r->release);
	free(r->stream);
	free(r->machine);
	free(r->arch);
	free(r->family);
	free(r->alias);
	free(r->digest);
	free(r->kinds);
	memset(r, 0, sizeof(*r));
}

void record_row_copy(struct record_row *dst, const struct record_row *src)
{
	*dst = *src;
	dst->release = xstrdup_or_null(src->release);
	dst->stream = xstrdup_or_null(src->stream);
	dst->machine = xstrdup_or_null(src->machine);
	dst->arch = xstrdup_or_null(src->arch);
	dst->family = xstrdup_or_null(src->family);
	dst->alias = xstrdup_or_null(src->alias);
	dst->digest = xstrdup_or_null(src->digest);
	dst->kinds = xstrdup_or_null(src->kinds);
}

void release_rows_free(struct release_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].version);
		free(v[i].stream);
		free(v[i].package);
	}
	free(v);
}

void machine_rows_free(struct machine_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].arch);
		free(v[i].family);
		free(v[i].family_version);
	}
	free(v);
}

void record_rows_free(struct record_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		record_row_release(&v[i]);
	free(v);
}

int catalog_find_record(struct store *st, const char *release, const char *machine,
			struct record_row *out, struct error *err)
{
	return catalog_find_record_arch(st, release, machine, NULL, out, err);
}

int catalog_find_record_arch(struct store *st, const char *release, const char *machine, const char *arch,
			     struct record_row *out, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, RECORD_COLS "WHERE rl.version = ?1 AND (?2 = '' OR rl.stream = ?2) "
				     "AND m.name = ?3 AND (?4 = '' OR m.arch = ?4) ORDER BY rl.stream, m.arch", err);
	char *version = xstrdup(release), *slash = strchr(version, '/');
	int rc, found = 0;

	memset(out, 0, sizeof(*out));
	if (!s) {
		free(version);
		return -1;
	}
	if (slash)
		*slash++ = '\0';
	sqlite3_bind_text(s, 1, version, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, slash ? slash : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, machine, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, arch ? arch : "", -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (found++) {
			char *other = store_col_dup(s, 4), *other_arch = store_col_dup(s, 6);

			sqlite3_reset(s);
			if (strcmp(other, out->stream))
				error_set(err, ERR_USAGE, "release '%s' exists in streams '%s' and '%s': say '%s/%s'",
					  version, out->stream, other, version, out->stream);
			else
				error_set(err, ERR_USAGE, "machine type '%s' of release '%s' exists for targets '%s' and "
					  "'%s': give --arch", machine, release, out->arch, other_arch);
			free(other);
			free(other_arch);
			record_row_release(out);
			free(version);
			return -1;
		}
		fill_record(s, out);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(version);
		record_row_release(out);
		return store_db_fail(st, err, "cannot look up record");
	}
	if (!found) {
		if (arch)
			error_set(err, ERR_NOTFOUND, "no record for machine type '%s' (%s) in release '%s'", machine, arch,
				  release);
		else
			error_set(err, ERR_NOTFOUND, "no record for machine type '%s' in release '%s'", machine, release);
		free(version);
		return -1;
	}
	free(version);
	return 0;
}

int catalog_record_by_id(struct store *st, long long id, struct record_row *out, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, RECORD_COLS "WHERE r.id = ?", err);
	int rc;

	memset(out, 0, sizeof(*out));
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		fill_record(s, out);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return error_set(err, ERR_NOTFOUND, "no record with id %lld", id);
	return store_db_fail(st, err, "cannot look up record");
}

int catalog_facts(struct store *st, long long record_id, const char *glob, fact_fn fn, void *data,
		  struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT p.text, v.text FROM record_grp rg "
				     "JOIN grp_fact gf ON gf.grp_id = rg.grp_id "
				     "JOIN path p ON p.id = gf.path_id JOIN value v ON v.id = gf.value_id "
				     "WHERE rg.record_id = ? ORDER BY p.text", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(s, 0);

		if (glob && !glob_match(glob, path))
			continue;
		if (fn(data, path, (const char *)sqlite3_column_text(s, 1))) {
			sqlite3_reset(s);
			return error_set(err, ERR_IO, "cannot write facts");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_db_fail(st, err, "cannot read facts");
}
