/* matrix.c: the ABI classes of each machine type: every record against the first record of each class. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "facts-query.h"
#include "util.h"

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
			free(r->cells[j].explain);
		}
		free(r->cells);
		free(r->machine);
		free(r->family);
		free(r->arch);
	}
	free(m->rows);
	memset(m, 0, sizeof(*m));
}

/* A value for one line: at most 40 characters. */
static void add_short(struct strbuf *sb, const char *v)
{
	size_t n = v ? strlen(v) : 0;

	if (!v)
		strbuf_addstr(sb, "absent");
	else if (n > 40)
		strbuf_addf(sb, "%.37s...", v);
	else
		strbuf_addstr(sb, v);
}

/*
 * One line saying what separates a record from class A: the counts, the
 * first entries of the highest counted severity, the sections not recorded.
 */
static char *explain(const struct diff *d, int is_a)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, nb = 0, nc = 0, shown = 0;
	enum severity top;

	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->expected || e->waiver_reason)
			continue;
		nb += e->severity == SEV_BREAK;
		nc += e->severity == SEV_CHANGE;
	}
	if (is_a)
		strbuf_addstr(&sb, "class A: the first recorded release");
	else if (!nb && !nc)
		strbuf_addstr(&sb, "same as class A");
	else
		strbuf_addf(&sb, "%zu break, %zu change from A", nb, nc);
	top = nb ? SEV_BREAK : SEV_CHANGE;
	for (i = 0; i < d->nr && !is_a && shown < 2; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->expected || e->waiver_reason || e->severity != top)
			continue;
		strbuf_addstr(&sb, shown ? "; " : ": ");
		strbuf_addf(&sb, "%s ", e->path);
		add_short(&sb, e->old_value);
		strbuf_addstr(&sb, " -> ");
		add_short(&sb, e->new_value);
		shown++;
	}
	if (!is_a && (nb ? nb : nc) > shown)
		strbuf_addf(&sb, "; +%zu more", (nb ? nb : nc) - shown);
	if (d->unobserved)
		strbuf_addf(&sb, " (%zu section%s not recorded on one side: compared on the rest)", d->unobserved,
			    d->unobserved == 1 ? "" : "s");
	return strbuf_detach(&sb, NULL);
}

/* How many sections two records hold with equal digests: which class a partial record is closest to. */
static int shared_sections(struct store *st, long long a, long long b, struct error *err)
{
	char (*da)[65] = xcalloc(MAX_SECTIONS + 1, 65), (*db)[65] = xcalloc(MAX_SECTIONS + 1, 65);
	int n = -1, i;

	if (!catalog_section_digests(st, a, da, MAX_SECTIONS + 1, err) &&
	    !catalog_section_digests(st, b, db, MAX_SECTIONS + 1, err))
		for (i = 0, n = 0; i <= MAX_SECTIONS; i++)
			n += *da[i] && !strcmp(da[i], db[i]);
	free(da);
	free(db);
	return n;
}

/* The ABI classes of one machine type: a class per difference at `split`, sub-classes per `change`. */
struct member {
	const struct record_row *rec;
	int sub;
	const struct matrix_cell *cell;
};

struct classes {
	const struct record_row *rep[26];	/* the first record of each class */
	const struct record_row **sub[26];	/* the first record of each sub-class (sub[k][0] = rep[k]) */
	size_t nsub[26];
	struct member *members[26];		/* every record of each class so far */
	size_t nmembers[26];
	size_t n;
};

static void classes_release(struct classes *c)
{
	size_t k;

	for (k = 0; k < c->n; k++) {
		free(c->sub[k]);
		free(c->members[k]);
	}
}

static void add_member(struct classes *c, size_t k, const struct record_row *rec, int sub,
		       const struct matrix_cell *cell)
{
	struct member *m;

	c->members[k] = xrealloc(c->members[k], (c->nmembers[k] + 1) * sizeof(*c->members[k]));
	m = &c->members[k][c->nmembers[k]++];
	m->rec = rec;
	m->sub = sub;
	m->cell = cell;
}

/*
 * The class of rec: the first class whose first record differs from it by
 * nothing at `split` or above.  A record that left a section unrecorded
 * (a host-only dump) matches vacuously where it saw nothing: it goes to the
 * matching class with the record that shares the most equal sections with
 * it (the same binary's full dump), and to that record's sub-class.  -1: a
 * new class.  *partial says whether the match was vacuous in part.
 */
