/* import.c: decoding record inputs into facts and storing them, one transaction per record. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "sha256.h"
#include "util.h"

typedef int (*guest_decoder)(const struct filemap *, struct facts *, struct error *);

/* The guest view's decoders, one per source inside the guest folder. */
static const guest_decoder guest_decoders[] = {
	decode_acpi, decode_acpi_ns, decode_pci, decode_smbios, decode_cpuinfo, decode_cpuid, decode_memmap,
	decode_fwcfg,
};

int decode_dump(struct dump_input *d, const char *machine, struct facts *out, struct error *err)
{
	int rc = -1;
	size_t i;

	if (strcmp(d->kind, "guest") && dump_load(d, err))
		return -1;
	if (!strcmp(d->kind, "qom"))
		rc = decode_qom(d->json, out, err);
	else if (!strcmp(d->kind, "qmp"))
		rc = decode_qmp(d->json, machine, out, err);
	else if (!strcmp(d->kind, "vmstate"))
		rc = decode_vmstate(d->json, out, err);
	else if (!strcmp(d->kind, "vmdesc"))
		rc = decode_vmdesc(d->json, out, err);
	else if (!strcmp(d->kind, "guest"))
		for (i = 0, rc = 0; i < ARRAY_SIZE(guest_decoders) && !rc; i++)
			rc = guest_decoders[i](&d->files, out, err);
	else
		return error_set(err, ERR_INTERNAL, "no decoder for dump kind '%s'", d->kind);
	if (rc) {
		if (!strstr(err->msg, d->source))
			error_prefix(err, "'%s'", d->source);
		return -1;
	}
	facts_sort(out);
	return 0;
}

void decode_cache_release(struct decode_cache *c)
{
	facts_release(&c->facts);
	memset(c, 0, sizeof(*c));
}

/*
 * decode_dump, answered from the cache for a vmstate body seen before.
 * *use points at the facts to store: out, or the cache's own.
 */
static int decode_cached(struct dump_input *d, const char *machine, struct decode_cache *c,
			 struct facts *out, const struct facts **use, struct error *err)
{
	char sha[65];

	*use = out;
	if (!c || strcmp(d->kind, "vmstate"))
		return decode_dump(d, machine, out, err);
	if (dump_inflate(d, err))
		return -1;
	sha256_hex(d->raw.buf, d->raw.len, sha);
	if (!strcmp(sha, c->sha256)) {
		c->hits++;
		*use = &c->facts;
		return 0;
	}
	if (decode_dump(d, machine, out, err))
		return -1;
	/* keep this one for the next record: take the facts over */
	facts_release(&c->facts);
	c->facts = *out;
	facts_init(out);
	memcpy(c->sha256, sha, sizeof(sha));
	*use = &c->facts;
	return 0;
}

void import_result_release(struct import_result *r)
{
	free(r->record_ids);
	memset(r, 0, sizeof(*r));
}

static void add_id(struct import_result *res, long long id)
{
	res->record_ids = xrealloc(res->record_ids, (res->nids + 1) * sizeof(*res->record_ids));
	res->record_ids[res->nids++] = id;
}

/* Test hook: ABIDB_CRASH_AT=mid-record kills the process inside a record's transaction. */
static void maybe_crash(const char *where)
{
	const char *at = getenv("ABIDB_CRASH_AT");

	if (at && !strcmp(at, where))
		raise(SIGKILL);
}

enum record_outcome { REC_UNCHANGED, REC_ADDED, REC_UPDATED };



static int import_one(struct store *st, struct record_input *r, const struct import_opts *o,
		      struct import_result *res, enum record_outcome *outcome, struct error *err)
{
	struct release_ident rel = { r->release, r->stream, r->package };
	struct machine_ident mi = { r->machine, r->arch, r->alias, r->is_default, r->deprecated };
	struct facts facts[DUMP_KINDS];
	const struct facts *use[DUMP_KINDS] = { NULL };
	int is_new[DUMP_KINDS] = { 0 };
	long long release_id = 0, machine_id = 0, record_id = 0;
	char sha[65], before[65], after[65];
	struct dump_input *conflict = NULL;
	size_t i, nnew = 0;
	int ret = -1, created = 0;
	struct error lookup = ERROR_INIT;

	for (i = 0; i < DUMP_KINDS; i++)
		facts_init(&facts[i]);
	*outcome = REC_UNCHANGED;

	/* cheap check first: which dumps does the store have already, byte for byte? */
	if (!store_release_id(st, &rel, 0, &release_id, &lookup) &&
	    !store_machine_id(st, r->arch, r->machine, 0, &machine_id, &lookup))
		store_record_id(st, release_id, machine_id, NULL, 0, &record_id, &lookup);
	for (i = 0; i < r->ndumps; i++) {
		if (store_dump_sha(st, record_id, r->dumps[i].kind, sha, err))
			goto out;
		is_new[i] = strcmp(sha, r->dumps[i].input_sha256) != 0;
		nnew += is_new[i];
	}
	if (!nnew) {
		add_id(res, record_id);
		ret = 0;
		goto out;
	}

	/* decode outside the transaction: a writer holds the lock only to write */
	for (i = 0; i < r->ndumps; i++) {
		if (!is_new[i])
			continue;
		if (decode_cached(&r->dumps[i], r->machine, o->cache, &facts[i], &use[i], err))
			goto out;
		res->facts += use[i]->nr;
	}

