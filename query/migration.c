/* migration.c: per-device migration verdicts: versions, wire layout and subsections, in both directions. */
#include <stdlib.h>
#include <string.h>

#include "migration.h"
#include "strbuf.h"
#include "util.h"

#define RULE_MATCH 4u

/* What a mark says about the entries at or under its path. */
enum mark_kind { MARK_VERSION, MARK_LAYOUT, MARK_SUB, MARK_KINDS };

/* One field as one side sends it. */
struct mfield {
	char *path;		/* the field's fact path prefix */
	const char *seg;	/* its own segment, inside path */
	const char *after;	/* the previous field's segment (borrowed from the facts) */
	long long size, count;
	int unused;		/* a VMSTATE_UNUSED placeholder */
	int desc;		/* the description it is a field of */
	int nested;		/* its struct's description, or -1 */
};

/* A description: the device, a struct, or a subsection. */
struct mdesc {
	char *prefix;
	size_t plen;
	long long version;
	int has_version;
	int parent;		/* a subsection: the description it belongs to; else -1 */
	int field;		/* a struct: the field holding it; else -1 */
	const char *subname;	/* a subsection: its name, inside prefix */
	int *order;		/* its fields, in wire order */
	size_t norder;
};

struct mside {
	const struct fact_list *facts;	/* vmdesc facts of the device, NULL or empty when absent */
	const char *key;
	size_t klen;
	const struct fact_list *spec;	/* -dump-vmstate facts of its class, or NULL */
	const char *skey;
	struct mdesc *d;	/* sorted by prefix */
	size_t nd;
	int root;		/* the device's own description, or -1 */
	struct mfield *f;
	size_t nf;
};

struct mark {
	char *path;
	unsigned dirs;
};

struct migration_pair {
	struct mside side[2];
	char *outkey;
	unsigned one_sided;		/* DIR_* broken by a device only one side has */
	struct mark *marks[MARK_KINDS];
	size_t nmarks[MARK_KINDS];
};

/* One element on the wire. */
struct item {
	long long bytes;
	int unused, field, top;
};

struct items {
	struct item *v;
	size_t nr, alloc;
};

/* Descriptions are kept sorted by prefix: found by binary search. */
static int cmp_prefix(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = strncmp(a, b, alen < blen ? alen : blen);

	return c ? c : (alen > blen) - (alen < blen);
}

