/* diff.h: comparing records: entries with severities, ABI classes, waivers and notes. */
#ifndef ABIDB_DIFF_H
#define ABIDB_DIFF_H

#include <stddef.h>

#include "catalog.h"
#include "error.h"
#include "store.h"

/*
 * A diff compares record A (old) with record B (new).  It reads only the
 * sections whose digests differ, and within them only the groups whose
 * contents differ, so its cost grows with what differs.
 *
 * Every entry has a severity given by the rules in docs/severity.md
 * (lib/severity.c): break > change > info.  Entries below `change` never make
 * records different ABI classes; `--min-severity` raises the bar.
 */
enum severity {
	SEV_NONE = 0,
	SEV_INFO = 1,		/* host-only detail, a new knob keeping old behaviour, firmware */
	SEV_CHANGE = 2,		/* other guest-visible content: AML bodies, names, OEM strings */
	SEV_BREAK = 3,		/* identity guests use, PCI ids/BARs/capabilities, CPUID, migration */
};

enum entry_kind { ENTRY_CHANGED, ENTRY_ADDED, ENTRY_REMOVED };

/* Views: sets of sections (see the section table in schema.sql). */
enum view {
	VIEW_GUEST = 1 << 0,
	VIEW_MIGRATION = 1 << 1,
	VIEW_PROPERTIES = 1 << 2,
	VIEW_ALL = 7,			/* guest, migration, properties */
	VIEW_DEVICES = 1 << 3,		/* -dump-vmstate of device classes the machine does not create; not in "all" */
};

/* Migration directions: A -> B (forward: A is the older record) and B -> A (backward). */
enum direction {
	DIR_FORWARD = 1 << 0,
	DIR_BACKWARD = 1 << 1,
	DIR_BOTH = 3,
};

struct diff_entry {
	char *path;
	char *old_value;	/* NULL when added */
	char *new_value;	/* NULL when removed */
	enum entry_kind kind;
	enum severity severity;
	const char *rule;	/* the severity rule that matched (static) */
	unsigned breaks;	/* migration: DIR_* the entry breaks (0: none, or not a migration entry) */
	int expected;		/* only the machine type's own name differs */
	long long waiver_id;	/* 0: not waived */
	const char *waiver_reason;	/* borrowed from the diff's waiver list */
	long long note_id;	/* 0: no known-issue note */
	const char *note_text, *note_link;
};

struct waiver {
	long long id;		/* 0 for waivers from a file */
	char *machine_glob, *path_glob, *release_from, *release_to, *reason;
	char *origin;		/* "db" or "FILE:LINE" */
	size_t used;		/* entries it waived */
};

struct note {
	long long id;
	char *machine_glob, *path_glob, *release_from, *release_to, *text, *link;
};

struct diff_opts {
	unsigned views;			/* VIEW_* mask; 0 means VIEW_ALL */
	const char *sections;		/* comma-separated section names; NULL: all of the views */
	const char *path_glob;		/* only facts matching it; NULL: all */
	enum severity min_severity;	/* entries below it are dropped; 0 keeps info */
	unsigned direction;		/* DIR_* a migration break must break to rank break; 0: both */
	const struct waiver *waivers;	/* borrowed; may be NULL */
	size_t nwaivers;
	const struct note *notes;	/* borrowed; may be NULL */
	size_t nnotes;
};

struct diff {
	struct record_row a, b;
	struct diff_entry *v;
	size_t nr, alloc;
	size_t counted;		/* entries >= change, not waived, not expected */
	size_t waived;		/* entries a waiver matched */
	size_t expected;	/* entries that are only the machine name */
	enum severity max_severity;	/* over counted entries */
	size_t groups_compared;	/* work done: groups whose contents differed */
	size_t unobserved;	/* sections one record did not record (info entries "not recorded in R") */
	int borrowed;		/* entries' strings belong to a matrix's cache, not to the diff */
};

