/* migrations.h: the release x release grid of migration verdicts of one machine type. */
#ifndef ABIDB_MIGRATIONS_H
#define ABIDB_MIGRATIONS_H

#include <json-c/json.h>
#include <stddef.h>

#include "catalog.h"
#include "diff.h"
#include "error.h"
#include "store.h"

/* Can release dst's QEMU load the stream release src's QEMU sends for the machine type? */
struct migration_cell {
	int ok;
	size_t nbreaks;			/* entries that break this direction */
	char *path, *rule;		/* the first of them (NULL when ok) */
	char *source, *destination;	/* its value in the source's and the destination's record (NULL: absent) */
};

struct migration_grid {
	char *machine;
	char **labels;			/* "5.0.0", or "8.2.2/upstream" where two streams share a version */
	struct record_row *recs;	/* the machine type's records, in release order */
	size_t n;
	struct migration_cell *cells;	/* n x n, cells[src * n + dst]; the diagonal is ok */
};

/* One migration-view diff per pair of records (forward and backward at once). */
int migration_grid_build(struct store *st, const char *machine, struct migration_grid *out, struct error *err);
void migration_grid_release(struct migration_grid *g);
/* {"machine", "releases": [...], "cells": [{"from", "to", "direction", "ok", "breaks", "reason"}]} */
struct json_object *migration_grid_json(const struct migration_grid *g);

#endif
