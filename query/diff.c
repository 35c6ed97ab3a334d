/* diff.c: the diff engine: comparing two records' group contents, ranking, filtering and counting entries. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "facts-query.h"
#include "severity.h"
#include "strbuf.h"
#include "util.h"

/* ---- entries ---- */

void diff_init(struct diff *d)
{
	memset(d, 0, sizeof(*d));
}

void diff_release(struct diff *d)
{
	size_t i;

	for (i = 0; i < d->nr && !d->borrowed; i++) {
		free(d->v[i].path);
		free(d->v[i].old_value);
		free(d->v[i].new_value);
	}
	free(d->v);
	record_row_release(&d->a);
	record_row_release(&d->b);
	diff_init(d);
}

struct diff_entry *diff_push_entry(struct diff_entry **v, size_t *nr, size_t *alloc)
{
	if (*nr == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 64;
		*v = xrealloc(*v, *alloc * sizeof(**v));
	}
	memset(&(*v)[*nr], 0, sizeof(**v));
	return &(*v)[(*nr)++];
}

void diff_take_raw(struct diff *d, size_t *alloc, const struct raw_entry *r)
{
	struct diff_entry *e = diff_push_entry(&d->v, &d->nr, alloc);

	e->path = r->path;
	e->old_value = r->old_value;
	e->new_value = r->new_value;
	e->kind = r->kind;
	e->severity = r->severity;
	e->rule = r->rule;
	e->breaks = r->breaks;
}

int diff_cmp_entry(const void *x, const void *y)
{
	return strcmp(((const struct diff_entry *)x)->path, ((const struct diff_entry *)y)->path);
}

void diff_sort_entries(struct diff_entry *v, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (diff_cmp_entry(&v[i - 1], &v[i]) > 0)
			break;
	if (i < n)
		qsort(v, n, sizeof(*v), diff_cmp_entry);
}

/* ---- names ---- */

const char *severity_name(enum severity s)
{
	static const char *const names[] = { "none", "info", "change", "break" };

	return s <= SEV_BREAK ? names[s] : "?";
}

int severity_parse(const char *s, enum severity *out)
{
	if (!strcmp(s, "info"))
		*out = SEV_INFO;
	else if (!strcmp(s, "change"))
		*out = SEV_CHANGE;
	else if (!strcmp(s, "break"))
		*out = SEV_BREAK;
	else if (!strcmp(s, "none"))
		*out = SEV_NONE;
	else
		return -1;
	return 0;
}

const char *entry_kind_name(enum entry_kind k)
{
	return k == ENTRY_ADDED ? "added" : k == ENTRY_REMOVED ? "removed" : "changed";
}

int view_parse(const char *s, unsigned *out)
{
	static const struct { const char *name; unsigned bits; } views[] = {
		{ "guest", VIEW_GUEST }, { "migration", VIEW_MIGRATION }, { "properties", VIEW_PROPERTIES },
		{ "devices", VIEW_DEVICES }, { "all", VIEW_ALL },
	};
	unsigned bits = 0;

	while (*s) {
		size_t len = strcspn(s, ","), i;

		for (i = 0; i < ARRAY_SIZE(views); i++)
			if (strlen(views[i].name) == len && !strncmp(s, views[i].name, len))
				break;
		if (i == ARRAY_SIZE(views))
			return -1;
		bits |= views[i].bits;
		s += len + (s[len] == ',');
	}
	if (!bits)
		return -1;
	*out = bits;
	return 0;
}

int direction_parse(const char *s, unsigned *out)
{
	if (!strcmp(s, "forward"))
		*out = DIR_FORWARD;
	else if (!strcmp(s, "backward"))
		*out = DIR_BACKWARD;
	else if (!strcmp(s, "both"))
		*out = DIR_BOTH;
	else
		return -1;
	return 0;
}

const char *direction_name(unsigned breaks)
{
	static const char *const names[] = { "", "forward", "backward", "forward,backward" };

	return names[breaks & DIR_BOTH];
}

/* ---- reading groups ---- */

void fact_list_release(struct fact_list *l)
{
	size_t i;

	for (i = 0; !l->borrowed && i < l->nr; i++) {
		free(l->v[i].path);
		free(l->v[i].value);
	}
	free(l->v);
	l->v = NULL;
	l->nr = l->alloc = 0;
}

