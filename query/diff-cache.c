/* diff-cache.c: the memo of a matrix: group-pair comparisons and whole-section results, in open-addressed tables. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "facts-query.h"
#include "util.h"

static void text_table_release(struct text_table *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->text[i]);
	free(t->text);
	free(t->rank);
	memset(t, 0, sizeof(*t));
}

void diff_cache_free(struct diff_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->nslots; i++)
		if (c->slots[i].used)
			diff_pair_result_release(&c->slots[i]);
	free(c->slots);
	for (i = 0; i < c->groups.n; i++)
		if (c->groups.v[i].key) {
			fact_list_release(c->groups.v[i].val);
			free(c->groups.v[i].val);
		}
	free(c->groups.v);
	for (i = 0; i < c->record_groups.n; i++)
		if (c->record_groups.v[i].key) {
			grp_list_release(c->record_groups.v[i].val);
			free(c->record_groups.v[i].val);
		}
	free(c->record_groups.v);
	text_table_release(&c->paths);
	text_table_release(&c->values);
	diff_match_memo_free(&c->match);
	for (i = 0; i < c->digests.n; i++)
		if (c->digests.v[i].key)
			free(c->digests.v[i].val);
	free(c->digests.v);
	migration_cache_free(c->mig);
	for (i = 0; i < c->nsec_slots; i++)
		free(c->sec_slots[i].v);
	free(c->sec_slots);
	for (i = 0; i < c->nkept; i++)
		free(c->kept[i]);
	free(c->kept);
	memset(c, 0, sizeof(*c));
}

size_t diff_cache_weight(const struct diff_cache *c)
{
	return c->weight;
}

void diff_cache_trim(struct diff_cache *c)
{
	size_t i;

	for (i = 0; i < c->nsec_slots; i++)
		free(c->sec_slots[i].v);
	free(c->sec_slots);
	c->sec_slots = NULL;
	c->nsec_slots = c->nsec_used = 0;
	for (i = 0; i < c->nkept; i++)
		free(c->kept[i]);
	free(c->kept);
	c->kept = NULL;
	c->nkept = c->akept = 0;
	c->weight -= c->weight_sec;
	c->weight_sec = 0;
}

char *diff_cache_keep(struct diff_cache *c, char *s)
{
	if (c) {
		if (c->nkept == c->akept) {
			c->akept = c->akept ? 2 * c->akept : 256;
			c->kept = xrealloc(c->kept, c->akept * sizeof(*c->kept));
		}
		c->kept[c->nkept++] = s;
		c->weight++;
		c->weight_sec++;
	}
	return s;
}

static size_t pair_hash(long long a, long long b, long long xa, long long xb)
{
	unsigned long long h = (unsigned long long)a * 0x9E3779B97F4A7C15ull ^ (unsigned long long)b * 0xC2B2AE3D27D4EB4Full;

	h ^= (unsigned long long)xa * 0x165667B19E3779F9ull ^ (unsigned long long)xb * 0x27D4EB2F165667C5ull;
	return (size_t)(h ^ (h >> 29));
}

struct pair_result *diff_pair_slot(struct diff_cache *c, long long a, long long b, long long xa, long long xb,
				   int *found)
{
	size_t i;

	if (c->nused * 2 >= c->nslots) {
		size_t n = c->nslots ? c->nslots * 2 : 1024;
		struct pair_result *bigger = xcalloc(n, sizeof(*bigger));

		for (i = 0; i < c->nslots; i++) {
			if (c->slots[i].used) {
				const struct pair_result *p = &c->slots[i];
				size_t h = pair_hash(p->a, p->b, p->xa, p->xb) & (n - 1);

				while (bigger[h].used)
					h = (h + 1) & (n - 1);
				bigger[h] = *p;
			}
		}
		free(c->slots);
		c->slots = bigger;
		c->nslots = n;
	}
	i = pair_hash(a, b, xa, xb) & (c->nslots - 1);
	while (c->slots[i].used && !(c->slots[i].a == a && c->slots[i].b == b && c->slots[i].xa == xa &&
				     c->slots[i].xb == xb))
		i = (i + 1) & (c->nslots - 1);
	*found = c->slots[i].used;
	return &c->slots[i];
}

void diff_pair_result_release(struct pair_result *r)
{
	size_t j;

	for (j = 0; j < r->nr; j++) {
		free(r->v[j].path);
		free(r->v[j].old_value);
		free(r->v[j].new_value);
	}
	free(r->v);
	r->v = NULL;
	r->nr = 0;
}

static size_t id_hash(long long g)
{
	unsigned long long h = (unsigned long long)g * 0x9E3779B97F4A7C15ull;

	return (size_t)(h ^ (h >> 31));
}

/* The slot of key: its own, or the empty one to fill (then set key and val, and count it in used). */
static struct id_slot *id_slot(struct id_table *t, long long key)
{
	size_t i;