	if (store_begin(st, err))
		goto out;
	if (store_release_id(st, &rel, 1, &release_id, err) ||
	    store_machine_id(st, r->arch, r->machine, 1, &machine_id, err))
		goto fail;
	created = !record_id;
	if (store_record_id(st, release_id, machine_id, &mi, 1, &record_id, err) ||
	    store_record_digest(st, record_id, before, err))
		goto fail;
	for (i = 0; i < r->ndumps; i++) {
		struct dump_meta meta;

		if (!is_new[i])
			continue;
		/* re-check inside the transaction: another writer may have been first */
		if (store_dump_sha(st, record_id, r->dumps[i].kind, sha, err))
			goto fail;
		if (!strcmp(sha, r->dumps[i].input_sha256)) {
			is_new[i] = 0;
			continue;
		}
		if (*sha && !o->replace && !conflict)
			conflict = &r->dumps[i];
		if (dump_inflate(&r->dumps[i], err))
			goto fail;
		meta.kind = r->dumps[i].kind;
		meta.source = r->dumps[i].source;
		meta.imported_by = o->imported_by;
		meta.collector = r->collector;
		meta.raw = (const unsigned char *)r->dumps[i].raw.buf;
		meta.rawlen = r->dumps[i].raw.len;
		meta.input_sha256 = r->dumps[i].input_sha256;
		if (store_put_dump(st, record_id, &meta, use[i], err))
			goto fail;
		res->dumps_added++;
		maybe_crash("mid-record");
	}
	if (store_record_update(st, record_id, err))
		goto fail;
	if (conflict) {
		/*
		 * Other bytes than the stored dump (another format, another
		 * collector run): fine if they say the same, else --replace.
		 */
		if (store_record_digest(st, record_id, after, err))
			goto fail;
		store_rollback(st);
		if (strcmp(before, after)) {
			error_set(err, ERR_INPUT, "'%s': record %s %s already has a different %s dump "
				  "with other facts: use --replace to replace it", conflict->source,
				  r->release, r->machine, conflict->kind);
			goto out;
		}
		add_id(res, record_id);
		ret = 0;
		goto out;
	}
	if (store_commit(st, err))
		goto fail;
	*outcome = created ? REC_ADDED : REC_UPDATED;
	add_id(res, record_id);
	ret = 0;
	goto out;
fail:
	store_rollback(st);
out:
	for (i = 0; i < DUMP_KINDS; i++)
		facts_release(&facts[i]);
	return ret;
}

int import_record(struct store *st, struct record_input *r, const struct import_opts *o,
		  struct import_result *res, struct error *err)
{
	enum record_outcome oc;

	res->records++;
	if (import_one(st, r, o, res, &oc, err)) {
		res->failed++;
		return -1;
	}
	if (oc == REC_ADDED)
		res->added++;
	else if (oc == REC_UPDATED)
		res->updated++;
	else
		res->unchanged++;
	return 0;
}

int import_records(struct store *st, struct input_set *in, const struct import_opts *o,
		   struct import_result *res, struct error *err)
{
	struct error one = ERROR_INIT;
	size_t i, failed = res->failed;

	for (i = 0; i < in->nr; i++) {
		if (o->progress)
			o->progress(o->progress_data, in->v[i].source, i, in->nr);
		error_clear(&one);
		if (!import_record(st, &in->v[i], o, res, &one))
			continue;
		if (in->nr == 1 || !o->record_error) {
			*err = one;
			if (in->nr == 1)
				return -1;
		} else {
			o->record_error(o->error_data, &one);
		}
	}
	if (o->progress)
		o->progress(o->progress_data, NULL, in->nr, in->nr);
	if (res->failed > failed) {
		if (in->nr > 1)
			error_set(err, ERR_INPUT, "%zu of %zu records failed to import", res->failed - failed, in->nr);
		return -1;
	}
	return 0;
}

int import_probe_facts(const char *path, struct facts *probe, struct error *err)
{
	struct input_set in;
	struct import_opts o;
	size_t i, k;
	int ret = -1;

	memset(&in, 0, sizeof(in));
	memset(&o, 0, sizeof(o));
	/* a bare probe names no release or machine: let the reader accept it */
	o.release = "0";
	o.machine = "probe";
	o.arch = "x86_64";
	if (input_read_path(path, &o, &in, err))
		goto out;
	for (i = 0; i < in.nr; i++)
		for (k = 0; k < in.v[i].ndumps; k++) {
			struct facts f = FACTS_INIT;
			size_t j;

			if (decode_dump(&in.v[i].dumps[k], in.v[i].machine, &f, err)) {
				facts_release(&f);
				goto out;
			}
			for (j = 0; j < f.nr; j++)
				facts_add(probe, f.v[j].group,
					  f.v[j].path[strlen(f.v[j].group)] ? f.v[j].path + strlen(f.v[j].group) + 1 : "",
					  f.v[j].value);
			facts_release(&f);
		}
	facts_sort(probe);
	if (!probe->nr) {
		error_set(err, ERR_INPUT, "'%s': no facts decoded", path);
		goto out;
	}
	ret = 0;
out:
	if (ret)
		facts_release(probe);
	input_set_release(&in);
	return ret;
}