static int find_class(struct store *st, const struct diff_opts *o, struct diff_cache *cache, struct classes *cl,
		      const struct record_row *rec, const struct diff *vs_a, enum severity split, int *partial,
		      int *sub, const struct member **like, struct error *err)
{
	int best = -1, best_shared = -1;
	size_t k, j;

	*partial = 0;
	*sub = 0;
	*like = NULL;
	for (k = 0; k < cl->n; k++) {
		struct diff d;
		int fits, shared, unobserved;

		if (!k) {	/* class A: the caller has that diff */
			fits = vs_a->max_severity < split;
			unobserved = vs_a->unobserved != 0;
		} else if (diff_rows(st, cl->rep[k], rec, o, cache, &d, err)) {
			diff_release(&d);
			return -2;
		} else {
			fits = d.max_severity < split;
			unobserved = d.unobserved != 0;
			diff_release(&d);
		}
		if (fits && !unobserved) {
			*partial = 0;
			return (int)k;
		}
		if (!fits)
			continue;
		for (j = 0; j < cl->nmembers[k]; j++) {
			shared = shared_sections(st, cl->members[k][j].rec->id, rec->id, err);
			if (shared < 0)
				return -2;
			if (shared > best_shared) {
				best = (int)k;
				best_shared = shared;
				*sub = cl->members[k][j].sub;
				*like = &cl->members[k][j];
				*partial = 1;
			}
		}
	}
	return best;
}

/* The sub-class of rec inside class k: the first sub-class it differs from by nothing counted. */
static int find_sub(struct store *st, const struct diff_opts *o, struct diff_cache *cache, struct classes *cl,
		    size_t k, const struct record_row *rec, const struct diff *vs_a, struct error *err)
{
	size_t m;

	for (m = 0; m < cl->nsub[k]; m++) {
		struct diff d;
		size_t counted;

		if (!k && !m) {		/* class A itself */
			if (!vs_a->counted)
				return 0;
			continue;
		}
		if (diff_rows(st, cl->sub[k][m], rec, o, cache, &d, err)) {
			diff_release(&d);
			return -2;
		}
		counted = d.counted;
		diff_release(&d);
		if (!counted)
			return (int)m;
	}
	cl->sub[k] = xrealloc(cl->sub[k], (cl->nsub[k] + 1) * sizeof(*cl->sub[k]));
	cl->sub[k][cl->nsub[k]] = rec;
	return (int)cl->nsub[k]++;
}

/* From the diff against class A: severity, counts, the note and the one-line explanation of the cell. */
static void describe_cell(const struct diff *d, int is_a, struct matrix_cell *cell)
{
	size_t e;

	cell->severity = d->max_severity;
	cell->ndiff = d->counted;
	cell->nwaived = d->waived;
	for (e = 0; e < d->nr && !cell->note_text; e++)
		if (d->v[e].note_text && !d->v[e].waiver_reason && !d->v[e].expected && d->v[e].severity >= SEV_CHANGE) {
			cell->note_text = xstrdup(d->v[e].note_text);
			cell->note_link = xstrdup(d->v[e].note_link ? d->v[e].note_link : "");
		}
	cell->explain = explain(d, is_a);
	cell->partial |= d->unobserved != 0;
}

/* Are the section digests that decide the view's diffs (diff_signature_sections()) equal? */
static int same_signature(char (*a)[65], char (*b)[65], const int *ids, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strcmp(a[ids[k]], b[ids[k]]))
			return 0;
	return 1;
}

static void copy_cell(struct matrix_cell *to, const struct matrix_cell *from)
{
	to->cls = from->cls;
	to->sub = from->sub;
	to->partial = from->partial;
	to->explain = xstrdup_or_null(from->explain);
	to->severity = from->severity;
	to->ndiff = from->ndiff;
	to->nwaived = from->nwaived;
	to->note_text = xstrdup_or_null(from->note_text);
	to->note_link = xstrdup_or_null(from->note_link);
}

