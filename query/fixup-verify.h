/* fixup-verify.h: what a run of the target QEMU with a fixup's options restored, and what stays different. */
#ifndef ABIDB_FIXUP_VERIFY_H
#define ABIDB_FIXUP_VERIFY_H

#include <json-c/json.h>
#include <stddef.h>
#include <sys/types.h>

#include "diff.h"
#include "fixup.h"

/*
 * `fixup --verify` (docs/fixup.md) runs release Y's QEMU with the options,
 * collects the record V it shows, and compares three diffs of the same
 * engine and views as `abidb diff`: X -> Y (stored), X -> V (verified).
 *   restored: counted entries of X -> Y with no entry at their path in X -> V, or
 *             whose X -> V value is what the option sets in Y's type (pit: 5.0's
 *             bool true is OnOffAuto "on" in 7.2: why says so);
 *   residual: the counted entries of X -> V (severity >= change, not waived,
 *             not only the machine type's name), each with its origin:
 *             FIXUP_RES_UNRESTORABLE  fixup lists it (or its object) as not restorable,
 *             FIXUP_RES_RENAMED       it is on an object fixup found renamed,
 *             FIXUP_RES_OMITTED       fixup left it out on purpose (same value in Y's type, or empty in X),
 *             FIXUP_RES_BEFORE        X -> Y had it too and no option targets it
 *                                     (migration-view entries: fixup derives no option from them),
 *             FIXUP_RES_MISSED        an option targets its path, yet it differs,
 *             FIXUP_RES_NEW           X -> Y did not have it: the options or the run brought it.
 * Ownership: a struct fixup_verify owns its strings; fixup_verify_release() frees them.
 */
enum fixup_residual_origin {
	FIXUP_RES_UNRESTORABLE, FIXUP_RES_RENAMED, FIXUP_RES_OMITTED, FIXUP_RES_BEFORE, FIXUP_RES_MISSED,
	FIXUP_RES_NEW,
};
#define FIXUP_RES_ORIGINS 6

struct fixup_refusal {
	char *option;		/* the argument as given to QEMU ("VGA.nosuch=1", "pc-q35-5.0,nosuch=on") */
	char *message;		/* QEMU's line on standard error */
	int fatal;		/* QEMU would not start with it (it was dropped and QEMU run again); 0: a warning */
};

struct fixup_residual {
	struct fixup_item item;		/* path, old (X), new (V), severity; why: the origin in words */
	const char *rule;		/* the severity rule (static) */
	enum fixup_residual_origin origin;
};

struct fixup_verify {
	int ran;			/* QEMU started with the options kept and its record was collected */
	char *qemu_version, *package;	/* what --qemu said in query-version */
	char *error;			/* why it did not run (ran = 0) */
	struct fixup_refusal *refused;
	size_t nrefused;
	struct fixup_item *restored;	/* old: X, new: Y; why: set when restored in Y's type */
	size_t nrestored;
	struct fixup_residual *residual;
	size_t nresidual;
	size_t by_origin[FIXUP_RES_ORIGINS];
	size_t breaks, changes;		/* residual entries by severity */
	size_t compared;		/* counted entries of X -> Y */
};

void fixup_verify_init(struct fixup_verify *v);
void fixup_verify_release(struct fixup_verify *v);
void fixup_verify_refused(struct fixup_verify *v, const char *option, const char *message, int fatal);

/* Fill v's restored and residual lists from the two diffs (both with X as side a). */
void fixup_verify_compare(const struct fixup *f, const struct diff *xy, const struct diff *xv, struct fixup_verify *v);

/*
 * The option of f that a line QEMU wrote names ("can't apply global
 * VGA.nosuch=1: Property 'VGA.nosuch' not found", "Property
 * 'pc-q35-5.0-machine.nosuch' not found", "global nodev.x has invalid class
 * name"): its index, or -1.
 */
ssize_t fixup_option_named(const struct fixup *f, const char *line);

/* The option as QEMU got it: "-global VGA.xres=1024" or "-machine pc-q35-5.0,pit=on"; caller frees. */
char *fixup_option_text(const struct fixup *f, size_t i);

const char *fixup_residual_origin_name(enum fixup_residual_origin o);

/* {"ran", "qemu": {"version", "package"}, "error", "refused": [...], "restored": [...], "residual": [...], "counts"} */
struct json_object *fixup_verify_json(const struct fixup_verify *v);

#endif