static int desc_find(const struct mside *s, const char *prefix, size_t len)
{
	size_t lo = 0, hi = s->nd;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = cmp_prefix(s->d[mid].prefix, s->d[mid].plen, prefix, len);

		if (!c)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

struct span {
	const char *p;
	size_t len;
};

static int cmp_span(const void *x, const void *y)
{
	const struct span *a = x, *b = y;

	return cmp_prefix(a->p, a->len, b->p, b->len);
}

static void span_add(struct span **v, size_t *n, size_t *alloc, const char *p, size_t len)
{
	if (*n == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 64;
		*v = xrealloc(*v, *alloc * sizeof(**v));
	}
	(*v)[*n].p = p;
	(*v)[(*n)++].len = len;
}

/* The longest description (other than not_me) whose prefix + sep starts path. */
static int desc_owner(const struct mside *s, const char *path, const char *sep, int not_me)
{
	size_t n = strlen(sep), q = strlen(path);

	while (q-- > 0) {
		int d;

		if (path[q] != '/' || strncmp(path + q, sep, n))
			continue;
		d = desc_find(s, path, q);
		if (d >= 0 && d != not_me)
			return d;
	}
	return -1;
}

static const char *get2(const struct fact_list *l, struct strbuf *sb, const char *a, const char *b)
{
	strbuf_reset(sb);
	strbuf_addstr(sb, a);
	strbuf_addch(sb, '/');
	strbuf_addstr(sb, b);
	return fact_list_get(l, sb->buf);
}

static long long to_ll(const char *v, long long dflt)
{
	return v ? strtoll(v, NULL, 10) : dflt;
}

static void order_fields(struct mside *s, int di)
{
	struct mdesc *d = &s->d[di];
	size_t n = 0, i, k;
	int *mine = NULL, *taken;
	const char *prev = "(start)";

	for (i = 0; i < s->nf; i++)
		if (s->f[i].desc == di) {
			mine = xrealloc(mine, (n + 1) * sizeof(*mine));
			mine[n++] = (int)i;
		}
	taken = xcalloc(n ? n : 1, sizeof(*taken));
	d->order = xcalloc(n ? n : 1, sizeof(*d->order));
	for (k = 0; k < n; k++) {	/* follow the "after" chain */
		for (i = 0; i < n; i++)
			if (!taken[i] && !strcmp(s->f[mine[i]].after, prev))
				break;
		if (i == n)
			break;
		taken[i] = 1;
		d->order[d->norder++] = mine[i];
		prev = s->f[mine[i]].seg;
	}
	for (i = 0; i < n; i++)		/* a broken chain: the rest in path order */
		if (!taken[i])
			d->order[d->norder++] = mine[i];
	free(taken);
	free(mine);
}

static void parse_side(struct mside *s)
{
	const struct fact_list *l = s->facts;
	struct strbuf sb = STRBUF_INIT;
	struct span *spans = NULL;
	size_t i, nspans = 0, aspans = 0;

	s->root = -1;
	if (!l || !l->nr)
		return;
	s->klen = strlen(s->key);
	span_add(&spans, &nspans, &aspans, s->key, s->klen);
	for (i = 0; i < l->nr; i++) {
		const char *p = l->v[i].path, *last = strrchr(p, '/'), *q;

		if (strncmp(p, s->key, s->klen) || p[s->klen] != '/')
			continue;
		if (!strcmp(last, "/vmsd_name") || !strcmp(last, "/version"))
			span_add(&spans, &nspans, &aspans, p, (size_t)(last - p));
		for (q = p + s->klen; (q = strstr(q, "/struct/")); q++)
			span_add(&spans, &nspans, &aspans, p, (size_t)(q - p) + 7);
	}
	qsort(spans, nspans, sizeof(*spans), cmp_span);
	s->d = xcalloc(nspans, sizeof(*s->d));
	for (i = 0; i < nspans; i++) {
		struct mdesc *d;

		if (i && !cmp_span(&spans[i - 1], &spans[i]))
			continue;
		d = &s->d[s->nd++];
		d->prefix = xstrndup(spans[i].p, spans[i].len);
		d->plen = spans[i].len;
		d->parent = d->field = -1;
	}
	free(spans);
	s->root = desc_find(s, s->key, s->klen);
	for (i = 0; i < l->nr; i++) {
		const char *p = l->v[i].path;
		size_t len = strlen(p);
		struct mfield *f;
		char *fpath;
		int owner;

		if (len < 6 || strcmp(p + len - 6, "/after") || strncmp(p, s->key, s->klen) || p[s->klen] != '/')
			continue;
		fpath = xstrndup(p, len - 6);
		owner = desc_owner(s, fpath, "/", -1);
		if (owner < 0) {
			free(fpath);
			continue;
		}
		s->f = xrealloc(s->f, (s->nf + 1) * sizeof(*s->f));
		f = &s->f[s->nf++];
		f->path = fpath;
		f->seg = fpath + s->d[owner].plen + 1;
		f->after = l->v[i].value;
		f->desc = owner;
		f->size = to_ll(get2(l, &sb, fpath, "size"), 0);
		f->count = to_ll(get2(l, &sb, fpath, "array_len"), 1);
		f->unused = (p = get2(l, &sb, fpath, "type")) && !strcmp(p, "unused_buffer");
		strbuf_reset(&sb);
		strbuf_addstr(&sb, fpath);
		strbuf_addstr(&sb, "/struct");
		f->nested = desc_find(s, sb.buf, sb.len);
	}
	for (i = 0; i < s->nd; i++) {
		struct mdesc *d = &s->d[i];
		size_t len = d->plen, k;
		const char *v = get2(l, &sb, d->prefix, "version");

		d->has_version = v != NULL;
		d->version = to_ll(v, 0);
		if ((int)i == s->root)
			continue;
		if (len > 7 && !strcmp(d->prefix + len - 7, "/struct")) {
			for (k = 0; k < s->nf; k++)
				if (strlen(s->f[k].path) == len - 7 && !strncmp(s->f[k].path, d->prefix, len - 7))
					d->field = (int)k;
		} else {
			d->parent = desc_owner(s, d->prefix, "/sub/", (int)i);
			if (d->parent < 0)
				d->parent = s->root;
			d->subname = d->prefix + s->d[d->parent].plen + 5;
		}
	}
	for (i = 0; i < s->nd; i++)
		order_fields(s, (int)i);
	strbuf_release(&sb);
}

/* A path of this side in the -dump-vmstate group: "[N]" element indices dropped; NULL without a spec. */
static char *spec_path(const struct mside *s, const char *path, const char *leaf)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = path + s->klen;

	if (!s->spec)
		return NULL;
	strbuf_addstr(&sb, s->skey);
	while (*p) {	/* p is at a '/' */
		const char *end = p + 1 + strcspn(p + 1, "/"), *cut = end;

		if (end[-1] == ']') {
			const char *o = end - 1;

			while (o > p + 1 && o[-1] >= '0' && o[-1] <= '9')
				o--;
			if (o < end - 1 && o > p + 1 && o[-1] == '[')
				cut = o - 1;
		}
		strbuf_add(&sb, p, (size_t)(cut - p));
		p = end;
	}
	if (leaf) {
		strbuf_addch(&sb, '/');
		strbuf_addstr(&sb, leaf);
	}
	return strbuf_detach(&sb, NULL);
}

