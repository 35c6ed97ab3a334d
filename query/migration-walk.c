/* migration-walk.c: the migration view's section (the machine's stream, with its classes' specs) and the devices view's. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "facts-query.h"
#include "migration.h"
#include "severity.h"
#include "util.h"

/*
 * The migration section holds the machine's stream (vmdesc): one group per
 * device it sends.  The vmstate section holds -dump-vmstate: one group per
 * device class of the binary, keyed by class name; a device finds its class
 * by the name of its description (a class index per record).  The
 * migration view compares the stream device by device, with each device's
 * class consulted for what the destination accepts; the devices view shows
 * the classes no device of either record uses.
 */

struct class_ref {
	char *name, *key;	/* the description's name, the group key "vmstate/<class>" */
	long long grp;
};

struct class_index {
	char digest[65];	/* of the record's vmstate section */
	struct class_ref *v;
	size_t nr, alloc;
};

struct migration_cache {
	struct class_index **v;
	size_t nr;
};

static void class_index_release(struct class_index *x)
{
	size_t i;

	for (i = 0; i < x->nr; i++) {
		free(x->v[i].name);
		free(x->v[i].key);
	}
	free(x->v);
}

void migration_cache_free(struct migration_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->nr; i++) {
		class_index_release(c->v[i]);
		free(c->v[i]);
	}
	free(c->v);
	free(c);
}

void migration_section_key(const char *mig, const char *vms, char out[65])
{
	/* "%.32s%.32s" without snprintf: a diff of the matrix calls it four times */
	size_t a = strnlen(mig, 32), b = strnlen(vms, 32);
	char t[65];

	memcpy(t, mig, a);
	memcpy(t + a, vms, b);
	t[a + b] = '\0';
	memcpy(out, t, a + b + 1);
}

static int add_class(void *data, const char *key, const char *value, long long grp)
{
	struct class_index *x = data;

	if (x->nr == x->alloc) {
		x->alloc = x->alloc ? 2 * x->alloc : 256;
		x->v = xrealloc(x->v, x->alloc * sizeof(*x->v));
	}
	x->v[x->nr].name = xstrdup(value);
	x->v[x->nr].key = xstrdup(key);
	x->v[x->nr++].grp = grp;
	return 0;
}

/* By name; of the classes sharing a description, the one named like it, else the first by key. */
static int cmp_class(const void *x, const void *y)
{
	const struct class_ref *a = x, *b = y;
	int c = strcmp(a->name, b->name), ea, eb;

	if (c)
		return c;
	ea = !strcmp(a->key + 8, a->name);
	eb = !strcmp(b->key + 8, b->name);
	return ea != eb ? eb - ea : strcmp(a->key, b->key);
}

