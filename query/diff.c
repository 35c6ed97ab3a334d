/* diff.c: record-to-record diffs that read only what differs, and ABI classes per machine type. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "severity.h"
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

static struct diff_entry *push_entry(struct diff_entry **v, size_t *nr, size_t *alloc)
{
	if (*nr == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 64;
		*v = xrealloc(*v, *alloc * sizeof(**v));
	}
	memset(&(*v)[*nr], 0, sizeof(**v));
	return &(*v)[(*nr)++];
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
	if (!strcmp(s, "guest"))
		*out = VIEW_GUEST;
	else if (!strcmp(s, "migration"))
		*out = VIEW_MIGRATION;
	else if (!strcmp(s, "properties"))
		*out = VIEW_PROPERTIES;
	else if (!strcmp(s, "all"))
		*out = VIEW_ALL;
	else
		return -1;
	return 0;
}

static unsigned view_bit(const char *view)
{
	unsigned v = 0;

	view_parse(view, &v);
	return v;
}

/* ---- reading groups ---- */

struct fact_pair {
	char *path, *value;
};

struct fact_list {
	struct fact_pair *v;
	size_t nr;
};

static void fact_list_release(struct fact_list *l)
{
	size_t i;

	for (i = 0; i < l->nr; i++) {
		free(l->v[i].path);
		free(l->v[i].value);
	}
	free(l->v);
	l->v = NULL;
	l->nr = 0;
}

static int load_group_facts(struct store *st, long long grp, struct fact_list *out, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT p.text, v.text FROM grp_fact gf JOIN path p ON p.id = gf.path_id "
				     "JOIN value v ON v.id = gf.value_id WHERE gf.grp_id = ? ORDER BY p.text", err);
	size_t alloc = 0;
	int rc;

	out->v = NULL;
	out->nr = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, grp);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (out->nr == alloc) {
			alloc = alloc ? 2 * alloc : 32;
			out->v = xrealloc(out->v, alloc * sizeof(*out->v));
		}
		out->v[out->nr].path = xstrdup((const char *)sqlite3_column_text(s, 0));
		out->v[out->nr].value = xstrdup((const char *)sqlite3_column_text(s, 1));
		out->nr++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot read group: %s", sqlite3_errmsg(store_db(st)));
	return 0;
}

struct grp_ref {
	char *key;
	long long grp;
};

static int load_groups(struct store *st, long long rec, int section, struct grp_ref **out, size_t *n,
		       struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT p.text, rg.grp_id FROM record_grp rg JOIN path p ON p.id = rg.key_id "
				     "WHERE rg.record_id = ? AND rg.section_id = ? ORDER BY p.text", err);
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, rec);
	sqlite3_bind_int(s, 2, section);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			*out = xrealloc(*out, alloc * sizeof(**out));
		}
		(*out)[*n].key = xstrdup((const char *)sqlite3_column_text(s, 0));
		(*out)[*n].grp = sqlite3_column_int64(s, 1);
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot read record groups: %s", sqlite3_errmsg(store_db(st)));
	return 0;
}

static void grp_refs_free(struct grp_ref *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].key);
	free(v);
}

/* section id -> digest, for one record */
static int load_section_digests(struct store *st, long long rec, char digests[][65], int max,
				struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT section_id, digest FROM record_section WHERE record_id = ?", err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, rec);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int id = sqlite3_column_int(s, 0);

		if (id >= 0 && id < max)
			snprintf(digests[id], 65, "%s", (const char *)sqlite3_column_text(s, 1));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot read section digests: %s", sqlite3_errmsg(store_db(st)));
	return 0;
}

/* ---- comparing two group contents, memoized ---- */

struct raw_entry {
	char *path, *old_value, *new_value;
	enum entry_kind kind;
	enum severity severity;
	const char *rule;
};

struct pair_result {
	long long a, b;		/* group ids; 0 = absent */
	struct raw_entry *v;
	size_t nr;
	int used;
};

/* A cache of group-pair comparisons, shared by the diffs of one matrix. */
/* One section's processed entries, kept by the matrix's cache (strings borrowed from its groups). */
struct section_result {
	int section;
	char da[65], db[65];
	struct diff_entry *v;
	size_t nr;
	int used;
};

