/* severity.h: the documented rules (docs/severity.md) that rank one difference. */
#ifndef ABIDB_SEVERITY_H
#define ABIDB_SEVERITY_H

#include "diff.h"

/*
 * What a rule may look at: the entry, and the facts of the two group
 * contents being compared (for vmstate version checks).  Lookup returns NULL
 * when a side has no such path.
 */
struct migration_pair;

struct severity_ctx {
	const char *(*lookup)(void *data, int side, const char *path);	/* side 0: old, 1: new */
	void *data;
	int whole_group;	/* the group exists on one side only */
	const struct migration_pair *mig;	/* a device of the machine's stream, analysed (migration.h) */
};

/* Rank e (kind, path, old, new): sets e->severity, e->rule and, for migration, e->breaks. */
void severity_rank(struct diff_entry *e, const struct severity_ctx *ctx);

/* Run the section passes of the table (renames) over one section's entries, sorted by path. */
void severity_rank_section(struct diff *sec);

#endif
