/* decode-acpi.c: ACPI tables (acpi/<SIG>.bin) to facts: header checks, one iasl batch, the parsers, a caller-owned cache. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "sha256.h"
#include "util.h"

#define ACPI_HEADER_LEN 36
#define FACS_MIN_LEN 36		/* up to and including the version byte */
#define CACHE_SLOTS 64

void tfacts_add(struct tfacts *t, const char *gsuf, const char *sub, const char *value)
{
	struct tfact *x;

	if (t->nr == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 64;
		t->v = xrealloc(t->v, t->alloc * sizeof(*t->v));
	}
	x = &t->v[t->nr++];
	x->gsuf = xstrdup(gsuf);
	x->sub = xstrdup(sub);
	x->value = xstrdup(value);
}

void tfacts_copy(struct tfacts *dst, const struct tfacts *src)
{
	size_t i;

	for (i = 0; i < src->nr; i++)
		tfacts_add(dst, src->v[i].gsuf, src->v[i].sub, src->v[i].value);
}

void tfacts_release(struct tfacts *t)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		free(t->v[i].gsuf);
		free(t->v[i].sub);
		free(t->v[i].value);
	}
	free(t->v);
	t->v = NULL;
	t->nr = t->alloc = 0;
}

/* ---- the cache of decoded tables, keyed by the sha256 of their bytes ---- */

struct acpi_cache_slot {
	char key[65];
	struct tfacts facts;
	unsigned long used;
};

struct acpi_cache {
	struct acpi_cache_slot slots[CACHE_SLOTS];
	unsigned long clock;
	size_t hits;
};

struct acpi_cache *acpi_cache_new(void)
{
	return xcalloc(1, sizeof(struct acpi_cache));
}

void acpi_cache_free(struct acpi_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < CACHE_SLOTS; i++)
		tfacts_release(&c->slots[i].facts);
	free(c);
}

/* Copy a cached table's facts into t; 1 on a hit. */
static int cache_get(struct acpi_cache *c, const char *key, struct tfacts *t)
{
	size_t i;

	for (i = 0; c && i < CACHE_SLOTS; i++) {
		struct acpi_cache_slot *s = &c->slots[i];

		if (s->key[0] && !strcmp(s->key, key)) {
			s->used = ++c->clock;
			tfacts_copy(t, &s->facts);
			c->hits++;
			return 1;
		}
	}
	return 0;
}

/* Store a copy of t under key, evicting the least recently used slot. */
static void cache_store(struct acpi_cache *c, const char *key, const struct tfacts *t)
{
	struct acpi_cache_slot *victim = NULL;
	size_t i;

	for (i = 0; c && i < CACHE_SLOTS; i++) {
		struct acpi_cache_slot *s = &c->slots[i];

		if (!victim || !s->key[0] || (victim->key[0] && s->used < victim->used))
			victim = s;
	}
	if (!victim)
		return;
	tfacts_release(&victim->facts);
	memcpy(victim->key, key, sizeof(victim->key));
	tfacts_copy(&victim->facts, t);
	victim->used = ++c->clock;
}

/* ---- the binary header ---- */

static uint32_t le32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

/* A fixed-size text field as a quoted string, non-printables escaped. */
static char *quote_field(const unsigned char *p, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	strbuf_addch(&sb, '"');
	for (i = 0; i < n; i++) {
		if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '"' && p[i] != '\\')
			strbuf_addch(&sb, p[i]);
		else
			strbuf_addf(&sb, "\\x%02x", p[i]);
	}
	strbuf_addch(&sb, '"');
	return strbuf_detach(&sb, NULL);
}

static int is_facs(const struct filemap_entry *e)
{
	return e->len >= 4 && !memcmp(e->data, "FACS", 4);
}

static int is_aml(const struct filemap_entry *e)
{
	return e->len >= 4 && (!memcmp(e->data, "DSDT", 4) || !memcmp(e->data, "SSDT", 4));
}