static const char *spec_get(const struct mside *s, const char *path, const char *leaf)
{
	char *p = spec_path(s, path, leaf);
	const char *v = p ? fact_list_get(s->spec, p) : NULL;

	free(p);
	return v;
}

static void mark(struct migration_pair *m, enum mark_kind kind, const char *path, unsigned dirs)
{
	size_t i;

	for (i = 0; i < m->nmarks[kind]; i++)
		if (!strcmp(m->marks[kind][i].path, path)) {
			m->marks[kind][i].dirs |= dirs;
			return;
		}
	m->marks[kind] = xrealloc(m->marks[kind], (m->nmarks[kind] + 1) * sizeof(**m->marks));
	m->marks[kind][m->nmarks[kind]].path = xstrdup(path);
	m->marks[kind][m->nmarks[kind]++].dirs = dirs;
}

/* Mark a field and every field it is nested in. */
static void mark_field(struct migration_pair *m, const struct mside *s, int fi, enum mark_kind kind, unsigned dir)
{
	while (fi >= 0) {
		mark(m, kind, s->f[fi].path, dir);
		fi = s->d[s->f[fi].desc].field;
	}
}

static void flatten(const struct mside *s, int di, int top, struct items *out)
{
	const struct mdesc *d = &s->d[di];
	size_t k;

	for (k = 0; k < d->norder; k++) {
		const struct mfield *f = &s->f[d->order[k]];
		long long r;

		if (f->nested >= 0) {
			for (r = 0; r < f->count && r < 4096; r++)
				flatten(s, f->nested, 0, out);
			continue;
		}
		if (out->nr == out->alloc) {
			out->alloc = out->alloc ? 2 * out->alloc : 64;
			out->v = xrealloc(out->v, out->alloc * sizeof(*out->v));
		}
		out->v[out->nr].bytes = f->size * f->count;
		out->v[out->nr].unused = f->unused;
		out->v[out->nr].field = d->order[k];
		out->v[out->nr++].top = top;
	}
}

static int has_field(const struct mside *s, const char *path_in_other, size_t other_klen)
{
	size_t i;

	for (i = 0; i < s->nf; i++)
		if (!strcmp(s->f[i].path + s->klen, path_in_other + other_klen))
			return 1;
	return 0;
}

/*
 * The destination drops from what it expects the fields the source's
 * version does not carry (field version_id above it) and, for a source that
 * does not send them, fields under a field_exists test.
 */
static void guard_filter(const struct mside *src, const struct mside *dst, int has_v, long long v,
			 struct items *e)
{
	size_t i, j = 0;