struct diff_cache {
	struct pair_result *slots;
	size_t nslots, nused;
	struct section_result *sec_slots;	/* whole sections, see diff_sections() */
	size_t nsec_slots, nsec_used;
};

static void cache_free(struct diff_cache *c)
{
	size_t i, j;

	if (!c)
		return;
	for (i = 0; i < c->nslots; i++) {
		if (!c->slots[i].used)
			continue;
		for (j = 0; j < c->slots[i].nr; j++) {
			free(c->slots[i].v[j].path);
			free(c->slots[i].v[j].old_value);
			free(c->slots[i].v[j].new_value);
		}
		free(c->slots[i].v);
	}
	free(c->slots);
	for (i = 0; i < c->nsec_slots; i++)
		free(c->sec_slots[i].v);
	free(c->sec_slots);
	memset(c, 0, sizeof(*c));
}

static size_t pair_hash(long long a, long long b)
{
	unsigned long long h = (unsigned long long)a * 0x9E3779B97F4A7C15ull ^ (unsigned long long)b * 0xC2B2AE3D27D4EB4Full;

	return (size_t)(h ^ (h >> 29));
}

static struct pair_result *cache_slot(struct diff_cache *c, long long a, long long b, int *found)
{
	size_t i;

	if (c->nused * 2 >= c->nslots) {
		struct diff_cache bigger = { NULL, c->nslots ? c->nslots * 2 : 1024, 0, c->sec_slots,
					     c->nsec_slots, c->nsec_used };

		bigger.slots = xcalloc(bigger.nslots, sizeof(*bigger.slots));
		for (i = 0; i < c->nslots; i++) {
			if (c->slots[i].used) {
				size_t h = pair_hash(c->slots[i].a, c->slots[i].b) & (bigger.nslots - 1);

				while (bigger.slots[h].used)
					h = (h + 1) & (bigger.nslots - 1);
				bigger.slots[h] = c->slots[i];
				bigger.nused++;
			}
		}
		free(c->slots);
		*c = bigger;
	}
	i = pair_hash(a, b) & (c->nslots - 1);
	while (c->slots[i].used && !(c->slots[i].a == a && c->slots[i].b == b))
		i = (i + 1) & (c->nslots - 1);
	*found = c->slots[i].used;
	return &c->slots[i];
}

struct lookup_data {
	const struct fact_list *side[2];
};