/* Check the header of one table; 0 or -1 with err naming the file. */
static int check_header(const struct filemap_entry *e, struct error *err)
{
	size_t need = is_facs(e) ? FACS_MIN_LEN : ACPI_HEADER_LEN;
	size_t i;
	uint32_t len;

	if (e->len < need)
		return error_set(err, ERR_INPUT, "'%s': truncated table: %zu bytes, the header needs %zu",
				 e->path, e->len, need);
	for (i = 0; i < 4; i++)
		if (!isalnum(e->data[i]) && e->data[i] != '_')
			return error_set(err, ERR_INPUT, "'%s': bad signature at offset 0", e->path);
	len = le32(e->data + 4);
	if (len != e->len)
		return error_set(err, ERR_INPUT, "'%s': length field at offset 4 is %u, the file has %zu bytes",
				 e->path, (unsigned)len, e->len);
	return 0;
}

static void add_header_facts(const struct filemap_entry *e, struct tfacts *t)
{
	const unsigned char *d = e->data;
	char *s;

	if (is_facs(e)) {
		tfacts_add(t, "", "header/length", s = xstrfmt("%u", (unsigned)le32(d + 4)));
		free(s);
		tfacts_add(t, "", "header/hardware_signature", s = xstrfmt("0x%08X", (unsigned)le32(d + 8)));
		free(s);
		tfacts_add(t, "", "header/version", s = xstrfmt("0x%02X", d[32]));
		free(s);
		return;
	}
	tfacts_add(t, "", "header/length", s = xstrfmt("%u", (unsigned)le32(d + 4)));
	free(s);
	tfacts_add(t, "", "header/revision", s = xstrfmt("0x%02X", d[8]));
	free(s);
	tfacts_add(t, "", "header/oem_id", s = quote_field(d + 10, 6));
	free(s);
	tfacts_add(t, "", "header/oem_table_id", s = quote_field(d + 16, 8));
	free(s);
	tfacts_add(t, "", "header/oem_revision", s = xstrfmt("0x%08X", (unsigned)le32(d + 24)));
	free(s);
	tfacts_add(t, "", "header/creator_id", s = quote_field(d + 28, 4));
	free(s);
	tfacts_add(t, "", "header/creator_revision", s = xstrfmt("0x%08X", (unsigned)le32(d + 32)));
	free(s);
}

/* Facts for a table iasl only dumps: the body after the header, as hex or a digest. */
static void add_body_fact(const struct filemap_entry *e, struct tfacts *t)
{
	size_t n = e->len - ACPI_HEADER_LEN;
	char *hex;

	if (n > 256) {
		char d[65];

		sha256_hex(e->data + ACPI_HEADER_LEN, n, d);
		tfacts_add(t, "", "body/sha256", d);
		return;
	}
	hex = xmalloc(2 * n + 1);
	hex_encode(e->data + ACPI_HEADER_LEN, n, hex);
	tfacts_add(t, "", "body", hex);
	free(hex);
}

/* ---- the decoder ---- */

struct job {
	const struct filemap_entry *e;
	char *sig;		/* file basename without .bin */
	char key[65];
	struct tfacts facts;	/* relative to acpi/<sig> */
	size_t same;		/* index of the job with the same bytes, or itself */
	size_t run;		/* its index in the iasl batch + 1; 0: not run */
};

/* Turn one .dsl into facts; -1 if the output is not what iasl prints for a table. */
static int decode_dsl(const struct filemap_entry *e, const char *dsl, size_t len, struct tfacts *t)
{
	size_t nr0;

	add_header_facts(e, t);
	if (is_aml(e))
		return acpi_parse_asl(dsl, len, t);
	nr0 = t->nr;
	acpi_parse_data_table(dsl, is_facs(e), t);
	if (t->nr == nr0 && !is_facs(e) && e->len > ACPI_HEADER_LEN)
		add_body_fact(e, t);
	return 0;
}

static int sig_ok(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return 0;
	return 1;
}