	for (i = 0; i < e->nr; i++) {
		const struct mfield *f = &dst->f[e->v[i].field];
		const char *fv = e->v[i].top ? spec_get(dst, f->path, "version_id") : NULL;
		const char *fe = e->v[i].top ? spec_get(dst, f->path, "field_exists") : NULL;

		if ((has_v && fv && to_ll(fv, 0) > v) ||
		    (fe && !strcmp(fe, "true") && !has_field(src, f->path, dst->klen)))
			continue;
		e->v[j++] = e->v[i];
	}
	e->nr = j;
}

/*
 * Compare the wire layouts: regions between common byte offsets must hold
 * the same bytes, and be one element on a side (a field split or merged),
 * hold an unused placeholder, or match element for element.
 */
static void compare_layout(struct migration_pair *m, const struct mside *src, const struct items *s,
			   const struct mside *dst, const struct items *e, unsigned dir)
{
	size_t i = 0, j = 0;

	while (i < s->nr || j < e->nr) {
		size_t i0 = i, j0 = j, k;
		long long os = 0, oe = 0;
		int unused = 0, bad;

		do {
			if ((os <= oe && i < s->nr) || j >= e->nr)
				os += s->v[i++].bytes;
			else
				oe += e->v[j++].bytes;
		} while (os != oe && (i < s->nr || j < e->nr));
		for (k = i0; k < i; k++)
			unused |= s->v[k].unused;
		for (k = j0; k < j; k++)
			unused |= e->v[k].unused;
		bad = os != oe || (i - i0 > 1 && j - j0 > 1 && !unused);
		if (!bad)
			continue;
		for (k = i0; k < i; k++)
			mark_field(m, src, s->v[k].field, MARK_LAYOUT, dir);
		for (k = j0; k < j; k++)
			mark_field(m, dst, e->v[k].field, MARK_LAYOUT, dir);
	}
}

/* The description a subsection hangs from, through structs: the device or another subsection. */
static int sub_top(const struct mside *s, int di)
{
	int p = s->d[di].parent;

	while (p >= 0 && s->d[p].field >= 0)
		p = s->f[s->d[p].field].desc;
	return p;
}

static int spec_knows_sub(const struct mside *s, const char *name)
{
	char *needle;
	size_t i;
	int found = 0;

	if (!s->spec)
		return 0;
	needle = xstrfmt("/sub/%s/", name);
	for (i = 0; i < s->spec->nr && !found; i++)
		found = strstr(s->spec->v[i].path, needle) != NULL;
	free(needle);
	return found;
}

static void mark_version(struct migration_pair *m, const struct mside *src, int ds, const struct mside *dst, int dd,
			 int by_min, unsigned dir)
{
	char *p;

	mark(m, MARK_VERSION, (p = xstrfmt("%s/version", src->d[ds].prefix)), dir);
	free(p);
	mark(m, MARK_VERSION, (p = xstrfmt("%s/version", dst->d[dd].prefix)), dir);
	free(p);
	if (dst->spec) {
		char *sp = spec_path(dst, dst->d[dd].prefix, NULL);

		/* the spec is shown once, under one key: mark the bound that refused */
		mark(m, MARK_VERSION, (p = xstrfmt("%s%s/%s", m->outkey, sp + strlen(dst->skey),
						   by_min ? "minimum_version_id" : "version_id")), dir);
		free(p);
		free(sp);
	}
}

/* Can dst load description dd from src's description ds?  Marks what breaks direction dir. */
static void verdict(struct migration_pair *m, const struct mside *src, int ds, const struct mside *dst, int dd,
		    unsigned dir)
{
	const struct mdesc *s = &src->d[ds];
	const char *vid = spec_get(dst, dst->d[dd].prefix, "version_id");
	const char *vmin = spec_get(dst, dst->d[dd].prefix, "minimum_version_id");
	long long max = vid ? to_ll(vid, 0) : dst->d[dd].version;
	int has_max = vid || dst->d[dd].has_version;
	struct items is = { NULL, 0, 0 }, ie = { NULL, 0, 0 };
	size_t k, l;

	/* vmstate_load_state(): version_id > vmsd->version_id or < minimum_version_id is -EINVAL */
	if (s->has_version && has_max && s->version > max)
		mark_version(m, src, ds, dst, dd, 0, dir);
	if (s->has_version && vmin && s->version < to_ll(vmin, 0))
		mark_version(m, src, ds, dst, dd, 1, dir);
	flatten(src, ds, 1, &is);
	flatten(dst, dd, 1, &ie);
	guard_filter(src, dst, s->has_version, s->version, &ie);
	compare_layout(m, src, &is, dst, &ie, dir);
	free(is.v);
	free(ie.v);
	/* subsections: the ones the source sends; the destination loads those it knows */
	for (k = 0; k < src->nd; k++) {
		if (src->d[k].parent < 0 || sub_top(src, (int)k) != ds)
			continue;
		for (l = 0; l < dst->nd; l++)
			if (dst->d[l].parent >= 0 && sub_top(dst, (int)l) == dd &&
			    !strcmp(dst->d[l].subname, src->d[k].subname))
				break;
		if (l < dst->nd)
			verdict(m, src, (int)k, dst, (int)l, dir);
		else if (!spec_knows_sub(dst, src->d[k].subname))
			mark(m, MARK_SUB, src->d[k].prefix, dir);
	}
}