	if (t->used * 2 >= t->n) {
		size_t n = t->n ? t->n * 2 : 1024;
		struct id_slot *bigger = xcalloc(n, sizeof(*bigger));

		for (i = 0; i < t->n; i++)
			if (t->v[i].key) {
				size_t h = id_hash(t->v[i].key) & (n - 1);

				while (bigger[h].key)
					h = (h + 1) & (n - 1);
				bigger[h] = t->v[i];
			}
		free(t->v);
		t->v = bigger;
		t->n = n;
	}
	i = id_hash(key) & (t->n - 1);
	while (t->v[i].key && t->v[i].key != key)
		i = (i + 1) & (t->n - 1);
	return &t->v[i];
}

static int text_add(void *data, long long id, const char *text)
{
	struct text_table *t = data;

	if (id < 0)
		return 0;
	if ((size_t)id >= t->n) {
		size_t n = t->n ? t->n : 1024;

		while (n <= (size_t)id)
			n *= 2;
		t->text = xrealloc(t->text, n * sizeof(*t->text));
		t->rank = xrealloc(t->rank, n * sizeof(*t->rank));
		memset(t->text + t->n, 0, (n - t->n) * sizeof(*t->text));
		memset(t->rank + t->n, 0, (n - t->n) * sizeof(*t->rank));
		t->n = n;
	}
	if (!t->text[id])
		t->text[id] = xstrdup(text);
	t->rank[id] = t->next++;
	return 0;
}

/*
 * The text of an interned id.  The table is read whole on first use (a
 * matrix touches nearly every path), and again when an id is missing: a
 * writer may have added it since.
 */
/* The text of id if the table holds it, else NULL. */
static const char *text_known(const struct text_table *t, long long id)
{
	return id >= 0 && (size_t)id < t->n ? t->text[id] : NULL;
}

static const char *text_get(struct diff_cache *c, struct store *st, int values, long long id, struct error *err)
{
	struct text_table *t = values ? &c->values : &c->paths;

	if (text_known(t, id))
		return t->text[id];
	if (t->loads < 4) {
		/* texts already handed out stay; every id gets its rank in the new text order */
		t->next = 0;
		t->loads++;
		if ((values ? catalog_values : catalog_paths)(st, text_add, t, err))
			return NULL;
		if (text_known(t, id))
			return t->text[id];
	}
	error_set(err, ERR_DB, "the store has no %s with id %lld", values ? "value" : "path", id);
	return NULL;
}

/* A group's facts or a record's groups by id, before they are turned into borrowed strings. */
struct id_pairs {
	struct id_pair { long long a, b; unsigned rank; } *v;
	size_t nr, alloc;
};

