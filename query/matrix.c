/* matrix.c: the ABI classes of each machine type: every record against the first record of each class. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
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
	struct diff_opts dopt = o->diff;

	/* a cell counts what is change or more: info entries need not be made */
	if (dopt.min_severity < SEV_CHANGE)
		dopt.min_severity = SEV_CHANGE;

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

			if (diff_rows(st, reps[k], &recs[i], &dopt, cache, &d, err)) {
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
	struct diff_cache cache;
	size_t nrecs, i, j;
	int ret = -1;

	memset(out, 0, sizeof(*out));
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
		if (build_row(st, o, &cache, recs + i, j - i, out, err))
			goto out;
	}
	ret = 0;
out:
	diff_cache_free(&cache);
	record_rows_free(recs, nrecs);
	return ret;
}
