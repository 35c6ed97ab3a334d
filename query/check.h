/* check.h: the CI gate: compare new records with each machine type's recorded history. */
#ifndef ABIDB_CHECK_H
#define ABIDB_CHECK_H

#include <stddef.h>

#include "diff.h"

/*
 * For each checked record (release R, machine type M), the baseline is M's
 * record in the newest release older than R (by version; any stream).  The
 * record passes when diff(baseline, record) has no counted entries (>= the
 * minimum severity, not waived, not expected).  A machine type with no
 * older record is "new" and passes.
 */
struct check_item {
	struct record_row rec;		/* the checked record */
	struct record_row base;		/* its baseline; id 0 when none */
	int is_new;
	struct diff diff;		/* empty when is_new */
};

struct check_report {
	struct check_item *v;
	size_t nr;
	size_t failed;		/* items with counted entries */
	size_t waived;		/* entries waived over all items */
	const struct waiver *waivers;	/* borrowed from the options, with their use counts */
	size_t nwaivers;
};

struct check_opts {
	struct diff_opts diff;	/* view (default guest), min severity (default change), waivers, notes */
};

int check_records(struct store *st, const long long *record_ids, size_t n, const struct check_opts *o,
		  struct check_report *out, struct error *err);
void check_report_release(struct check_report *r);

#endif