static const char *lookup_fact(void *data, int side, const char *path)
{
	const struct fact_list *l = ((struct lookup_data *)data)->side[side];
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

static void add_raw(struct pair_result *r, size_t *alloc, const char *path, const char *o, const char *n,
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
}

static int compare_groups(struct store *st, long long ga, long long gb, struct pair_result *r,
			  struct error *err)
{
	struct fact_list a = { NULL, 0 }, b = { NULL, 0 };
	struct lookup_data ld = { { &a, &b } };
	struct severity_ctx ctx = { lookup_fact, &ld, !ga || !gb };
	size_t i = 0, j = 0, alloc = 0;

	r->a = ga;
	r->b = gb;
	r->v = NULL;
	r->nr = 0;
	if ((ga && load_group_facts(st, ga, &a, err)) || (gb && load_group_facts(st, gb, &b, err))) {
		fact_list_release(&a);
		fact_list_release(&b);
		return -1;
	}
	while (i < a.nr || j < b.nr) {
		int c = i == a.nr ? 1 : j == b.nr ? -1 : strcmp(a.v[i].path, b.v[j].path);

		if (c < 0) {
			add_raw(r, &alloc, a.v[i].path, a.v[i].value, NULL, ENTRY_REMOVED, &ctx);
			i++;
		} else if (c > 0) {
			add_raw(r, &alloc, b.v[j].path, NULL, b.v[j].value, ENTRY_ADDED, &ctx);
			j++;
		} else {
			if (strcmp(a.v[i].value, b.v[j].value))
				add_raw(r, &alloc, a.v[i].path, a.v[i].value, b.v[j].value, ENTRY_CHANGED, &ctx);
			i++;
			j++;
		}
	}
	fact_list_release(&a);
	fact_list_release(&b);
	return 0;
}

/* Compare two group contents, from the cache when it has them. */
static const struct pair_result *group_pair(struct store *st, struct diff_cache *cache, long long ga, long long gb,
					    struct pair_result *scratch, struct error *err)
{
	struct pair_result *slot;
	int found;

	if (!cache) {
		if (compare_groups(st, ga, gb, scratch, err))
			return NULL;
		return scratch;
	}
	slot = cache_slot(cache, ga, gb, &found);
	if (found)
		return slot;
	if (compare_groups(st, ga, gb, slot, err))
		return NULL;
	slot->used = 1;
	cache->nused++;
	return slot;
}

/* ---- machine names, renames, waivers, notes ---- */

/* Replace whole-token occurrences of name (not followed by [.0-9]) with "\x01". */
static char *normalize_name(const char *value, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = strlen(name);
	const char *p = value, *hit;

	while ((hit = strstr(p, name))) {
		const char *after = hit + n;

		strbuf_add(&sb, p, (size_t)(hit - p));
		if ((*after == '.' && after[1] >= '0' && after[1] <= '9') || (*after >= '0' && *after <= '9')) {
			strbuf_add(&sb, hit, n);
		} else {
			strbuf_addch(&sb, 1);
		}
		p = after;
	}
	strbuf_addstr(&sb, p);
	return strbuf_detach(&sb, NULL);
}

/*
 * Sizes that grow with the machine type's name: the SMBIOS tables carry the
 * name three times (types 1, 3, 4), the 8.2 migration "configuration"
 * section once.  A change there by a multiple of the names' length
 * difference is the name, nothing else.
 */
static const char *const name_length_paths[] = {
	"fw_cfg/etc/smbios/smbios-tables/size",
	"migration/configuration/name/size",
	"smbios/entry/table_length",
};

static int only_name_length_differs(const struct diff_entry *e, const char *na, const char *nb)
{
	long long delta = (long long)strlen(nb) - (long long)strlen(na), d;
	char *end1, *end2;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(name_length_paths); i++)
		if (!strcmp(e->path, name_length_paths[i]))
			break;
	if (i == ARRAY_SIZE(name_length_paths) || !delta)
		return 0;
	d = strtoll(e->new_value, &end1, 0) - strtoll(e->old_value, &end2, 0);
	if (*end1 || *end2 || d % delta)
		return 0;
	return d / delta >= 1 && d / delta <= 4;
}

static int only_name_differs(const struct diff_entry *e, const char *na, const char *nb)
{
	char *x, *y;
	int same;

	if (e->kind != ENTRY_CHANGED || !strcmp(na, nb))
		return 0;
	if (only_name_length_differs(e, na, nb))
		return 1;
	x = normalize_name(e->old_value, na);
	y = normalize_name(e->new_value, nb);
	same = !strcmp(x, y);
	free(x);
	free(y);
	return same;
}

static int is_acpi_identity(const char *path)
{
	const char *last = strrchr(path, '/');

	return starts_with(path, "acpi/") && last &&
	       (!strcmp(last, "/_HID") || !strcmp(last, "/_UID") || !strcmp(last, "/_CID") || !strcmp(last, "/_ADR"));
}

static int cmp_entry(const void *x, const void *y)
{
	return strcmp(((const struct diff_entry *)x)->path, ((const struct diff_entry *)y)->path);
}

/* Indices of the entries (sorted by path) under dir/ : [*lo, *hi). */
static void prefix_range(const struct diff *d, const char *dir, size_t *lo, size_t *hi)
{
	size_t n = strlen(dir), l = 0, h = d->nr;

	while (l < h) {		/* first path >= dir + "/" */
		size_t m = (l + h) / 2;
		int c = strncmp(d->v[m].path, dir, n);

		if (c < 0 || (!c && d->v[m].path[n] < '/'))
			l = m + 1;
		else
			h = m;
	}
	*lo = l;
	for (h = l; h < d->nr && !strncmp(d->v[h].path, dir, n) && d->v[h].path[n] == '/'; h++)
		;
	*hi = h;
}