static const struct class_ref *class_find(const struct class_index *x, const char *name)
{
	size_t lo = 0, hi = x->nr;

	while (lo < hi) {	/* the first with this name */
		size_t mid = (lo + hi) / 2;

		if (strcmp(x->v[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->nr && !strcmp(x->v[lo].name, name) ? &x->v[lo] : NULL;
}

/* The class index of a record's vmstate section, from the cache when it has it (scratch otherwise). */
static const struct class_index *class_index_get(struct store *st, struct diff_cache *cache, long long rec,
						 int vmstate, const char *digest, struct class_index *scratch,
						 struct error *err)
{
	struct class_index *x = scratch;
	size_t i;

	if (cache && cache->mig)
		for (i = 0; i < cache->mig->nr; i++)
			if (!strcmp(cache->mig->v[i]->digest, digest))
				return cache->mig->v[i];
	memset(scratch, 0, sizeof(*scratch));
	snprintf(scratch->digest, sizeof(scratch->digest), "%s", digest);
	if (*digest && catalog_group_leaf(st, rec, vmstate, "name", add_class, scratch, err)) {
		class_index_release(scratch);
		return NULL;
	}
	if (x->nr)
		qsort(x->v, x->nr, sizeof(*x->v), cmp_class);
	if (cache) {
		if (!cache->mig)
			cache->mig = xcalloc(1, sizeof(*cache->mig));
		cache->mig->v = xrealloc(cache->mig->v, (cache->mig->nr + 1) * sizeof(*cache->mig->v));
		x = xmalloc(sizeof(*x));
		*x = *scratch;
		memset(scratch, 0, sizeof(*scratch));
		cache->mig->v[cache->mig->nr++] = x;
	}
	return x;
}

/* A device group "migration/<idstr>[<instance>]" is sent as idstr = [path "/"] description name. */
static const struct class_ref *device_class(const struct class_index *x, const char *key)
{
	const char *id = key + strlen("migration/"), *br = strrchr(id, '['), *p;
	char *idstr = xstrndup(id, br ? (size_t)(br - id) : strlen(id));
	const struct class_ref *c = class_find(x, idstr);

	for (p = idstr; !c && (p = strchr(p, '/')); p++)
		c = class_find(x, p + 1);
	free(idstr);
	return c;
}

/*
 * The classes of one device on both sides.  Classes that share a
 * description (isa-fdc, sysbus-fdc, SUNW,fdtwo share "fdc") are told apart
 * by nothing in the stream: take one that both records have, so that the
 * others stay in the devices view.
 */
static void device_classes(const struct class_index *xa, const struct class_index *xb, const char *key, int in_a,
			   int in_b, const struct class_ref **ca, const struct class_ref **cb)
{
	const struct class_ref *a = in_a ? device_class(xa, key) : NULL, *b = in_b ? device_class(xb, key) : NULL;
	const struct class_ref *i, *j;

	*ca = a;
	*cb = b;
	if (!a || !b || !strcmp(a->key, b->key))
		return;
	for (i = a; i < xa->v + xa->nr && !strcmp(i->name, a->name); i++)
		for (j = b; j < xb->v + xb->nr && !strcmp(j->name, b->name); j++)
			if (!strcmp(i->key, j->key)) {
				*ca = i;
				*cb = j;
				return;
			}
}

static int has_key(char **keys, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(keys[i], key))
			return 1;
	return 0;
}

static int in_list(const struct grp_list *l, const char *key)
{
	size_t i;

	for (i = 0; i < l->nr; i++)
		if (!strcmp(l->v[i].key, key))
			return 1;
	return 0;
}

/* A device of the stream; not the configuration, nor an ARM CPU's register list (ranked by its own rules) */
static int is_device_key(const char *key)
{
	return starts_with(key, "migration/") && strcmp(key, "migration/configuration") && !ends_with(key, "/cpreg");
}

/* Compare one device of the stream: its vmdesc groups ga, gb and its classes' groups ca, cb (may be NULL). */
static int compare_device(struct store *st, const char *key, long long ga, long long gb, const struct class_ref *ca,
			  const struct class_ref *cb, struct pair_result *r, struct error *err)
{
	struct fact_list a, b, sa, sb;
	struct severity_ctx ctx;
	struct migration_pair *m;
	size_t alloc = 0;
	int ret = -1;

	memset(&sa, 0, sizeof(sa));
	memset(&sb, 0, sizeof(sb));
	memset(&b, 0, sizeof(b));
	r->a = ga;
	r->b = gb;
	r->xa = ca ? ca->grp : 0;
	r->xb = cb ? cb->grp : 0;
	r->v = NULL;
	r->nr = 0;
	if (diff_load_facts(st, ga, &a, err) || diff_load_facts(st, gb, &b, err) ||
	    diff_load_facts(st, r->xa, &sa, err) || diff_load_facts(st, r->xb, &sb, err))
		goto out;
	m = migration_analyse(&a, key, &b, key, ca ? &sa : NULL, ca ? ca->key : NULL, cb ? &sb : NULL,
			      cb ? cb->key : NULL, cb ? cb->key : ca ? ca->key : NULL);
	memset(&ctx, 0, sizeof(ctx));
	ctx.whole_group = !ga || !gb;
	ctx.mig = m;
	diff_fact_lists(&a, 0, &b, 0, NULL, r, &alloc, &ctx);
	ctx.whole_group = 0;
	if (ga && gb && ca && cb && strcmp(ca->key, cb->key)) {
		/* the class was renamed (ICH9 SMB -> ICH9-SMB in 6.x): the stream sends the description's name */
		char *pa = xstrfmt("%s/name", ca->key), *pb = xstrfmt("%s/name", cb->key);

		diff_add_raw(r, &alloc, pa, ca->name, NULL, ENTRY_REMOVED, &ctx);
		diff_add_raw(r, &alloc, pb, NULL, cb->name, ENTRY_ADDED, &ctx);
		free(pa);
		free(pb);
	}
	if (ga && gb && r->xa != r->xb)
		diff_fact_lists(&sa, ca ? strlen(ca->key) : 0, &sb, cb ? strlen(cb->key) : 0, cb && ca ? cb->key : NULL,
				r, &alloc, &ctx);
	migration_pair_free(m);
	ret = 0;
out:
	fact_list_release(&a);
	fact_list_release(&b);
	fact_list_release(&sa);
	fact_list_release(&sb);
	return ret;
}

struct walk {
	struct store *st;
	struct diff_cache *cache;
	struct diff *out;
	size_t alloc;
	long long (*emitted)[2];	/* class group pairs whose spec entries are in out */
	size_t nemitted;
};

/* Append r's entries; the spec entries of a class pair only once. */
static void take(struct walk *w, struct pair_result *r, int owned)
{
	int spec_seen = 0;
	size_t k;

	for (k = 0; k < w->nemitted && (r->xa || r->xb); k++)
		spec_seen |= w->emitted[k][0] == r->xa && w->emitted[k][1] == r->xb;
	if (!spec_seen && (r->xa || r->xb)) {
		w->emitted = xrealloc(w->emitted, (w->nemitted + 1) * sizeof(*w->emitted));
		w->emitted[w->nemitted][0] = r->xa;
		w->emitted[w->nemitted++][1] = r->xb;
	}
	for (k = 0; k < r->nr; k++) {
		if (spec_seen && starts_with(r->v[k].path, "vmstate/")) {
			if (owned) {
				free(r->v[k].path);
				free(r->v[k].old_value);
				free(r->v[k].new_value);
			}
			continue;
		}
		diff_take_raw(w->out, &w->alloc, &r->v[k]);
	}
}

/* One group pair, compared by the plain rules or as a device of the stream (ca/cb, key). */
static int walk_pair(struct walk *w, const char *key, long long ga, long long gb, const struct class_ref *ca,
		     const struct class_ref *cb, int device, struct error *err)
{
	long long xa = ca ? ca->grp : 0, xb = cb ? cb->grp : 0;
	struct pair_result scratch, *slot = NULL;
	const struct pair_result *r;
	int found = 0;

	if (ga == gb && xa == xb)
		return 0;
	w->out->groups_compared++;
	if (!device) {
		if (!(r = diff_group_pair(w->st, w->cache, ga, gb, &scratch, err)))
			return -1;
		take(w, (struct pair_result *)r, !w->cache);
		if (!w->cache)
			free(scratch.v);
		return 0;
	}
	if (w->cache)
		slot = diff_pair_slot(w->cache, ga, gb, xa, xb, &found);
	if (!found) {
		if (compare_device(w->st, key, ga, gb, ca, cb, slot ? slot : &scratch, err)) {
			diff_pair_result_release(slot ? slot : &scratch);
			return -1;
		}
		if (slot) {
			slot->used = 1;
			w->cache->nused++;
			w->cache->weight += slot->nr;
		}
	}
	take(w, slot ? slot : &scratch, !slot);
	if (!slot)
		free(scratch.v);
	return 0;
}

/* A record's groups of one section: from the matrix's memo when there is one (a copy of its list, keys borrowed). */
static int record_groups(struct store *st, struct diff_cache *cache, long long record, int section,
			 struct grp_list *out, struct error *err)
{
	const struct grp_list *l;

	if (!cache)
		return catalog_record_groups(st, record, section, diff_add_group, out, err);
	if (!(l = diff_cache_record_groups(cache, st, record, section, err)))
		return -1;
	out->v = xmalloc((l->nr ? l->nr : 1) * sizeof(*out->v));
	memcpy(out->v, l->v, l->nr * sizeof(*out->v));
	out->nr = out->alloc = l->nr;
	out->borrowed = 1;
	return 0;
}

int migration_diff_section(struct store *st, struct diff_cache *cache, long long ra, long long rb,
			   const struct section_info *sec, int vmstate, const char *vda, const char *vdb, int migration,
			   struct diff *out, struct error *err)
{
	struct grp_list ga = { NULL, 0, 0, 0 }, gb = { NULL, 0, 0, 0 }, ma = { NULL, 0, 0, 0 }, mb = { NULL, 0, 0, 0 };
	struct class_index sxa, sxb;
	const struct class_index *xa = NULL, *xb = NULL;
	struct walk w = { st, cache, out, 0, NULL, 0 };
	char **used = NULL;
	size_t i = 0, j = 0, nused = 0, k;
	int devices = sec->id == vmstate, streams = 0, ret = -1;

	memset(&sxa, 0, sizeof(sxa));
	memset(&sxb, 0, sizeof(sxb));
	if (record_groups(st, cache, ra, sec->id, &ga, err) || record_groups(st, cache, rb, sec->id, &gb, err))
		goto out;
	for (k = 0; !devices && k < ga.nr + gb.nr; k++)
		streams |= is_device_key(k < ga.nr ? ga.v[k].key : gb.v[k - ga.nr].key) ? (k < ga.nr ? 1 : 2) : 0;
	/* the class indexes only when a device of both streams differs, or for the devices view */
	for (i = j = 0; !devices && streams == 3 && !xa && (i < ga.nr || j < gb.nr);) {
		int c = i == ga.nr ? 1 : j == gb.nr ? -1 : strcmp(ga.v[i].key, gb.v[j].key);

		if (is_device_key(c <= 0 ? ga.v[i].key : gb.v[j].key) && (c || ga.v[i].grp != gb.v[j].grp))
			xa = &sxa;
		i += c <= 0;
		j += c >= 0;
	}
	if ((devices || xa) && (!(xa = class_index_get(st, cache, ra, vmstate, vda, &sxa, err)) ||
				!(xb = !strcmp(vda, vdb) ? xa : class_index_get(st, cache, rb, vmstate, vdb, &sxb, err))))
		goto out;
	if (devices) {
		/* the classes the machine's devices use, on either side, are the migration view's */
		if (record_groups(st, cache, ra, migration, &ma, err) ||
		    record_groups(st, cache, rb, migration, &mb, err))
			goto out;
		for (k = 0; k < ma.nr + mb.nr; k++) {
			const char *key = k < ma.nr ? ma.v[k].key : mb.v[k - ma.nr].key;
			const struct class_ref *c[2] = { NULL, NULL };
			int in_a = k < ma.nr || in_list(&ma, key), in_b = k >= ma.nr || in_list(&mb, key);
			size_t l;

			if (is_device_key(key))
				device_classes(xa, xb, key, in_a, in_b, &c[0], &c[1]);
			for (l = 0; l < 2; l++)
				if (c[l]) {
					used = xrealloc(used, (nused + 1) * sizeof(*used));
					used[nused++] = c[l]->key;
				}
		}
	}
	for (i = j = 0; devices && (i < ma.nr || j < mb.nr);) {
		/* a device the machine sends alike on both sides: its class's description changes are shown here */
		int c = i == ma.nr ? 1 : j == mb.nr ? -1 : strcmp(ma.v[i].key, mb.v[j].key);
		const struct class_ref *ca, *cb;

		i += c <= 0;
		j += c >= 0;
		if (c || !is_device_key(ma.v[i - 1].key) || ma.v[i - 1].grp != mb.v[j - 1].grp)
			continue;
		device_classes(xa, xb, ma.v[i - 1].key, 1, 1, &ca, &cb);
		if (walk_pair(&w, ma.v[i - 1].key, ma.v[i - 1].grp, mb.v[j - 1].grp, ca, cb, 1, err))
			goto out;
	}
	i = j = 0;
	while (i < ga.nr || j < gb.nr) {
		int c = i == ga.nr ? 1 : j == gb.nr ? -1 : strcmp(ga.v[i].key, gb.v[j].key);
		const char *key = c <= 0 ? ga.v[i].key : gb.v[j].key;
		long long x = c <= 0 ? ga.v[i].grp : 0, y = c >= 0 ? gb.v[j].grp : 0;
		int r;

		i += c <= 0;
		j += c >= 0;
		if (devices)
			r = has_key(used, nused, key) ? 0 : walk_pair(&w, key, x, y, NULL, NULL, 0, err);
		else if (is_device_key(key) && streams != 3)
			r = 0;	/* one record has no stream (its migration failed, or sent no description): not observed */
		else if (is_device_key(key) && x == y)
			r = 0;	/* the same stream loads both ways: its class's description changes are not this machine's */
		else if (is_device_key(key)) {
			const struct class_ref *ca, *cb;

			device_classes(xa, xb, key, x != 0, y != 0, &ca, &cb);
			r = walk_pair(&w, key, x, y, ca, cb, 1, err);
		}
		else
			r = walk_pair(&w, key, x, y, NULL, NULL, 0, err);
		if (r)
			goto out;
	}
	diff_sort_entries(out->v, out->nr);
	severity_rank_section(out);
	ret = 0;
out:
	free(used);
	free(w.emitted);
	grp_list_release(&ga);
	grp_list_release(&gb);
	grp_list_release(&ma);
	grp_list_release(&mb);
	class_index_release(&sxa);
	class_index_release(&sxb);
	return ret;
}
