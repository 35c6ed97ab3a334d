/* reindex.c: rebuilding facts from the raw inputs kept in the store. */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "util.h"

static const char *static_kind(const char *k)
{
	const struct dump_kind *dk = dump_kind_find(k);

	return dk ? dk->name : NULL;
}

struct stored_dump {
	long long record_id;
	const char *kind;
	char *machine, *source, *input_sha, *collector, *by;
	struct strbuf raw;
};

static void stored_dump_release(struct stored_dump *d)
{
	free(d->machine);
	free(d->source);
	free(d->input_sha);
	free(d->collector);
	free(d->by);
	strbuf_release(&d->raw);
}

static int load_dumps(struct store *st, struct stored_dump **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT d.record_id, d.kind, m.name, d.source, d.input_sha256, "
				     "d.collector, d.imported_by, b.size, b.data FROM dump d "
				     "JOIN blob b ON b.id = d.blob_id JOIN record r ON r.id = d.record_id "
				     "JOIN machine m ON m.id = r.machine_id ORDER BY d.record_id, d.kind", err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct stored_dump *d;

		if (*n == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			*out = xrealloc(*out, alloc * sizeof(**out));
		}
		d = &(*out)[(*n)++];
		memset(d, 0, sizeof(*d));
		strbuf_init(&d->raw, 0);
		d->record_id = sqlite3_column_int64(s, 0);
		d->kind = static_kind((const char *)sqlite3_column_text(s, 1));
		d->machine = xstrdup((const char *)sqlite3_column_text(s, 2));
		d->source = xstrdup((const char *)sqlite3_column_text(s, 3));
		d->input_sha = xstrdup((const char *)sqlite3_column_text(s, 4));
		d->collector = xstrdup((const char *)sqlite3_column_text(s, 5));
		d->by = xstrdup((const char *)sqlite3_column_text(s, 6));
		if (!d->kind || zuncompress(sqlite3_column_blob(s, 8), (size_t)sqlite3_column_bytes(s, 8),
					    (size_t)sqlite3_column_int64(s, 7), &d->raw, err)) {
			sqlite3_reset(s);
			return error_prefix(err, "dump of record %lld", d->record_id);
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot read dumps: %s", sqlite3_errmsg(store_db(st)));
	return 0;
}

int reindex_all(struct store *st, size_t *records, size_t *nfacts, struct error *err)
{
	struct stored_dump *v = NULL;
	size_t n = 0, i, j;
	int ret = -1;

	*records = *nfacts = 0;
	if (load_dumps(st, &v, &n, err))
		goto out;
	for (i = 0; i < n; i = j) {
		if (store_begin(st, err))
			goto out;
		for (j = i; j < n && v[j].record_id == v[i].record_id; j++) {
			struct dump_input d;
			struct facts f = FACTS_INIT;
			struct dump_meta meta;
			int rc;

			if (dump_from_raw(&d, v[j].kind, v[j].source, v[j].raw.buf, v[j].raw.len, err)) {
				dump_input_release(&d);
				store_rollback(st);
				goto out;
			}
			rc = decode_dump(&d, v[j].machine, &f, err);
			meta.kind = v[j].kind;
			meta.source = v[j].source;
			meta.imported_by = v[j].by;
			meta.collector = v[j].collector;
			meta.raw = (const unsigned char *)v[j].raw.buf;
			meta.rawlen = v[j].raw.len;
			meta.input_sha256 = v[j].input_sha;
			if (!rc)
				rc = store_put_dump(st, v[j].record_id, &meta, &f, err);
			*nfacts += f.nr;
			facts_release(&f);
			dump_input_release(&d);
			if (rc) {
				store_rollback(st);
				goto out;
			}
		}
		if (store_record_update(st, v[i].record_id, err) || store_commit(st, err)) {
			store_rollback(st);
			goto out;
		}
		(*records)++;
	}
	ret = store_gc(st, err);
out:
	for (i = 0; i < n; i++)
		stored_dump_release(&v[i]);
	free(v);
	return ret;
}
