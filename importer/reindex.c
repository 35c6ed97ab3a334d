/* reindex.c: rebuilding facts from the raw inputs kept in the store. */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "util.h"

struct stored_copy {
	long long record_id;
	const char *kind;	/* its dump_kinds[] row's name */
	char *machine, *source, *input_sha, *collector, *by;
	struct strbuf raw;
};

static void stored_copy_release(struct stored_copy *d)
{
	free(d->machine);
	free(d->source);
	free(d->input_sha);
	free(d->collector);
	free(d->by);
	strbuf_release(&d->raw);
}

struct dump_list {
	struct stored_copy *v;
	size_t nr, alloc;
	struct error *err;
};

/* Keep a copy of each stored dump: the walk must end before anything is written. */
static int keep_dump(void *data, const struct stored_dump *s)
{
	struct dump_list *l = data;
	const struct dump_kind *k = dump_kind_find(s->kind);
	struct stored_copy *d;

	if (!k)
		return error_set(l->err, ERR_INPUT, "dump of record %lld: unknown dump kind '%s'", s->record_id,
				 s->kind);
	if (l->nr == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 64;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	d = &l->v[l->nr++];
	d->record_id = s->record_id;
	d->kind = k->name;
	d->machine = xstrdup(s->machine);
	d->source = xstrdup(s->source);
	d->input_sha = xstrdup(s->input_sha256);
	d->collector = xstrdup(s->collector);
	d->by = xstrdup(s->imported_by);
	strbuf_init(&d->raw, s->rawlen);
	strbuf_add(&d->raw, s->raw, s->rawlen);
	return 0;
}

int reindex_all(struct store *st, size_t *records, size_t *nfacts, struct error *err)
{
	struct dump_list l = { NULL, 0, 0, err };
	struct stored_copy *v;
	size_t n, i, j;
	int ret = -1;

	*records = *nfacts = 0;
	if (store_each_dump(st, keep_dump, &l, err))
		goto out;
	v = l.v;
	n = l.nr;
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
	for (i = 0; i < l.nr; i++)
		stored_copy_release(&l.v[i]);
	free(l.v);
	return ret;
}
