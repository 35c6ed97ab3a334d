/* identify.c: rank recorded records by how many of a probe's facts they share, group by group. */
#include <stdlib.h>
#include <string.h>

#include "facts-query.h"
#include "identify.h"
#include "util.h"

/* The probe's facts of one group: v[first .. first+n). */
struct pgroup {
	const char *key;
	size_t first, n;
};

/* A distinct stored group compared with a probe group, computed once. */
struct gscore {
	long long grp;
	size_t pg;		/* probe group index */
	size_t matched;
};

struct hit {
	size_t pg;
	long long grp;
};

struct rec_state {
	size_t matched;
	struct hit *hits;
	size_t nhits, alloc;
};

static int cmp_pgroup_key(const void *k, const void *g)
{
	return strcmp(k, ((const struct pgroup *)g)->key);
}

/* The facts of a stored group, sorted by path. */
struct gfacts {
	char **path, **value;
	size_t n;
};

static void gfacts_release(struct gfacts *g)
{
	size_t i;

	for (i = 0; i < g->n; i++) {
		free(g->path[i]);
		free(g->value[i]);
	}
	free(g->path);
	free(g->value);
	memset(g, 0, sizeof(*g));
}

struct gfacts_fill {
	struct gfacts *g;
	size_t alloc;
};

static int gfacts_add(void *data, const char *path, const char *value)
{
	struct gfacts_fill *f = data;
	struct gfacts *g = f->g;

	if (g->n == f->alloc) {
		f->alloc = f->alloc ? 2 * f->alloc : 32;
		g->path = xrealloc(g->path, f->alloc * sizeof(char *));
		g->value = xrealloc(g->value, f->alloc * sizeof(char *));
	}
	g->path[g->n] = xstrdup(path);
	g->value[g->n] = xstrdup(value);
	g->n++;
	return 0;
}

static int load_grp(struct store *st, long long grp, struct gfacts *out, struct error *err)
{
	struct gfacts_fill f = { out, 0 };

	memset(out, 0, sizeof(*out));
	if (catalog_group_facts(st, grp, gfacts_add, &f, err)) {
		gfacts_release(out);
		return -1;
	}
	return 0;
}

