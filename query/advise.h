/* advise.h: what a guest created on release X meets when it runs on release Y, and what to do about it. */
#ifndef ABIDB_ADVISE_H
#define ABIDB_ADVISE_H

#include <json-c/json.h>
#include <stddef.h>

#include "diff.h"
#include "error.h"
#include "fixup.h"
#include "store.h"

/*
 * advise compares machine type M's record on X (the release the VM was
 * created on) with its record on Y (the release it runs on now) in the
 * guest and migration views, and joins three answers a management app
 * needs: the differences with their severities, the known-issue notes that
 * match them, and the fixup options (fixup.h) that restore what can be
 * restored.  Each difference and each note has a stable id (its content,
 * not its position), which `acks` silences: a user who accepted an issue is
 * not warned again.
 *
 * The verdict: `remaining` counts the `break` entries that no option
 * restores and no ack silences; it is what a guest would notice (the
 * promise of a versioned machine type).  `change` entries are listed and
 * counted apart (`changes`), never part of the verdict.
 *
 * Ownership: a struct advice owns everything in it; advice_release() frees it.
 */
struct advice_item {
	char id[16];		/* "d-" + 10 hex of the entry's content, or "n-<note id>" */
	struct diff_entry e;	/* copies of the entry's strings; note and waiver strings borrowed from the advice */
	const char *view;	/* "guest" or "migration" */
	int restored;		/* a fixup option restores it */
	const char *why;	/* when not restored: why no option does (owned by the advice's fixup) */
	int acked;
};

struct advice {
	char *machine, *created_on, *running;
	struct advice_item *v;
	size_t nr;
	size_t breaks, changes;	/* entries by severity, acked ones included */
	size_t remaining;	/* break entries neither restored nor acked: the verdict */
	size_t acked;
	size_t restored;
	int same_class;		/* no break at all: X and Y share the machine type's ABI class */
	struct fixup fixup;
	struct note *notes;	/* loaded from the store; entries point into them */
	size_t nnotes;
};

void advice_init(struct advice *a);
void advice_release(struct advice *a);

/* acks: ids as advise prints them (NULL-terminated list, or NULL). */
int advise(struct store *st, const char *machine, const char *created_on, const char *running,
	   const char *const *acks, struct advice *out, struct error *err);

/* {"ok", "machine", "created_on", "running", "same_class", "verdict", "remaining", "items": [...], "fixup": {...}} */
struct json_object *advice_json(const struct advice *a);

#endif