/* The identity of the device owning entry at: "<table>;_ADR=..;_HID=.." from identity entries of one kind. */
static char *device_signature(const struct diff *d, size_t at)
{
	const char *path = d->v[at].path, *slash = strrchr(path, '/');
	const char *table_end = strchr(path + 5, '/');
	struct strbuf sb = STRBUF_INIT;
	char *dir = xstrndup(path, (size_t)(slash - path));
	size_t lo, hi, i;

	strbuf_add(&sb, path, table_end ? (size_t)(table_end - path) : 0);
	prefix_range(d, dir, &lo, &hi);
	for (i = lo; i < hi; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->kind == d->v[at].kind && !strchr(e->path + strlen(dir) + 1, '/') && is_acpi_identity(e->path))
			strbuf_addf(&sb, ";%s=%s", e->path + strlen(dir) + 1,
				    e->kind == ENTRY_ADDED ? e->new_value : e->old_value);
	}
	free(dir);
	return strbuf_detach(&sb, NULL);
}

/*
 * A device whose namespace path changed but whose identity (_HID, _UID,
 * _CID, _ADR) did not, e.g. the 7.2 ISA bridge \_SB.PCI0.ISA -> S08 with its
 * children: guests key devices by identity, not by path, so this is a
 * `change`, not a `break` (docs/severity.md, acpi-renamed).  Entries are
 * sorted by path.
 */
static void demote_acpi_renames(struct diff *d)
{
	size_t *rem = NULL, *add = NULL, nr = 0, na = 0, i, j;
	char **sig_add;

	for (i = 0; i < d->nr; i++) {
		if (d->v[i].severity != SEV_BREAK || !is_acpi_identity(d->v[i].path))
			continue;
		if (d->v[i].kind == ENTRY_REMOVED) {
			rem = xrealloc(rem, (nr + 1) * sizeof(*rem));
			rem[nr++] = i;
		} else if (d->v[i].kind == ENTRY_ADDED) {
			add = xrealloc(add, (na + 1) * sizeof(*add));
			add[na++] = i;
		}
	}
	sig_add = xcalloc(na ? na : 1, sizeof(*sig_add));
	for (j = 0; j < na; j++)
		sig_add[j] = device_signature(d, add[j]);
	for (i = 0; i < nr; i++) {
		char *sig = device_signature(d, rem[i]);

		for (j = 0; j < na; j++) {
			struct diff_entry *r = &d->v[rem[i]], *a = &d->v[add[j]];

			if (a->severity == SEV_BREAK && !strcmp(strrchr(a->path, '/'), strrchr(r->path, '/')) &&
			    !strcmp(sig, sig_add[j])) {
				r->severity = a->severity = SEV_CHANGE;
				r->rule = a->rule = "acpi-renamed";
				break;
			}
		}
		free(sig);
	}
	for (j = 0; j < na; j++)
		free(sig_add[j]);
	free(sig_add);
	free(rem);
	free(add);
}

static char *dir_of(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? xstrndup(path, (size_t)(s - path)) : xstrdup("");
}

struct sized_field {
	size_t at;		/* the "/size" entry */
	char *dir, *parent;	/* the field's path, its parent's */
	int used;
};

static size_t collect_sizes(const struct diff *d, enum entry_kind kind, struct sized_field **out)
{
	size_t i, n = 0;

	*out = NULL;
	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->kind != kind || e->severity != SEV_BREAK || !ends_with(e->path, "/size") ||
		    (!starts_with(e->path, "migration/") && !starts_with(e->path, "vmstate/")))
			continue;
		*out = xrealloc(*out, (n + 1) * sizeof(**out));
		(*out)[n].at = i;
		(*out)[n].dir = dir_of(e->path);
		(*out)[n].parent = dir_of((*out)[n].dir);
		(*out)[n].used = 0;
		n++;
	}
	return n;
}

static void demote_range(struct diff *d, const char *dir, enum entry_kind kind)
{
	size_t lo, hi, k;

	prefix_range(d, dir, &lo, &hi);
	for (k = lo; k < hi; k++)
		if (d->v[k].kind == kind) {
			d->v[k].severity = SEV_CHANGE;
			d->v[k].rule = "migration-renamed";
		}
}