static const char *gfacts_get(const struct gfacts *g, const char *path)
{
	size_t lo = 0, hi = g->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(g->path[mid], path);

		if (!c)
			return g->value[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

struct sorted_facts {
	const struct fact **v;
	size_t n;
};

static int cmp_fact_ptr(const void *a, const void *b)
{
	const struct fact *x = *(const struct fact *const *)a, *y = *(const struct fact *const *)b;
	int c = strcmp(x->group, y->group);

	return c ? c : strcmp(x->path, y->path);
}

/* Open addressing on the group id (a group's content implies its key); grp 0 marks a free slot. */
static size_t cache_find(const struct gscore *c, size_t size, long long grp)
{
	size_t i = ((unsigned long long)grp * 0x9e3779b97f4a7c15ULL >> 20) & (size - 1);

	while (c[i].grp && c[i].grp != grp)
		i = (i + 1) & (size - 1);
	return i;
}

static struct gscore *cache_grow(struct gscore *old, size_t *size)
{
	size_t n = *size * 2, i;
	struct gscore *c = xcalloc(n, sizeof(*c));

	for (i = 0; i < *size; i++)
		if (old[i].grp)
			c[cache_find(c, n, old[i].grp)] = old[i];
	free(old);
	*size = n;
	return c;
}

/* The walk over every record's groups of one section: scores each record's groups against the probe's. */
struct scan {
	struct store *st;
	const struct fact **pf;
	const struct pgroup *pg;
	size_t npg;
	const struct record_row *recs;
	size_t nrecs;
	struct rec_state *rs;
	struct gscore *cache;
	size_t ncache, cache_alloc, last_rec;
	struct error *err;
};

static int scan_group(void *data, long long rid, const char *key, long long grp)
{
	struct scan *sc = data;
	const struct pgroup *g = bsearch(key, sc->pg, sc->npg, sizeof(*sc->pg), cmp_pgroup_key);
	struct rec_state *r = NULL;
	size_t k, matched = 0;

	if (!g)
		return 0;
	if (sc->last_rec < sc->nrecs && sc->recs[sc->last_rec].id == rid) {
		r = &sc->rs[sc->last_rec];
	} else {
		for (k = 0; k < sc->nrecs; k++)
			if (sc->recs[k].id == rid)
				r = &sc->rs[sc->last_rec = k];
	}
	if (!r)
		return 0;
	k = cache_find(sc->cache, sc->cache_alloc, grp);
	if (!sc->cache[k].grp) {
		struct gfacts gf;
		size_t m;

		if (load_grp(sc->st, grp, &gf, sc->err))
			return -1;
		for (m = 0; m < g->n; m++) {
			const char *v = gfacts_get(&gf, sc->pf[g->first + m]->path);

			matched += v && !strcmp(v, sc->pf[g->first + m]->value);
		}
		gfacts_release(&gf);
		sc->cache[k].grp = grp;
		sc->cache[k].pg = (size_t)(g - sc->pg);
		sc->cache[k].matched = matched;
		if (2 * ++sc->ncache > sc->cache_alloc) {
			sc->cache = cache_grow(sc->cache, &sc->cache_alloc);
			k = cache_find(sc->cache, sc->cache_alloc, grp);
		}
	}
	r->matched += sc->cache[k].matched;
	if (r->nhits == r->alloc) {
		r->alloc = r->alloc ? 2 * r->alloc : 16;
		r->hits = xrealloc(r->hits, r->alloc * sizeof(*r->hits));
	}
	r->hits[r->nhits].pg = (size_t)(g - sc->pg);
	r->hits[r->nhits].grp = grp;
	r->nhits++;
	return 0;
}

int identify_facts(struct store *st, const struct facts *probe, size_t top, struct identify_result *out,
		   struct error *err)
{
	const struct fact **pf = NULL;
	struct pgroup *pg = NULL;
	size_t npg = 0, i, j;
	struct record_row *recs = NULL;
	size_t nrecs = 0;
	struct rec_state *rs = NULL;
	struct gscore *cache = NULL;
	struct scan sc;
	int secs[MAX_SECTIONS + 1] = { 0 }, ret = -1;
	size_t *order = NULL;

	memset(out, 0, sizeof(*out));
	if (!probe->nr)
		return error_set(err, ERR_INPUT, "the probe has no facts");
	out->nprobe = probe->nr;
	pf = xmalloc(probe->nr * sizeof(*pf));
	for (i = 0; i < probe->nr; i++)
		pf[i] = &probe->v[i];
	qsort(pf, probe->nr, sizeof(*pf), cmp_fact_ptr);
	pg = xcalloc(probe->nr, sizeof(*pg));
	for (i = 0; i < probe->nr; i++) {
		const struct section_info *sec;

		if (!npg || strcmp(pg[npg - 1].key, pf[i]->group)) {
			pg[npg].key = pf[i]->group;
			pg[npg].first = i;
			npg++;
		}
		pg[npg - 1].n++;
		sec = store_section_by_name(st, pf[i]->path, fact_section_len(pf[i]->path));
		if (sec && sec->id <= MAX_SECTIONS && !secs[sec->id]) {
			secs[sec->id] = 1;
			if (out->sections[0])
				strncat(out->sections, ",", sizeof(out->sections) - strlen(out->sections) - 1);
			strncat(out->sections, sec->name, sizeof(out->sections) - strlen(out->sections) - 1);
		}
	}
	if (catalog_records(st, &recs, &nrecs, err))
		goto out;
	rs = xcalloc(nrecs ? nrecs : 1, sizeof(*rs));
	memset(&sc, 0, sizeof(sc));
	sc.cache_alloc = 1024;
	sc.cache = cache = xcalloc(sc.cache_alloc, sizeof(*cache));
	sc.st = st;
	sc.pf = pf;
	sc.pg = pg;
	sc.npg = npg;
	sc.recs = recs;
	sc.nrecs = nrecs;
	sc.rs = rs;
	sc.last_rec = (size_t)-1;
	sc.err = err;
	for (i = 0; i <= MAX_SECTIONS; i++) {
		int rc = secs[i] ? catalog_section_groups(st, (int)i, scan_group, &sc, err) : 0;

		cache = sc.cache;	/* scan_group may have grown it */
		if (rc)
			goto out;
	}

	/* rank: most matched first; ties in record order (stable) */
	order = xmalloc((nrecs ? nrecs : 1) * sizeof(*order));
	for (i = 0; i < nrecs; i++)
		order[i] = i;
	for (i = 1; i < nrecs; i++) {
		size_t x = order[i];

		for (j = i; j > 0 && rs[order[j - 1]].matched < rs[x].matched; j--)
			order[j] = order[j - 1];
		order[j] = x;
	}
	out->records = nrecs;
	for (i = 0; i < nrecs; i++)
		out->exact += rs[i].matched == probe->nr;
	out->nr = top && top < nrecs ? top : nrecs;
	out->v = xcalloc(out->nr ? out->nr : 1, sizeof(*out->v));
	for (i = 0; i < out->nr; i++) {
		struct identify_match *m = &out->v[i];
		struct rec_state *r = &rs[order[i]];
		size_t p;

		m->rec = recs[order[i]];
		memset(&recs[order[i]], 0, sizeof(recs[order[i]]));
		m->matched = r->matched;
		m->exact = r->matched == probe->nr;
		m->nmismatched = probe->nr - r->matched;
		m->diffs = xcalloc(IDENTIFY_MAX_DIFFS, sizeof(*m->diffs));
		for (p = 0; p < npg && m->ndiffs < IDENTIFY_MAX_DIFFS; p++) {
			struct gfacts gf = { NULL, NULL, 0 };
			size_t h, f;

			for (h = 0; h < r->nhits && r->hits[h].pg != p; h++)
				;
			if (h < r->nhits && load_grp(st, r->hits[h].grp, &gf, err))
				goto out;
			for (f = 0; f < pg[p].n && m->ndiffs < IDENTIFY_MAX_DIFFS; f++) {
				const struct fact *pfa = pf[pg[p].first + f];
				const char *v = gfacts_get(&gf, pfa->path);

				if (v && !strcmp(v, pfa->value))
					continue;
				m->diffs[m->ndiffs].path = xstrdup(pfa->path);
				m->diffs[m->ndiffs].probe_value = xstrdup(pfa->value);
				m->diffs[m->ndiffs].record_value = v ? xstrdup(v) : NULL;
				m->ndiffs++;
			}
			gfacts_release(&gf);
		}
	}
	ret = 0;
out:
	if (ret)
		identify_result_release(out);
	for (i = 0; rs && i < nrecs; i++)
		free(rs[i].hits);
	free(rs);
	free(order);
	free(cache);
	free(pg);
	free(pf);
	record_rows_free(recs, nrecs);
	return ret;
}

void identify_result_release(struct identify_result *r)
{
	size_t i, k;

	for (i = 0; i < r->nr; i++) {
		record_row_release(&r->v[i].rec);
		for (k = 0; k < r->v[i].ndiffs; k++) {
			free(r->v[i].diffs[k].path);
			free(r->v[i].diffs[k].probe_value);
			free(r->v[i].diffs[k].record_value);
		}
		free(r->v[i].diffs);
	}
	free(r->v);
	memset(r, 0, sizeof(*r));
}

struct json_object *identify_json(const struct identify_result *r)
{
	struct json_object *o = json_object_new_object(), *a = json_object_new_array();
	size_t i, k;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "probe_facts", json_object_new_int64((long long)r->nprobe));
	json_object_object_add(o, "sections", json_object_new_string(r->sections));
	json_object_object_add(o, "records", json_object_new_int64((long long)r->records));
	json_object_object_add(o, "exact", json_object_new_int64((long long)r->exact));
	for (i = 0; i < r->nr; i++) {
		const struct identify_match *m = &r->v[i];
		struct json_object *x = json_object_new_object(), *d = json_object_new_array();

		json_object_object_add(x, "record_id", json_object_new_int64(m->rec.id));
		json_object_object_add(x, "release", json_object_new_string(m->rec.release));
		json_object_object_add(x, "stream", json_object_new_string(m->rec.stream));
		json_object_object_add(x, "machine", json_object_new_string(m->rec.machine));
		json_object_object_add(x, "exact", json_object_new_boolean(m->exact));
		json_object_object_add(x, "matched", json_object_new_int64((long long)m->matched));
		json_object_object_add(x, "mismatched", json_object_new_int64((long long)m->nmismatched));
		for (k = 0; k < m->ndiffs; k++) {
			struct json_object *y = json_object_new_object();

			json_object_object_add(y, "path", json_object_new_string(m->diffs[k].path));
			json_object_object_add(y, "probe", json_object_new_string(m->diffs[k].probe_value));
			json_object_object_add(y, "record", m->diffs[k].record_value ?
					       json_object_new_string(m->diffs[k].record_value) : NULL);
			json_object_array_add(d, y);
		}
		json_object_object_add(x, "differs", d);
		json_object_array_add(a, x);
	}
	json_object_object_add(o, "matches", a);
	return o;
}
