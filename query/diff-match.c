/* diff-match.c: what a diff matches beside the rules: the machine type's own name, waivers and notes. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "util.h"

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

int diff_only_name_differs(const struct diff_entry *e, const char *na, const char *nb)
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

/*
 * The entries whose path starts with the glob's literal start, [*lo, *hi),
 * when they are in path order (sorted; a section whose paths do not start
 * with its name breaks the order of a whole diff); else all.
 */
static void glob_range(const struct diff *d, int sorted, const char *glob, size_t *lo, size_t *hi)
{
	size_t lit = glob && sorted ? strcspn(glob, "*?[") : 0, l = 0, h = d->nr;

	while (lit && l < h) {
		size_t m = (l + h) / 2;

		if (strncmp(d->v[m].path, glob, lit) < 0)
			l = m + 1;
		else
			h = m;
	}
	*lo = l;
	for (h = l; lit && h < d->nr && !strncmp(d->v[h].path, glob, lit); h++)
		;
	*hi = lit ? h : d->nr;
}

/* What the waivers and notes say of one machine name or one release: a byte per waiver, then per note. */
static void match_bits(const struct diff_opts *o, int release, const char *v, unsigned char *bits)
{
	size_t k;

	for (k = 0; k < o->nwaivers; k++)
		bits[k] = release ? release_in_range(v, o->waivers[k].release_from, o->waivers[k].release_to)
				  : glob_match(o->waivers[k].machine_glob, v);
	for (k = 0; k < o->nnotes; k++)
		bits[o->nwaivers + k] = release ? release_in_range(v, o->notes[k].release_from, o->notes[k].release_to)
						: glob_match(o->notes[k].machine_glob, v);
}

static size_t str_hash(int release, const char *s)
{
	size_t h = release ? 0x9E3779B9u : 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/*
 * The bits of v from the memo (a matrix compares the same machine names and
 * releases many times), or computed into scratch without one.
 */
static const unsigned char *bits_of(struct diff_cache *c, const struct diff_opts *o, int release, const char *v,
				    unsigned char *scratch)
{
	size_t n = o->nwaivers + o->nnotes, i;
	struct match_memo *m;

	if (!c || !v) {
		match_bits(o, release, v, scratch);
		return scratch;
	}
	m = &c->match;
	if (m->waivers != o->waivers || m->notes != o->notes || m->nw != o->nwaivers || m->n != n) {
		/* other rules: start again */
		for (i = 0; i < m->nslots; i++)
			free(m->slots[i].key);
		free(m->slots);
		memset(m, 0, sizeof(*m));
		m->waivers = o->waivers;
		m->notes = o->notes;
		m->nw = o->nwaivers;
		m->n = n;
	}
	if (m->used * 2 >= m->nslots) {
		size_t ns = m->nslots ? 2 * m->nslots : 256;
		struct match_slot *bigger = xcalloc(ns, sizeof(*bigger));

		for (i = 0; i < m->nslots; i++)
			if (m->slots[i].key) {
				size_t h = str_hash(m->slots[i].release, m->slots[i].key) & (ns - 1);

				while (bigger[h].key)
					h = (h + 1) & (ns - 1);
				bigger[h] = m->slots[i];
			}
		free(m->slots);
		m->slots = bigger;
		m->nslots = ns;
	}
	i = str_hash(release, v) & (m->nslots - 1);
	while (m->slots[i].key && (m->slots[i].release != release || strcmp(m->slots[i].key, v)))
		i = (i + 1) & (m->nslots - 1);
	if (!m->slots[i].key) {
		/* key and bits in one allocation */
		size_t len = strlen(v) + 1;
		char *mem = xmalloc(len + n + 1);

		memcpy(mem, v, len);
		match_bits(o, release, v, (unsigned char *)mem + len);
		m->slots[i].key = mem;
		m->slots[i].bits = (unsigned char *)mem + len;
		m->slots[i].release = release;
		m->used++;
	}
	return m->slots[i].bits;
}

int diff_same_rules(const struct diff_opts *o, struct diff_cache *c, const char *ra, const char *rb)
{
	size_t n = o->nwaivers + o->nnotes;
	unsigned char *scratch;
	int same;

	if (!n)
		return 1;
	if (!ra || !rb)
		return 0;
	scratch = xmalloc(2 * n);
	same = !memcmp(bits_of(c, o, 1, ra, scratch), bits_of(c, o, 1, rb, scratch + n), n);
	free(scratch);
	return same;
}

void diff_match_memo_free(struct match_memo *m)
{
	size_t i;

	for (i = 0; i < m->nslots; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

/*
 * Waivers and notes whose machine glob and release range fit this diff:
 * decided once per diff (from the memo, in a matrix), so entries only test
 * their path globs.
 */
void diff_match_waivers_notes(struct diff *d, const struct diff_opts *o, struct diff_cache *c)
{
	size_t i, k, nb = o->nwaivers + o->nnotes + 1;
	size_t *w, *n, nw = 0, nn = 0;
	int sorted;
	unsigned char *scratch;
	const unsigned char *mb, *ma, *rb, *ra;

	if (!d->nr || nb == 1)
		return;
	w = xcalloc(o->nwaivers + 1, sizeof(*w));
	n = xcalloc(o->nnotes + 1, sizeof(*n));
	scratch = xmalloc(4 * nb);
	mb = bits_of(c, o, 0, d->b.machine, scratch);
	ma = bits_of(c, o, 0, d->a.machine, scratch + nb);
	rb = bits_of(c, o, 1, d->b.release, scratch + 2 * nb);
	ra = bits_of(c, o, 1, d->a.release, scratch + 3 * nb);
	for (k = 0; k < o->nwaivers; k++)
		if (mb[k] && rb[k])
			w[nw++] = k;
	for (k = 0; k < o->nnotes; k++) {
		size_t x = o->nwaivers + k;

		if ((mb[x] || ma[x]) && (rb[x] || ra[x]))
			n[nn++] = k;
	}
	for (i = 1; (nw || nn) && i < d->nr && strcmp(d->v[i - 1].path, d->v[i].path) <= 0; i++)
		;
	sorted = i >= d->nr;
	/*
	 * Each rule in order over the entries its path glob's literal start
	 * allows (the entries are in path order): an entry takes the first
	 * waiver and the first note that match it.
	 */
	for (k = 0; k < nw; k++) {
		const struct waiver *wv = &o->waivers[w[k]];
		size_t lo, hi;

		glob_range(d, sorted, wv->path_glob, &lo, &hi);
		for (i = lo; i < hi; i++) {
			struct diff_entry *e = &d->v[i];

			if (!e->waiver_reason && glob_match(wv->path_glob, e->path)) {
				e->waiver_id = wv->id ? wv->id : -(long long)(w[k] + 1);
				e->waiver_reason = wv->reason;
				((struct waiver *)wv)->used++;
			}
		}
	}
	for (k = 0; k < nn; k++) {
		const struct note *nt = &o->notes[n[k]];
		size_t lo, hi;

		glob_range(d, sorted, nt->path_glob, &lo, &hi);
		for (i = lo; i < hi; i++) {
			struct diff_entry *e = &d->v[i];

			if (!e->note_text && glob_match(nt->path_glob, e->path)) {
				e->note_id = nt->id;
				e->note_text = nt->text;
				e->note_link = nt->link;
			}
		}
	}
	free(scratch);
	free(w);
	free(n);
}