/*
 * Field names are not on the migration wire: a field removed and another
 * added under the same parent with the same size is a rename (QEMU's
 * vmstate-static-checker keeps an allow-list of them).  Such pairs, what is
 * nested under them, and the "after" links naming them become `change`.
 * Entries are sorted by path.
 */
static void demote_migration_renames(struct diff *d)
{
	struct sized_field *rem, *add;
	size_t nr = collect_sizes(d, ENTRY_REMOVED, &rem), na = collect_sizes(d, ENTRY_ADDED, &add), i, j, k;

	for (i = 0; i < nr; i++) {
		for (j = 0; j < na; j++) {
			const char *fname, *gname;

			if (add[j].used || strcmp(add[j].parent, rem[i].parent) ||
			    strcmp(d->v[add[j].at].new_value, d->v[rem[i].at].old_value))
				continue;
			add[j].used = 1;
			demote_range(d, rem[i].dir, ENTRY_REMOVED);
			demote_range(d, add[j].dir, ENTRY_ADDED);
			fname = rem[i].dir + strlen(rem[i].parent) + 1;
			gname = add[j].dir + strlen(add[j].parent) + 1;
			for (k = 0; k < d->nr; k++) {
				struct diff_entry *e = &d->v[k];

				if (e->kind == ENTRY_CHANGED && e->severity == SEV_BREAK && ends_with(e->path, "/after") &&
				    !strcmp(e->old_value, fname) && !strcmp(e->new_value, gname)) {
					e->severity = SEV_CHANGE;
					e->rule = "migration-renamed";
				}
			}
			break;
		}
	}
	for (i = 0; i < nr; i++) {
		free(rem[i].dir);
		free(rem[i].parent);
	}
	for (j = 0; j < na; j++) {
		free(add[j].dir);
		free(add[j].parent);
	}
	free(rem);
	free(add);
}

/*
 * Waivers and notes whose machine glob and release range fit this diff:
 * decided once per diff, so entries only test their path globs.
 */
static void match_waivers_notes(struct diff *d, const struct diff_opts *o)
{
	size_t i, k;
	size_t *w = xcalloc(o->nwaivers + 1, sizeof(*w)), *n = xcalloc(o->nnotes + 1, sizeof(*n)), nw = 0, nn = 0;

	for (k = 0; k < o->nwaivers; k++)
		if (glob_match(o->waivers[k].machine_glob, d->b.machine) &&
		    release_in_range(d->b.release, o->waivers[k].release_from, o->waivers[k].release_to))
			w[nw++] = k;
	for (k = 0; k < o->nnotes; k++)
		if (glob_match(o->notes[k].machine_glob, d->b.machine) &&
		    (release_in_range(d->b.release, o->notes[k].release_from, o->notes[k].release_to) ||
		     release_in_range(d->a.release, o->notes[k].release_from, o->notes[k].release_to)))
			n[nn++] = k;
	for (i = 0; i < d->nr && (nw || nn); i++) {
		struct diff_entry *e = &d->v[i];

		for (k = 0; k < nw && !e->waiver_reason; k++) {
			const struct waiver *wv = &o->waivers[w[k]];

			if (glob_match(wv->path_glob, e->path)) {
				e->waiver_id = wv->id ? wv->id : -(long long)(w[k] + 1);
				e->waiver_reason = wv->reason;
				((struct waiver *)wv)->used++;
			}
		}
		for (k = 0; k < nn && !e->note_text; k++) {
			const struct note *nt = &o->notes[n[k]];

			if (glob_match(nt->path_glob, e->path)) {
				e->note_id = nt->id;
				e->note_text = nt->text;
				e->note_link = nt->link;
			}
		}
	}
	free(w);
	free(n);
}

