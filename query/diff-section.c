/* diff-section.c: walking the sections two records differ in, group by group, with renames ranked. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "facts-query.h"
#include "severity.h"
#include "util.h"

/* The view a section belongs to; -dump-vmstate is the devices view (the stream's classes are migration's). */
static unsigned view_bit(const struct section_info *sec)
{
	unsigned v = 0;

	if (!strcmp(sec->name, "vmstate"))
		return VIEW_DEVICES;
	view_parse(sec->view, &v);
	return v;
}

int diff_add_group(void *data, const char *key, long long grp)
{
	struct grp_list *l = data;

	if (l->nr == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 64;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	l->v[l->nr].key = xstrdup(key);
	l->v[l->nr].grp = grp;
	l->nr++;
	return 0;
}

void grp_list_release(struct grp_list *l)
{
	size_t i;

	for (i = 0; !l->borrowed && i < l->nr; i++)
		free(l->v[i].key);
	free(l->v);
}

static int section_selected(const struct section_info *sec, const struct diff_opts *o)
{
	unsigned views = o->views ? o->views : VIEW_ALL;

	if (!(views & view_bit(sec)))
		return 0;
	if (o->sections && *o->sections) {
		const char *p = o->sections;
		size_t n = strlen(sec->name);

		while (*p) {
			const char *comma = strchr(p, ',');
			size_t len = comma ? (size_t)(comma - p) : strlen(p);

			if (len == n && !strncmp(p, sec->name, n))
				return 1;
			p += len + (comma ? 1 : 0);
		}
		return 0;
	}
	return 1;
}

/*
 * The entries of one differing section, sorted, with renames ranked.  With
 * a cache, strings are borrowed from it; without, owned by sec.
 */
static int diff_one_section(struct store *st, struct diff_cache *cache, long long ra, long long rb, int id,
			    struct diff *sec, struct error *err)
{
	struct grp_list la = { NULL, 0, 0, 0 }, lb = { NULL, 0, 0, 0 };
	const struct grp_list *pa = &la, *pb = &lb;
	const struct grp_ref *ga, *gb;
	size_t na, nb, i = 0, j = 0, alloc = 0;
	int ret = -1;

	if (cache) {
		/* a matrix compares each record with several others: read its group list once */
		if (!(pa = diff_cache_record_groups(cache, st, ra, id, err)) ||
		    !(pb = diff_cache_record_groups(cache, st, rb, id, err)))
			goto out;
	} else if (catalog_record_groups(st, ra, id, diff_add_group, &la, err) ||
		   catalog_record_groups(st, rb, id, diff_add_group, &lb, err)) {
		goto out;
	}
	ga = pa->v;
	gb = pb->v;
	na = pa->nr;
	nb = pb->nr;
	while (i < na || j < nb) {
		int c = i == na ? 1 : j == nb ? -1 : strcmp(ga[i].key, gb[j].key);
		long long x = c <= 0 ? ga[i].grp : 0, y = c >= 0 ? gb[j].grp : 0;
		struct pair_result scratch;
		const struct pair_result *r;
		size_t k;

		i += c <= 0;
		j += c >= 0;
		if (x == y)
			continue;
		sec->groups_compared++;
		r = diff_group_pair(st, cache, x, y, &scratch, err);
		if (!r)
			goto out;
		for (k = 0; k < r->nr; k++)	/* without a cache the scratch strings move into the entry */
			diff_take_raw(sec, &alloc, &r->v[k]);
		if (!cache)
			free(scratch.v);
	}
	diff_sort_entries(sec->v, sec->nr);
	severity_rank_section(sec);
	ret = 0;
out:
	grp_list_release(&la);
	grp_list_release(&lb);
	return ret;
}

static int cmp_section_name(const void *x, const void *y)
{
	return strcmp((*(const struct section_info *const *)x)->name, (*(const struct section_info *const *)y)->name);
}

/* Did record r observe section sec?  Not when it lacks the dump that feeds it, or the section is empty. */
static int recorded(const struct record_row *r, const struct section_info *sec, const char *digest)
{
	const char *k = r->kinds ? strstr(r->kinds, sec->kind) : NULL;
	size_t n = strlen(sec->kind);

	while (k && !((k == r->kinds || k[-1] == ',') && (!k[n] || k[n] == ',')))
		k = strstr(k + 1, sec->kind);
	return k && *digest;
}

/*
 * A section one record has and the other lacks was not observed, not
 * removed: one info entry, "<section>/(recorded): yes -> not recorded in R",
 * and the section is not compared (classes rest on what both observed).
 */
static void add_not_recorded(struct diff *d, struct diff_cache *cache, const struct section_info *sec,
			     const char *da, const char *db, const struct diff_opts *o, size_t *alloc)
{
	struct diff_entry *e;
	char *path = xstrfmt("%s/(recorded)", sec->name);

	d->unobserved++;
	if ((o->path_glob && !glob_match(o->path_glob, path)) || (o->min_severity > SEV_INFO) || (!*da && !*db)) {
		free(path);
		return;
	}
	e = diff_push_entry(&d->v, &d->nr, alloc);
	e->path = diff_cache_keep(cache, path);
	e->old_value = diff_cache_keep(cache, *da && recorded(&d->a, sec, da) ? xstrdup("yes") :
				       xstrfmt("not recorded in %s", d->a.release));
	e->new_value = diff_cache_keep(cache, *db && recorded(&d->b, sec, db) ? xstrdup("yes") :
				       xstrfmt("not recorded in %s", d->b.release));
	e->kind = ENTRY_CHANGED;
	e->severity = SEV_INFO;
	e->rule = "not-recorded";
}

/* Append the entries of every selected, differing section, in path order. */
int diff_sections(struct store *st, struct diff_cache *cache, const struct diff_opts *o, struct diff *d,
		  struct error *err)
{
	const struct section_info *secs, *byname[MAX_SECTIONS];
	const struct section_info *mig = store_section_by_name(st, "migration", 9);
	const struct section_info *vms = store_section_by_name(st, "vmstate", 7);
	size_t nsec = store_sections(st, &secs), s, k;
	char da[MAX_SECTIONS + 1][65], db[MAX_SECTIONS + 1][65];	/* filled whole by diff_cache_section_digests() */
	char vda[65] = "", vdb[65] = "";
	int ret = -1;

	if (diff_cache_section_digests(cache, st, d->a.id, da, err) ||
	    diff_cache_section_digests(cache, st, d->b.id, db, err))
		goto out;
	if (mig && vms && mig->id <= MAX_SECTIONS && vms->id <= MAX_SECTIONS) {
		/* the stream is read with its classes' specs, the specs with the stream: key both by both */
		char ma[65], mb[65];

		memcpy(vda, da[vms->id], 65);
		memcpy(vdb, db[vms->id], 65);
		memcpy(ma, da[mig->id], 65);
		memcpy(mb, db[mig->id], 65);
		migration_section_key(ma, vda, da[mig->id]);
		migration_section_key(mb, vdb, db[mig->id]);
		migration_section_key(vda, ma, da[vms->id]);
		migration_section_key(vdb, mb, db[vms->id]);
	} else {
		mig = vms = NULL;
	}
	/* section names are path prefixes: in name order, the entries come out in path order */
	for (s = 0; s < nsec; s++)
		byname[s] = &secs[s];
	qsort(byname, nsec, sizeof(*byname), cmp_section_name);
	for (s = 0; s < nsec; s++) {
		int id = byname[s]->id, found = 0;
		struct diff sec;
		struct section_result *slot = NULL;
		size_t alloc = d->alloc;

		if (id > MAX_SECTIONS || !section_selected(byname[s], o) || !strcmp(da[id], db[id]))
			continue;
		if (!recorded(&d->a, byname[s], da[id]) || !recorded(&d->b, byname[s], db[id])) {
			add_not_recorded(d, cache, byname[s], da[id], db[id], o, &alloc);
			d->alloc = alloc;
			continue;
		}
		diff_init(&sec);
		if (cache)
			slot = diff_section_slot(cache, id, da[id], db[id], &found);
		if (found) {
			sec.v = slot->v;
			sec.nr = slot->nr;
		} else if ((mig && (id == mig->id || id == vms->id)) ?
			   migration_diff_section(st, cache, d->a.id, d->b.id, byname[s], vms->id, vda, vdb, mig->id,
						  &sec, err) :
			   diff_one_section(st, cache, d->a.id, d->b.id, id, &sec, err)) {
			if (!cache)
				diff_release(&sec);
			else
				free(sec.v);
			goto out;
		} else if (slot) {
			slot->used = 1;
			slot->section = id;
			memcpy(slot->da, da[id], 65);
			memcpy(slot->db, db[id], 65);
			slot->v = sec.v;
			slot->nr = sec.nr;
			cache->nsec_used++;
			cache->weight += sec.nr;
			cache->weight_sec += sec.nr;
		}
		d->groups_compared += sec.groups_compared;
		if (!o->path_glob && sec.nr) {
			/* every entry: one copy of the block */
			if (d->nr + sec.nr > alloc) {
				alloc = alloc * 2 > d->nr + sec.nr ? alloc * 2 : d->nr + sec.nr;
				d->v = xrealloc(d->v, alloc * sizeof(*d->v));
			}
			memcpy(d->v + d->nr, sec.v, sec.nr * sizeof(*sec.v));
			d->nr += sec.nr;
			sec.nr = 0;
		}
		for (k = 0; k < sec.nr; k++) {
			if (o->path_glob && !glob_match(o->path_glob, sec.v[k].path)) {
				if (!cache) {
					free(sec.v[k].path);
					free(sec.v[k].old_value);
					free(sec.v[k].new_value);
				}
				continue;
			}
			*diff_push_entry(&d->v, &d->nr, &alloc) = sec.v[k];
		}
		d->alloc = alloc;
		if (!cache)
			free(sec.v);	/* its strings moved into d */
	}
	ret = 0;
out:
	return ret;
}

size_t diff_signature_sections(struct store *st, const struct diff_opts *o, int *ids)
{
	const struct section_info *secs;
	const struct section_info *mig = store_section_by_name(st, "migration", 9);
	size_t nsec = store_sections(st, &secs), s, n = 0;
	int migration = 0;

	for (s = 0; s < nsec; s++)
		migration |= mig && secs[s].id == mig->id && section_selected(&secs[s], o);
	for (s = 0; s < nsec; s++) {
		/* the migration view reads its devices' -dump-vmstate specs: that digest counts with it */
		int id = secs[s].id;

		if (id <= MAX_SECTIONS && (section_selected(&secs[s], o) || (migration && !strcmp(secs[s].name, "vmstate"))))
			ids[n++] = id;
	}
	return n;
}