static int add_fact(void *data, const char *path, const char *value)
{
	struct fact_list *l = data;

	if (l->nr == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 32;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	l->v[l->nr].path = xstrdup(path);
	l->v[l->nr].value = xstrdup(value);
	l->nr++;
	return 0;
}

int diff_load_facts(struct store *st, long long grp, struct fact_list *out, struct error *err)
{
	memset(out, 0, sizeof(*out));
	if (grp && catalog_group_facts(st, grp, add_fact, out, err)) {
		fact_list_release(out);
		return -1;
	}
	return 0;
}

const char *fact_list_get(const struct fact_list *l, const char *path)
{
	size_t lo = 0, hi = l ? l->nr : 0;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(l->v[mid].path, path);

		if (!c)
			return l->v[mid].value;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

struct lookup_data {
	const struct fact_list *side[2];
};

static const char *lookup_fact(void *data, int side, const char *path)
{
	return fact_list_get(((struct lookup_data *)data)->side[side], path);
}

void diff_add_raw(struct pair_result *r, size_t *alloc, const char *path, const char *o, const char *n,
		  enum entry_kind kind, const struct severity_ctx *ctx)
{
	struct raw_entry *e;
	struct diff_entry tmp;

	if (r->nr == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 16;
		r->v = xrealloc(r->v, *alloc * sizeof(*r->v));
	}
	e = &r->v[r->nr++];
	e->path = xstrdup(path);
	e->old_value = o ? xstrdup(o) : NULL;
	e->new_value = n ? xstrdup(n) : NULL;
	e->kind = kind;
	memset(&tmp, 0, sizeof(tmp));
	tmp.path = e->path;
	tmp.old_value = e->old_value;
	tmp.new_value = e->new_value;
	tmp.kind = kind;
	severity_rank(&tmp, ctx);
	e->severity = tmp.severity;
	e->rule = tmp.rule;
	e->breaks = tmp.breaks;
}

void diff_fact_lists(const struct fact_list *a, size_t alen, const struct fact_list *b, size_t blen,
		     const char *bprefix, struct pair_result *r, size_t *alloc, const struct severity_ctx *ctx)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i = 0, j = 0;

	while (i < a->nr || j < b->nr) {
		int c = i == a->nr ? 1 : j == b->nr ? -1 : strcmp(a->v[i].path + alen, b->v[j].path + blen);
		const char *path = c > 0 || !bprefix ? (c > 0 ? b->v[j].path : a->v[i].path) : NULL;

		if (!path) {	/* shown under b's prefix */
			strbuf_reset(&sb);
			strbuf_addstr(&sb, bprefix);
			strbuf_addstr(&sb, a->v[i].path + alen);
			path = sb.buf;
		}
		if (c < 0) {
			diff_add_raw(r, alloc, path, a->v[i].value, NULL, ENTRY_REMOVED, ctx);
			i++;
		} else if (c > 0) {
			diff_add_raw(r, alloc, path, NULL, b->v[j].value, ENTRY_ADDED, ctx);
			j++;
		} else {
			if (strcmp(a->v[i].value, b->v[j].value))
				diff_add_raw(r, alloc, path, a->v[i].value, b->v[j].value, ENTRY_CHANGED, ctx);
			i++;
			j++;
		}
	}
	strbuf_release(&sb);
}

int diff_compare_groups(struct store *st, struct diff_cache *cache, long long ga, long long gb, struct pair_result *r,
			struct error *err)
{
	struct fact_list a, b;
	struct lookup_data ld = { { &a, &b } };
	struct severity_ctx ctx = { lookup_fact, &ld, !ga || !gb, NULL };
	size_t alloc = 0;

	r->a = ga;
	r->b = gb;
	r->xa = r->xb = 0;
	r->v = NULL;
	r->nr = 0;
	if (cache) {
		/* a group shows up in many pairs of a matrix: read its facts once */
		const struct fact_list *ca = diff_cache_group(cache, st, ga, err), *cb;

		if (!ca || !(cb = diff_cache_group(cache, st, gb, err)))
			return -1;
		a = *ca;
		b = *cb;
		diff_fact_lists(&a, 0, &b, 0, NULL, r, &alloc, &ctx);
		return 0;
	}
	if (diff_load_facts(st, ga, &a, err))
		return -1;
	if (diff_load_facts(st, gb, &b, err)) {
		fact_list_release(&a);
		return -1;
	}
	diff_fact_lists(&a, 0, &b, 0, NULL, r, &alloc, &ctx);
	fact_list_release(&a);
	fact_list_release(&b);
	return 0;
}


int diff_rows(struct store *st, const struct record_row *a, const struct record_row *b,
	      const struct diff_opts *o, struct diff_cache *cache, struct diff *out, struct error *err)
{
	static const struct diff_opts none;
	size_t i, j;

	if (!o)
		o = &none;
	diff_init(out);
	out->borrowed = cache != NULL;
	record_row_copy(&out->a, a);
	record_row_copy(&out->b, b);
	/* equal record digests: equal facts, nothing to read */
	if (a->id != b->id && (strcmp(a->digest, b->digest) || !*a->digest)) {
		if (diff_sections(st, cache, o, out, err))
			return -1;
	}

	/* drop what is below the bar; mark what is only the machine's own name */
	for (i = j = 0; i < out->nr; i++) {
		struct diff_entry *e = &out->v[i];

		if (o->direction && e->severity == SEV_BREAK && e->breaks && !(e->breaks & o->direction)) {
			/* it breaks only the other direction: a difference, not a failure of this one */
			e->severity = SEV_CHANGE;
		}
		if (o->min_severity && e->severity < o->min_severity) {
			if (!out->borrowed) {
				free(e->path);
				free(e->old_value);
				free(e->new_value);
			}
			continue;
		}
		e->expected = diff_only_name_differs(e, out->a.machine, out->b.machine);
		out->v[j++] = *e;
	}
	out->nr = j;
	diff_match_waivers_notes(out, o, cache);
	for (i = 0; i < out->nr; i++) {
		struct diff_entry *e = &out->v[i];

		if (e->expected)
			out->expected++;
		else if (e->waiver_reason)
			out->waived++;
		else if (e->severity >= SEV_CHANGE) {
			out->counted++;
			if (e->severity > out->max_severity)
				out->max_severity = e->severity;
		}
	}
	return 0;
}

int diff_record_rows(struct store *st, const struct record_row *a, const struct record_row *b,
		     const struct diff_opts *o, struct diff *out, struct error *err)
{
	return diff_rows(st, a, b, o, NULL, out, err);
}

int diff_records(struct store *st, long long a, long long b, const struct diff_opts *o,
		 struct diff *out, struct error *err)
{
	struct record_row ra, rb;
	int ret = -1;

	memset(&rb, 0, sizeof(rb));
	if (!catalog_record_by_id(st, a, &ra, err) && !catalog_record_by_id(st, b, &rb, err))
		ret = diff_rows(st, &ra, &rb, o, NULL, out, err);
	else
		diff_init(out);
	record_row_release(&ra);
	record_row_release(&rb);
	return ret;
}
