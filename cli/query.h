/* query.h: the options diff, matrix and check share: views, sections, severity, path, waivers, notes. */
#ifndef ABIDB_CLI_QUERY_H
#define ABIDB_CLI_QUERY_H

#include <getopt.h>

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

/* Long options every query command accepts; their vals are >= 0x100. */
#define QUERY_LONGOPTS \
	{ "view", required_argument, NULL, 0x100 }, \
	{ "section", required_argument, NULL, 0x101 }, \
	{ "min-severity", required_argument, NULL, 0x102 }, \
	{ "path", required_argument, NULL, 0x103 }, \
	{ "waivers", required_argument, NULL, 0x104 }, \
	{ "json", no_argument, NULL, 0x105 }, \
	{ "csv", no_argument, NULL, 0x106 }, \
	{ "full", no_argument, NULL, 0x107 }, \
	{ "no-notes", no_argument, NULL, 0x108 }, \
	{ "direction", required_argument, NULL, 0x109 }

/* Handle one of QUERY_LONGOPTS: 1 handled, 0 not ours, -1 bad value (message printed). */
int query_opt(struct query_opts *q, int c, const char *arg, const char *cmd);
/* Load the database's waivers and notes and the --waivers files into q->diff. */
int query_load(struct query_opts *q, struct store *st, struct error *err);
void query_release(struct query_opts *q);

/* Human output of one diff (used by diff and check). */
void print_diff(const struct diff *d, const struct query_opts *q, int color);
void print_diff_summary(const struct diff *d);

#endif