/* The table files of the snapshot, checked; -1 on a bad one. */
static int collect_jobs(const struct filemap *guest, struct job *jobs, size_t *njobs, struct error *err)
{
	size_t i;

	*njobs = 0;
	for (i = 0; i < guest->nr; i++) {
		const struct filemap_entry *e = &guest->v[i];
		const char *base;
		struct job *jb;

		if (!starts_with(e->path, "acpi/") || !ends_with(e->path, ".bin"))
			continue;
		base = e->path + strlen("acpi/");
		if (strchr(base, '/'))
			continue;	/* e.g. acpi/dynamic/...: not a table of the snapshot */
		jb = &jobs[(*njobs)++];
		jb->e = e;
		jb->sig = xstrndup(base, strlen(base) - strlen(".bin"));
		if (!sig_ok(jb->sig))
			return error_set(err, ERR_INPUT, "'%s': table file name is not a signature", e->path);
		if (check_header(e, err) < 0)
			return -1;
		sha256_hex(e->data, e->len, jb->key);
	}
	return 0;
}

int decode_acpi_cached(const struct filemap *guest, struct acpi_cache *cache, struct facts *out,
		       struct error *err)
{
	struct job *jobs = xcalloc(guest->nr ? guest->nr : 1, sizeof(*jobs));
	struct iasl_job *runs = xcalloc(guest->nr ? guest->nr : 1, sizeof(*runs));
	struct tfacts *tables = NULL;
	char **sigs = NULL;
	size_t njobs = 0, nrun = 0, i, j;
	int ret = -1;

	if (collect_jobs(guest, jobs, &njobs, err))
		goto out;
	/* cache hits first; then one iasl run over the distinct remaining tables */
	for (i = 0; i < njobs; i++) {
		jobs[i].same = i;
		for (j = 0; j < i; j++)
			if (!strcmp(jobs[j].key, jobs[i].key))
				break;
		if (j < i) {
			jobs[i].same = j;	/* same bytes as an earlier file */
			continue;
		}
		if (cache_get(cache, jobs[i].key, &jobs[i].facts))
			continue;
		runs[nrun].path = jobs[i].e->path;
		runs[nrun].data = jobs[i].e->data;
		runs[nrun].len = jobs[i].e->len;
		strbuf_init(&runs[nrun].dsl, 0);
		jobs[i].run = ++nrun;
	}
	if (iasl_disassemble(runs, nrun, err))
		goto out;
	for (i = 0; i < njobs; i++) {
		struct iasl_job *r = jobs[i].run ? &runs[jobs[i].run - 1] : NULL;

		if (!r)
			continue;
		if (decode_dsl(jobs[i].e, r->dsl.buf, r->dsl.len, &jobs[i].facts) < 0) {
			error_set(err, ERR_INPUT, "'%s': cannot parse the iasl disassembly", jobs[i].e->path);
			goto out;
		}
		cache_store(cache, jobs[i].key, &jobs[i].facts);
	}
	tables = xcalloc(njobs ? njobs : 1, sizeof(*tables));
	sigs = xcalloc(njobs ? njobs : 1, sizeof(*sigs));
	for (i = 0; i < njobs; i++) {
		const struct tfacts *t = &jobs[jobs[i].same].facts;

		tables[i] = *t;		/* borrowed */
		sigs[i] = jobs[i].sig;
		for (j = 0; j < t->nr; j++) {
			char *group = xstrfmt("acpi/%s%s", jobs[i].sig, t->v[j].gsuf);

			facts_add(out, group, t->v[j].sub, t->v[j].value);
			free(group);
		}
	}
	acpi_eval(guest, sigs, tables, njobs, out);
	ret = 0;
out:
	for (i = 0; i < nrun; i++)
		strbuf_release(&runs[i].dsl);
	for (i = 0; i < njobs; i++) {
		free(jobs[i].sig);
		tfacts_release(&jobs[i].facts);
	}
	free(tables);
	free(sigs);
	free(runs);
	free(jobs);
	return ret;
}

int decode_acpi(const struct filemap *guest, struct facts *out, struct error *err)
{
	return decode_acpi_cached(guest, NULL, out, err);
}