static int build_row(struct store *st, const struct matrix_opts *o, struct diff_cache *cache,
		     const struct record_row *recs, size_t n, struct matrix *m, struct error *err)
{
	struct matrix_row *row;
	struct classes cl;
	struct diff_opts all = o->diff;
	enum severity split = o->diff.min_severity >= SEV_CHANGE ? o->diff.min_severity : SEV_BREAK;
	char dig[MAX_SECTIONS + 1][65], prev_dig[MAX_SECTIONS + 1][65];	/* section digests of a record, of prev's */
	int sig_ids[MAX_SECTIONS + 1];
	size_t nsig = diff_signature_sections(st, &o->diff, sig_ids);
	const struct matrix_cell *prev = NULL;		/* the last cell computed, which the next may copy */
	const struct record_row *prev_rec = NULL;
	size_t i, col;
	int ret = -1;

	memset(&cl, 0, sizeof(cl));
	/* the sub-classes need the changes below the split; info entries never count and need not be made */
	all.min_severity = SEV_CHANGE;
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
		int cls, sub = 0, partial;
		const struct member *like;
		struct diff vs_a;

		for (col = 0; col < m->nreleases; col++)
			if (m->releases[col].id == recs[i].release_id)
				cell = &row->cells[col];
		if (!cell)
			continue;
		cell->record_id = recs[i].id;
		cell->release = xstrdup(recs[i].release);
		cell->stream = xstrdup(recs[i].stream);
		if (diff_cache_section_digests(cache, st, recs[i].id, dig, err))
			goto out;
		if (prev && same_signature(dig, prev_dig, sig_ids, nsig) &&
		    !strcmp(recs[i].kinds ? recs[i].kinds : "", prev_rec->kinds ? prev_rec->kinds : "") &&
		    diff_same_rules(&all, cache, prev_rec->release, recs[i].release)) {
			/*
			 * What the view compares equals the record before's, and the same
			 * rules fit: every diff would be that record's, so is its cell
			 * (a matrix of many point releases is mostly such runs).
			 */
			copy_cell(cell, prev);
			add_member(&cl, (size_t)(prev->cls - 'A'), &recs[i], prev->sub, cell);
			continue;
		}
		prev = NULL;
		/* every cell is compared with class A (the first record: with itself) */
		if (diff_rows(st, cl.n ? cl.rep[0] : &recs[i], &recs[i], &all, cache, &vs_a, err)) {
			diff_release(&vs_a);
			goto out;
		}
		cls = find_class(st, &all, cache, &cl, &recs[i], &vs_a, split, &partial, &sub, &like, err);
		if (cls == -2) {
			diff_release(&vs_a);
			goto out;
		}
		if (cls < 0 && cl.n < ARRAY_SIZE(cl.rep)) {
			cls = (int)cl.n++;
			cl.rep[cls] = &recs[i];
			cl.sub[cls] = xmalloc(sizeof(*cl.sub[cls]));
			cl.sub[cls][0] = &recs[i];
			cl.nsub[cls] = 1;
		} else if (cls < 0) {
			cls = (int)ARRAY_SIZE(cl.rep) - 1;	/* more than 26 classes: the last letter */
		} else if (split > SEV_CHANGE && !partial) {
			sub = find_sub(st, &all, cache, &cl, (size_t)cls, &recs[i], &vs_a, err);
			if (sub == -2) {
				diff_release(&vs_a);
				goto out;
			}
		}
		cell->cls = (char)('A' + cls);
		cell->sub = sub;
		cell->partial = partial;
		describe_cell(&vs_a, cl.rep[0] == &recs[i], cell);
		diff_release(&vs_a);
		if (like && like->rec != cl.rep[0]) {
			/* what it did record equals `like`: it differs from A as that record does */
			char *x = xstrfmt("as %s on the sections both recorded; %s", like->cell->release,
					  like->cell->explain);

			free(cell->explain);
			cell->explain = x;
			cell->severity = like->cell->severity;
			cell->ndiff = like->cell->ndiff;
		}
		add_member(&cl, (size_t)cls, &recs[i], sub, cell);
		/* a cell others may copy: not class A's own (its text says so), not partial or explained by another */
		if (cl.rep[0] != &recs[i] && !partial && !(like && like->rec != cl.rep[0])) {
			prev = cell;
			prev_rec = &recs[i];
			memcpy(prev_dig, dig, sizeof(dig));
		}
	}
	row->nclasses = cl.n;
	ret = 0;
out:
	classes_release(&cl);
	return ret;
}

/*
 * The memo's bound, in diff_cache_weight() units (about 170 bytes each): past
 * it, the section results go before the next row (then the groups and group
 * pairs too, if still over).  About 45 MB: most of what a row memoises is of
 * that row (its records against its classes), and a larger memo costs more in
 * fresh pages than it saves.  Measured at 100 times the shared data
 * (bench/scale.sh, replay model): default view 0.90 s at 186 MB RSS with this
 * bound, 1.15 s at 694 MB with 32 times it; the shared data set itself needs
 * less than the bound in the default view.
 */
#define MATRIX_CACHE_WEIGHT (1u << 18)

int matrix_build(struct store *st, const struct matrix_opts *o, struct matrix *out, struct error *err)
{
	struct record_row *recs;
	struct diff_cache cache;
	size_t nrecs, i, j;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	out->split = o->diff.min_severity >= SEV_CHANGE ? o->diff.min_severity : SEV_BREAK;
	memset(&cache, 0, sizeof(cache));
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
		/* the memo serves the rows after it (machine types share groups and sections); bounded */
		if (diff_cache_weight(&cache) > MATRIX_CACHE_WEIGHT)
			diff_cache_trim(&cache);
		if (diff_cache_weight(&cache) > MATRIX_CACHE_WEIGHT)
			diff_cache_free(&cache);
		if (build_row(st, o, &cache, recs + i, j - i, out, err))
			goto out;
	}
	ret = 0;
out:
	diff_cache_free(&cache);
	record_rows_free(recs, nrecs);
	return ret;
}
