/* facts-query.c: the group-level reads of diff and identify: section digests, a record's groups, a group's facts. */
#include <stdio.h>
#include <string.h>

#include "facts-query.h"
#include "store-internal.h"

static int db_fail(struct store *st, struct error *err, const char *what)
{
	return error_set(err, ERR_DB, "%s: %s", what, sqlite3_errmsg(store_db(st)));
}

int catalog_section_digests(struct store *st, long long record_id, char digests[][65], int max,
			    struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT section_id, digest FROM record_section WHERE record_id = ?", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int id = sqlite3_column_int(s, 0);

		if (id >= 0 && id < max) {
			const char *t = (const char *)sqlite3_column_text(s, 1);
			size_t len = t ? strlen(t) : 0;

			len = len < 64 ? len : 64;
			memcpy(digests[id], t ? t : "", len);
			digests[id][len] = 0;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read section digests");
}

int catalog_record_groups(struct store *st, long long record_id, int section, group_fn fn, void *data,
			  struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT p.text, rg.grp_id FROM record_grp rg JOIN path p ON p.id = rg.key_id "
				     "WHERE rg.record_id = ? AND rg.section_id = ? ORDER BY p.text", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	sqlite3_bind_int(s, 2, section);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(data, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int64(s, 1))) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read record groups");
}

int catalog_section_groups(struct store *st, int section, record_group_fn fn, void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT rg.record_id, p.text, rg.grp_id FROM record_grp rg "
				     "JOIN path p ON p.id = rg.key_id WHERE rg.section_id = ? ORDER BY rg.record_id", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, section);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(data, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1),
		       sqlite3_column_int64(s, 2))) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read record groups");
}

int catalog_group_facts(struct store *st, long long grp, fact_fn fn, void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT p.text, v.text FROM grp_fact gf JOIN path p ON p.id = gf.path_id "
				     "JOIN value v ON v.id = gf.value_id WHERE gf.grp_id = ? ORDER BY p.text", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, grp);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(data, (const char *)sqlite3_column_text(s, 0), (const char *)sqlite3_column_text(s, 1))) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read group");
}

int catalog_group_leaf(struct store *st, long long record_id, int section, const char *leaf, group_leaf_fn fn,
		       void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT k.text, v.text, rg.grp_id FROM record_grp rg "
				     "JOIN path k ON k.id = rg.key_id JOIN path p ON p.text = k.text || '/' || ?3 "
				     "JOIN grp_fact gf ON gf.grp_id = rg.grp_id AND gf.path_id = p.id "
				     "JOIN value v ON v.id = gf.value_id WHERE rg.record_id = ?1 AND rg.section_id = ?2", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	sqlite3_bind_int(s, 2, section);
	sqlite3_bind_text(s, 3, leaf, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(data, (const char *)sqlite3_column_text(s, 0), (const char *)sqlite3_column_text(s, 1),
		       sqlite3_column_int64(s, 2))) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read group names");
}

static int each_id_pair(struct store *st, sqlite3_stmt *s, id_pair_fn fn, void *data, const char *what,
			struct error *err)
{
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(data, sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1))) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, what);
}

int catalog_group_fact_ids(struct store *st, long long grp, id_pair_fn fn, void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT path_id, value_id FROM grp_fact WHERE grp_id = ?", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, grp);
	return each_id_pair(st, s, fn, data, "cannot read group", err);
}

int catalog_record_group_ids(struct store *st, long long record_id, int section, id_pair_fn fn, void *data,
			     struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT key_id, grp_id FROM record_grp WHERE record_id = ? AND section_id = ?",
				     err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, record_id);
	sqlite3_bind_int(s, 2, section);
	return each_id_pair(st, s, fn, data, "cannot read record groups", err);
}

static int each_text(struct store *st, const char *sql, text_fn fn, void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(data, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1))) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read interned texts");
}

int catalog_paths(struct store *st, text_fn fn, void *data, struct error *err)
{
	/* the unique index on text is covering: text order without a sort */
	return each_text(st, "SELECT id, text FROM path ORDER BY text", fn, data, err);
}

int catalog_values(struct store *st, text_fn fn, void *data, struct error *err)
{
	return each_text(st, "SELECT id, text FROM value", fn, data, err);
}
