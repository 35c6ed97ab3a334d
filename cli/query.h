/* query.h: the options diff, matrix and check share: views, sections, severity, path, waivers, notes. */
#ifndef ABIDB_CLI_QUERY_H
#define ABIDB_CLI_QUERY_H

#include <getopt.h>

#include "cli.h"
#include "diff.h"

struct query_opts {
	struct diff_opts diff;
	struct waiver *waivers;
	size_t nwaivers;
	struct note *notes;
	size_t nnotes;
	const char *waiver_files[16];
	size_t nwaiver_files;
	int json, csv, full, no_notes;
};

/* The options every query command (diff, matrix) accepts; their vals are >= 0x100. */
#define QUERY_OPTIONS \
	{ "view", 0x100, "V", "guest, migration, properties, devices or all; several with commas", 0 }, \
	{ "section", 0x101, "S,..", "only these sections (acpi, pci, ...)", 0 }, \
	{ "path", 0x103, "GLOB", "only facts whose path matches", 0 }, \
	{ "min-severity", 0x102, "S", "drop entries below info, change or break", 0 }, \
	{ "direction", 0x109, "D", "migration verdicts: forward, backward or both", 0 }, \
	{ "waivers", 0x104, "FILE", "more waivers from a file (docs/waivers.md); repeatable", 0 }, \
	{ "json", 0x105, NULL, "JSON output", OPT_OR_NEXT }, \
	{ "csv", 0x106, NULL, "CSV output", 0 }, \
	{ "full", 0x107, NULL, "print long values whole (AML method bodies), not cut to a line", 0 }, \
	{ "no-notes", 0x108, NULL, "do not show known-issue notes", 0 }

/* Handle one of QUERY_OPTIONS: 1 handled, 0 not ours, -1 bad value (message printed). */
int query_opt(struct query_opts *q, int c, const char *arg, const char *cmd);
/* Load the database's waivers and notes and the --waivers files into q->diff. */
int query_load(struct query_opts *q, struct store *st, struct error *err);
void query_release(struct query_opts *q);

/* Human output of one diff (used by diff and check). */
void print_diff(const struct diff *d, const struct query_opts *q, int color);
void print_diff_summary(const struct diff *d);

#endif