static int id_pair_add(void *data, long long a, long long b)
{
	struct id_pairs *l = data;

	if (l->nr == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 64;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	l->v[l->nr].a = a;
	l->v[l->nr].b = b;
	l->nr++;
	return 0;
}

static int cmp_rank(const void *x, const void *y)
{
	unsigned a = ((const struct id_pair *)x)->rank, b = ((const struct id_pair *)y)->rank;

	return a < b ? -1 : a > b;
}

/* Give each pair its path's text rank, then sort them in path order (as the store's text reads do). */
static int sort_by_path(struct diff_cache *c, struct store *st, struct id_pairs *l, struct error *err)
{
	size_t i;
	int sorted, loads;

again:
	sorted = 1;
	loads = c->paths.loads;
	for (i = 0; i < l->nr; i++) {
		long long id = l->v[i].a;

		if (!text_known(&c->paths, id)) {
			if (!text_get(c, st, 0, id, err))
				return -1;
			if (c->paths.loads != loads)
				goto again;	/* read again: the ranks taken so far are of the old order */
		}
		l->v[i].rank = c->paths.rank[id];
		sorted &= !i || l->v[i - 1].rank < l->v[i].rank;
	}
	if (!sorted)	/* ids are given in import order, often the text order already */
		qsort(l->v, l->nr, sizeof(*l->v), cmp_rank);
	return 0;
}

const struct fact_list *diff_cache_group(struct diff_cache *c, struct store *st, long long grp, struct error *err)
{
	static const struct fact_list none;
	struct id_slot *slot;

	if (!grp)
		return &none;
	slot = id_slot(&c->groups, grp);
	if (!slot->key) {
		struct id_pairs ids = { NULL, 0, 0 };
		struct fact_list *l = xcalloc(1, sizeof(*l));
		size_t i;

		l->borrowed = 1;
		if (catalog_group_fact_ids(st, grp, id_pair_add, &ids, err) || sort_by_path(c, st, &ids, err))
			goto fail;
		l->v = xmalloc((ids.nr ? ids.nr : 1) * sizeof(*l->v));
		l->alloc = ids.nr;
		for (; l->nr < ids.nr; l->nr++) {
			i = l->nr;
			l->v[i].path = c->paths.text[ids.v[i].a];
			if (!(l->v[i].value = (char *)text_get(c, st, 1, ids.v[i].b, err)))
				goto fail;
		}
		free(ids.v);
		slot->key = grp;
		slot->val = l;
		c->groups.used++;
		c->weight += l->nr;
		return l;
fail:
		free(ids.v);
		fact_list_release(l);
		free(l);
		return NULL;
	}
	return slot->val;
}

const struct grp_list *diff_cache_record_groups(struct diff_cache *c, struct store *st, long long record, int section,
						struct error *err)
{
	long long key = record * (MAX_SECTIONS + 1) + section;
	struct id_slot *slot = id_slot(&c->record_groups, key);

	if (!slot->key) {
		struct id_pairs ids = { NULL, 0, 0 };
		struct grp_list *l = xcalloc(1, sizeof(*l));
		size_t i;

		l->borrowed = 1;
		if (catalog_record_group_ids(st, record, section, id_pair_add, &ids, err) ||
		    sort_by_path(c, st, &ids, err)) {
			free(ids.v);
			grp_list_release(l);
			free(l);
			return NULL;
		}
		l->v = xmalloc((ids.nr ? ids.nr : 1) * sizeof(*l->v));
		l->nr = l->alloc = ids.nr;
		for (i = 0; i < ids.nr; i++) {
			l->v[i].key = c->paths.text[ids.v[i].a];
			l->v[i].grp = ids.v[i].b;
		}
		free(ids.v);
		slot->key = key;
		slot->val = l;
		c->record_groups.used++;
	}
	return slot->val;
}

int diff_cache_section_digests(struct diff_cache *c, struct store *st, long long record, char (*out)[65],
			       struct error *err)
{
	const size_t size = (MAX_SECTIONS + 1) * 65;
	struct id_slot *slot;

	if (!c) {
		memset(out, 0, size);
		return catalog_section_digests(st, record, out, MAX_SECTIONS + 1, err);
	}
	slot = id_slot(&c->digests, record);
	if (!slot->key) {
		char (*d)[65] = xcalloc(MAX_SECTIONS + 1, 65);

		if (catalog_section_digests(st, record, d, MAX_SECTIONS + 1, err)) {
			free(d);
			return -1;
		}
		slot->key = record;
		slot->val = d;
		c->digests.used++;
	}
	memcpy(out, slot->val, size);
	return 0;
}

const struct pair_result *diff_group_pair(struct store *st, struct diff_cache *cache, long long ga, long long gb,
					  struct pair_result *scratch, struct error *err)
{
	struct pair_result *slot;
	int found;

	if (!cache) {
		if (diff_compare_groups(st, NULL, ga, gb, scratch, err))
			return NULL;
		return scratch;
	}
	slot = diff_pair_slot(cache, ga, gb, 0, 0, &found);
	if (found)
		return slot;
	if (diff_compare_groups(st, cache, ga, gb, slot, err))
		return NULL;
	slot->used = 1;
	cache->nused++;
	cache->weight += slot->nr;
	return slot;
}

static size_t section_hash(int section, const char *da, const char *db)
{
	size_t h = (size_t)section * 0x9E3779B97F4A7C15ull;
	int i;

	for (i = 0; i < 16; i++)
		h = h * 31 + (unsigned char)da[i] * 7 + (unsigned char)db[i];
	return h;
}

struct section_result *diff_section_slot(struct diff_cache *c, int section, const char *da, const char *db,
					 int *found)
{
	size_t i;

	if (c->nsec_used * 2 >= c->nsec_slots) {
		size_t n = c->nsec_slots ? c->nsec_slots * 2 : 256;
		struct section_result *bigger = xcalloc(n, sizeof(*bigger));

		for (i = 0; i < c->nsec_slots; i++) {
			if (c->sec_slots[i].used) {
				size_t h = section_hash(c->sec_slots[i].section, c->sec_slots[i].da,
							c->sec_slots[i].db) & (n - 1);

				while (bigger[h].used)
					h = (h + 1) & (n - 1);
				bigger[h] = c->sec_slots[i];
			}
		}
		free(c->sec_slots);
		c->sec_slots = bigger;
		c->nsec_slots = n;
	}
	i = section_hash(section, da, db) & (c->nsec_slots - 1);
	while (c->sec_slots[i].used && !(c->sec_slots[i].section == section && !strcmp(c->sec_slots[i].da, da) &&
					 !strcmp(c->sec_slots[i].db, db)))
		i = (i + 1) & (c->nsec_slots - 1);
	*found = c->sec_slots[i].used;
	return &c->sec_slots[i];
}
