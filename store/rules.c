/* rules.c: reading, adding and removing waiver and note rows, one shape for both tables. */
#include "rules.h"
#include "store-internal.h"

static const struct {
	const char *name;	/* in messages: "waiver", "note" */
	const char *plural;
	const char *select, *insert, *delete;
} tables[] = {
	[RULE_WAIVER] = { "waiver", "waivers",
		"SELECT id, machine_glob, path_glob, release_from, release_to, reason, '' FROM waiver ORDER BY id",
		"INSERT INTO waiver (machine_glob, path_glob, release_from, release_to, reason, created_at) "
		"VALUES (?, ?, ?, ?, ?, ?)",
		"DELETE FROM waiver WHERE id = ?" },
	[RULE_NOTE] = { "note", "notes",
		"SELECT id, machine_glob, path_glob, release_from, release_to, text, link FROM note ORDER BY id",
		"INSERT INTO note (machine_glob, path_glob, release_from, release_to, text, link) "
		"VALUES (?, ?, ?, ?, ?, ?)",
		"DELETE FROM note WHERE id = ?" },
};

static const char *text_or_empty(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return t ? (const char *)t : "";
}

int store_rules(struct store *st, enum rule_table t, rule_fn fn, void *data, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, tables[t].select, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct rule_row r;

		r.id = sqlite3_column_int64(s, 0);
		r.machine_glob = text_or_empty(s, 1);
		r.path_glob = text_or_empty(s, 2);
		r.release_from = text_or_empty(s, 3);
		r.release_to = text_or_empty(s, 4);
		r.text = text_or_empty(s, 5);
		r.link = text_or_empty(s, 6);
		if (fn(data, &r)) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot read %s: %s", tables[t].plural, sqlite3_errmsg(store_db(st)));
	return 0;
}

int store_rule_add(struct store *st, enum rule_table t, const struct rule_row *r, long long *id,
		   struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, tables[t].insert, err);
	char now[32];
	int rc;

	if (!s)
		return -1;
	store_now(now);
	sqlite3_bind_text(s, 1, r->machine_glob, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, r->path_glob, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, r->release_from ? r->release_from : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, r->release_to ? r->release_to : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 5, r->text, -1, SQLITE_TRANSIENT);
	if (t == RULE_WAIVER)
		sqlite3_bind_text(s, 6, now, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_text(s, 6, r->link ? r->link : "", -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot add %s: %s", tables[t].name, sqlite3_errmsg(store_db(st)));
	if (id)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return 0;
}

int store_rule_remove(struct store *st, enum rule_table t, long long id, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, tables[t].delete, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot remove %s %lld: %s", tables[t].name, id,
				 sqlite3_errmsg(store_db(st)));
	if (sqlite3_changes(store_db(st)) == 0)
		return error_set(err, ERR_NOTFOUND, "no %s %lld", tables[t].name, id);
	return 0;
}