void diff_init(struct diff *d);
void diff_release(struct diff *d);

/* Compare two records by id.  Entries are in path order. */
int diff_records(struct store *st, long long a, long long b, const struct diff_opts *o,
		 struct diff *out, struct error *err);
/* The same for records whose catalog rows the caller has already. */
int diff_record_rows(struct store *st, const struct record_row *a, const struct record_row *b,
		     const struct diff_opts *o, struct diff *out, struct error *err);

/* The ABI class of each record of one machine type. */
struct matrix_cell {
	long long record_id;
	char *release, *stream;
	char cls;			/* 'A', 'B', ...: classes differ by something at the split severity */
	int sub;			/* 0, 1, 2: A, A', A'': records of one class that differ by a change */
	int partial;			/* compared on part of the sections: the other side lacks some */
	char *explain;			/* one line: what separates it from class A */
	enum severity severity;		/* highest counted severity against class A */
	size_t ndiff;			/* counted entries against class A */
	size_t nwaived;
	char *note_text, *note_link;	/* a note on the deviation from A, if any */
};

struct matrix_row {
	char *machine, *family, *arch;
	struct matrix_cell *cells;	/* in release order */
	size_t ncells;
	size_t nclasses;
};

struct matrix {
	enum severity split;		/* the severity that makes a new class */
	struct release_row *releases;	/* columns, in version order */
	size_t nreleases;
	struct matrix_row *rows;	/* by family, then version */
	size_t nrows;
};

/*
 * Classes split where the difference from a class's first record reaches
 * diff.min_severity, or `break` when that is below `change` (the promise);
 * with a split above `change`, records that differ only by changes are
 * sub-classes (A, A').
 */
struct matrix_opts {
	struct diff_opts diff;		/* view, sections, path glob, min severity (the split), waivers, notes */
	const char *family;		/* glob or NULL */
	const char *arch;		/* or NULL */
	const char *machine;		/* glob or NULL */
};

int matrix_build(struct store *st, const struct matrix_opts *o, struct matrix *out, struct error *err);
void matrix_release(struct matrix *m);

/* Names. */
const char *severity_name(enum severity s);
int severity_parse(const char *s, enum severity *out);		/* "info", "change", "break" */
const char *entry_kind_name(enum entry_kind k);			/* "changed", "added", "removed" */
/* "guest", "migration", "properties", "devices", "all", or a comma-separated list of them. */
int view_parse(const char *s, unsigned *out);
int direction_parse(const char *s, unsigned *out);		/* "forward", "backward", "both" */
/* "forward", "backward", "forward,backward" (both), "" (none). */
const char *direction_name(unsigned breaks);

/*
 * Is version v inside [from, to]?  Empty bounds are open.  Versions compare
 * numerically ("5.2.0" < "6.2.0"); a stream suffix "/debian" is ignored.
 */
int release_in_range(const char *v, const char *from, const char *to);

/* Waivers and notes from the database; waivers from a text file (docs/waivers.md). */
int waivers_load_db(struct store *st, struct waiver **out, size_t *n, struct error *err);
int waivers_load_file(const char *path, struct waiver **out, size_t *n, struct error *err);
void waivers_free(struct waiver *v, size_t n);
int notes_load_db(struct store *st, struct note **out, size_t *n, struct error *err);
int notes_load_file(const char *path, struct note **out, size_t *n, struct error *err);
void notes_free(struct note *v, size_t n);

/* Rows for abidb waive / abidb note; importing a notes file twice adds nothing. */
int waiver_add_db(struct store *st, const struct waiver *w, long long *id, struct error *err);
int waiver_rm_db(struct store *st, long long id, struct error *err);
int note_add_db(struct store *st, const struct note *nt, long long *id, struct error *err);
int note_rm_db(struct store *st, long long id, struct error *err);
int notes_import_file(struct store *st, const char *path, size_t *added, size_t *known, struct error *err);

#endif
