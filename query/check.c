/* check.c: the CI gate: every checked record against its machine type's newest older record. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "util.h"

/* Version of a record's release, compared without its stream. */
static int release_cmp(const struct record_row *a, const struct record_row *b)
{
	return version_cmp(a->release, b->release);
}

/* The newest record of rec's machine type in a release older than rec's; NULL when none. */
static const struct record_row *baseline(const struct record_row *all, size_t n, const struct record_row *rec)
{
	const struct record_row *best = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct record_row *r = &all[i];

		if (r->machine_id != rec->machine_id || r->id == rec->id || release_cmp(r, rec) >= 0)
			continue;
		if (!best || release_cmp(r, best) > 0 ||
		    (release_cmp(r, best) == 0 && !strcmp(r->stream, rec->stream)))
			best = r;
	}
	return best;
}

int check_records(struct store *st, const long long *record_ids, size_t n, const struct check_opts *o,
		  struct check_report *out, struct error *err)
{
	struct record_row *all = NULL;
	size_t nall = 0, i, j;
	struct diff_opts dopt;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	out->waivers = o ? o->diff.waivers : NULL;
	out->nwaivers = o ? o->diff.nwaivers : 0;
	memset(&dopt, 0, sizeof(dopt));
	if (o)
		dopt = o->diff;
	if (!dopt.views)
		dopt.views = VIEW_GUEST;
	if (!dopt.min_severity)
		dopt.min_severity = SEV_CHANGE;
	if (catalog_records(st, &all, &nall, err))
		return -1;
	out->v = xcalloc(n ? n : 1, sizeof(*out->v));
	for (i = 0; i < n; i++) {
		struct check_item *it = &out->v[out->nr];
		const struct record_row *rec = NULL, *base;

		for (j = 0; j < nall && !rec; j++)
			if (all[j].id == record_ids[i])
				rec = &all[j];
		if (!rec) {
			error_set(err, ERR_NOTFOUND, "no record %lld", record_ids[i]);
			goto out;
		}
		diff_init(&it->diff);
		record_row_copy(&it->rec, rec);
		out->nr++;
		base = baseline(all, nall, rec);
		if (!base) {
			it->is_new = 1;
			continue;
		}
		record_row_copy(&it->base, base);
		if (diff_record_rows(st, base, rec, &dopt, &it->diff, err)) {
			error_prefix(err, "cannot compare %s %s with %s", rec->machine, rec->release, base->release);
			goto out;
		}
		out->waived += it->diff.waived;
		if (it->diff.counted)
			out->failed++;
	}
	ret = 0;
out:
	record_rows_free(all, nall);
	if (ret)
		check_report_release(out);
	return ret;
}

void check_report_release(struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->nr; i++) {
		record_row_release(&r->v[i].rec);
		record_row_release(&r->v[i].base);
		diff_release(&r->v[i].diff);
	}
	free(r->v);
	memset(r, 0, sizeof(*r));
}