static int section_selected(const struct section_info *sec, const struct diff_opts *o)
{
	unsigned views = o->views ? o->views : VIEW_ALL;

	if (!(views & view_bit(sec->view)))
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


static size_t section_hash(int section, const char *da, const char *db)
{
	size_t h = (size_t)section * 0x9E3779B97F4A7C15ull;
	int i;

	for (i = 0; i < 16; i++)
		h = h * 31 + (unsigned char)da[i] * 7 + (unsigned char)db[i];
	return h;
}

static struct section_result *section_slot(struct diff_cache *c, int section, const char *da, const char *db,
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

/*
 * The entries of one differing section, sorted, with renames ranked.  With
 * a cache, strings are borrowed from it; without, owned by sec.
 */
static int diff_one_section(struct store *st, struct diff_cache *cache, long long ra, long long rb, int id,
			    struct diff *sec, struct error *err)
{
	struct grp_ref *ga = NULL, *gb = NULL;
	size_t na = 0, nb = 0, i = 0, j = 0, alloc = 0;
	int ret = -1;

	if (load_groups(st, ra, id, &ga, &na, err) || load_groups(st, rb, id, &gb, &nb, err))
		goto out;
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
		r = group_pair(st, cache, x, y, &scratch, err);
		if (!r)
			goto out;
		for (k = 0; k < r->nr; k++) {
			struct diff_entry *e = push_entry(&sec->v, &sec->nr, &alloc);

			/* without a cache the scratch strings move into the entry */
			e->path = r->v[k].path;
			e->old_value = r->v[k].old_value;
			e->new_value = r->v[k].new_value;
			e->kind = r->v[k].kind;
			e->severity = r->v[k].severity;
			e->rule = r->v[k].rule;
		}
		if (!cache)
			free(scratch.v);
	}
	if (sec->nr)
		qsort(sec->v, sec->nr, sizeof(*sec->v), cmp_entry);
	demote_acpi_renames(sec);
	demote_migration_renames(sec);
	ret = 0;
out:
	grp_refs_free(ga, na);
	grp_refs_free(gb, nb);
	return ret;
}

static int cmp_section_name(const void *x, const void *y)
{
	return strcmp((*(const struct section_info *const *)x)->name, (*(const struct section_info *const *)y)->name);
}

/* Append the entries of every selected, differing section, in path order. */
static int diff_sections(struct store *st, struct diff_cache *cache, const struct diff_opts *o,
			 struct diff *d, struct error *err)
{
	const struct section_info *secs, *byname[MAX_SECTIONS];
	size_t nsec = store_sections(st, &secs), s, k;
	char (*da)[65] = xcalloc(MAX_SECTIONS + 1, 65), (*db)[65] = xcalloc(MAX_SECTIONS + 1, 65);
	int ret = -1;

	if (load_section_digests(st, d->a.id, da, MAX_SECTIONS + 1, err) ||
	    load_section_digests(st, d->b.id, db, MAX_SECTIONS + 1, err))
		goto out;
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
		diff_init(&sec);
		if (cache)
			slot = section_slot(cache, id, da[id], db[id], &found);
		if (found) {
			sec.v = slot->v;
			sec.nr = slot->nr;
		} else if (diff_one_section(st, cache, d->a.id, d->b.id, id, &sec, err)) {
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
		}
		d->groups_compared += sec.groups_compared;
		for (k = 0; k < sec.nr; k++) {
			if (o->path_glob && !glob_match(o->path_glob, sec.v[k].path)) {
				if (!cache) {
					free(sec.v[k].path);
					free(sec.v[k].old_value);
					free(sec.v[k].new_value);
				}
				continue;
			}
			*push_entry(&d->v, &d->nr, &alloc) = sec.v[k];
		}
		d->alloc = alloc;
		if (!cache)
			free(sec.v);	/* its strings moved into d */
	}
	ret = 0;
out:
	free(da);
	free(db);
	return ret;
}

/* Compare two records whose rows the caller has (copied into out). */
static int diff_rows(struct store *st, const struct record_row *a, const struct record_row *b,
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

		if (o->min_severity && e->severity < o->min_severity) {
			if (!out->borrowed) {
				free(e->path);
				free(e->old_value);
				free(e->new_value);
			}
			continue;
		}
		e->expected = only_name_differs(e, out->a.machine, out->b.machine);
		out->v[j++] = *e;
	}
	out->nr = j;
	match_waivers_notes(out, o);
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