struct migration_pair *migration_analyse(const struct fact_list *a, const char *akey, const struct fact_list *b,
					 const char *bkey, const struct fact_list *sa, const char *skey_a,
					 const struct fact_list *sb, const char *skey_b, const char *outkey)
{
	struct migration_pair *m = xcalloc(1, sizeof(*m));
	const struct mside sides[2] = { { .facts = a, .key = akey, .spec = sa, .skey = skey_a },
					{ .facts = b, .key = bkey, .spec = sb, .skey = skey_b } };

	memcpy(m->side, sides, sizeof(sides));
	m->outkey = xstrdup(outkey ? outkey : "");
	parse_side(&m->side[0]);
	parse_side(&m->side[1]);
	if (m->side[0].root < 0 && m->side[1].root >= 0)
		m->one_sided = DIR_BACKWARD;	/* A finds a section it does not know: "Unknown savevm section" */
	else if (m->side[0].root >= 0 && m->side[1].root < 0)
		m->one_sided = DIR_FORWARD;
	else if (m->side[0].root >= 0) {
		verdict(m, &m->side[0], m->side[0].root, &m->side[1], m->side[1].root, DIR_FORWARD);
		verdict(m, &m->side[1], m->side[1].root, &m->side[0], m->side[0].root, DIR_BACKWARD);
	}
	return m;
}

static void side_release(struct mside *s)
{
	size_t i;

	for (i = 0; i < s->nd; i++) {
		free(s->d[i].prefix);
		free(s->d[i].order);
	}
	for (i = 0; i < s->nf; i++)
		free(s->f[i].path);
	free(s->d);
	free(s->f);
}

void migration_pair_free(struct migration_pair *m)
{
	size_t k, i;

	if (!m)
		return;
	side_release(&m->side[0]);
	side_release(&m->side[1]);
	for (k = 0; k < MARK_KINDS; k++) {
		for (i = 0; i < m->nmarks[k]; i++)
			free(m->marks[k][i].path);
		free(m->marks[k]);
	}
	free(m->outkey);
	free(m);
}

static unsigned marked(const struct severity_ctx *ctx, enum mark_kind kind, const char *path)
{
	const struct migration_pair *m = ctx ? ctx->mig : NULL;
	unsigned dirs = 0;
	size_t i;

	for (i = 0; m && i < m->nmarks[kind]; i++) {
		size_t n = strlen(m->marks[kind][i].path);

		if (!strncmp(path, m->marks[kind][i].path, n) && (!path[n] || path[n] == '/'))
			dirs |= m->marks[kind][i].dirs;
	}
	return dirs ? RULE_MATCH | dirs : 0;
}

unsigned migration_test_device(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	(void)e;
	return ctx && ctx->mig && ctx->mig->one_sided ? RULE_MATCH | ctx->mig->one_sided : 0;
}

unsigned migration_test_version(const struct diff_entry *e, const struct severity_ctx *ctx)
{ return marked(ctx, MARK_VERSION, e->path); }
unsigned migration_test_subsection(const struct diff_entry *e, const struct severity_ctx *ctx)
{ return marked(ctx, MARK_SUB, e->path); }
unsigned migration_test_layout(const struct diff_entry *e, const struct severity_ctx *ctx)
{ return marked(ctx, MARK_LAYOUT, e->path); }