/* ---- the matrix ---- */

void matrix_release(struct matrix *m)
{
	size_t i, j;

	release_rows_free(m->releases, m->nreleases);
	for (i = 0; i < m->nrows; i++) {
		struct matrix_row *r = &m->rows[i];

		for (j = 0; j < r->ncells; j++) {
			free(r->cells[j].release);
			free(r->cells[j].stream);
			free(r->cells[j].note_text);
			free(r->cells[j].note_link);
		}
		free(r->cells);
		free(r->machine);
		free(r->family);
		free(r->arch);
	}
	free(m->rows);
	memset(m, 0, sizeof(*m));
}

static int build_row(struct store *st, const struct matrix_opts *o, struct diff_cache *cache,
		     const struct record_row *recs, size_t n, struct matrix *m, struct error *err)
{
	struct matrix_row *row;
	const struct record_row *reps[26];	/* the first record of each class */
	size_t nreps = 0, i, k, col;

	m->rows = xrealloc(m->rows, (m->nrows + 1) * sizeof(*m->rows));
	row = &m->rows[m->nrows++];
	memset(row, 0, sizeof(*row));
	row->machine = xstrdup(recs[0].machine);
	row->family = xstrdup(recs[0].family);
	row->arch = xstrdup(recs[0].arch);
	row->ncells = m->nreleases;
	row->cells = xcalloc(m->nreleases ? m->nreleases : 1, sizeof(*row->cells));
	for (i = 0; i < n; i++) {
		struct matrix_cell *cell = NULL;
		int cls = -1;

		for (col = 0; col < m->nreleases; col++)
			if (m->releases[col].id == recs[i].release_id)
				cell = &row->cells[col];
		if (!cell)
			continue;
		cell->record_id = recs[i].id;
		cell->release = xstrdup(recs[i].release);
		cell->stream = xstrdup(recs[i].stream);
		for (k = 0; k < nreps && cls < 0; k++) {
			struct diff d;
			size_t e;

			if (diff_rows(st, reps[k], &recs[i], &o->diff, cache, &d, err)) {
				diff_release(&d);
				return -1;
			}
			if (k == 0) {
				cell->severity = d.max_severity;
				cell->ndiff = d.counted;
				cell->nwaived = d.waived;
				for (e = 0; e < d.nr && !cell->note_text; e++)
					if (d.v[e].note_text && !d.v[e].waiver_reason && !d.v[e].expected &&
					    d.v[e].severity >= SEV_CHANGE) {
						cell->note_text = xstrdup(d.v[e].note_text);
						cell->note_link = xstrdup(d.v[e].note_link ? d.v[e].note_link : "");
					}
			}
			if (!d.counted)
				cls = (int)k;
			diff_release(&d);
		}
		if (cls < 0) {
			if (nreps < ARRAY_SIZE(reps))
				reps[nreps] = &recs[i];
			cls = (int)(nreps < ARRAY_SIZE(reps) ? nreps++ : ARRAY_SIZE(reps) - 1);
		}
		cell->cls = (char)('A' + cls);
	}
	row->nclasses = nreps;
	return 0;
}

int matrix_build(struct store *st, const struct matrix_opts *o, struct matrix *out, struct error *err)
{
	struct record_row *recs;
	struct diff_cache cache = { NULL, 0, 0, NULL, 0, 0 };
	size_t nrecs, i, j;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (catalog_releases(st, &out->releases, &out->nreleases, err))
		return -1;
	if (catalog_records(st, &recs, &nrecs, err))
		return -1;
	for (i = 0; i < nrecs; i = j) {
		for (j = i + 1; j < nrecs && recs[j].machine_id == recs[i].machine_id; j++)
			;
		if (o->family && !glob_match(o->family, recs[i].family))
			continue;
		if (o->arch && strcmp(o->arch, recs[i].arch))
			continue;
		if (o->machine && !glob_match(o->machine, recs[i].machine))
			continue;
		if (build_row(st, o, &cache, recs + i, j - i, out, err))
			goto out;
	}
	ret = 0;
out:
	cache_free(&cache);
	record_rows_free(recs, nrecs);
	return ret;
}
