/* all.h: collect every versioned machine type of a QEMU binary, in parallel, into a release folder or a server. */
#ifndef ABIDB_ALL_H
#define ABIDB_ALL_H

#include <stddef.h>

#include "collect.h"
#include "error.h"

/* A progress report: after each machine type ends (error: its message, else NULL). */
struct collect_all_event {
	size_t done, total, failed;
	const char *machine;
	const char *error;
};

struct collect_all_options {
	struct collect_options one;	/* for each machine type (`machine` is set per run) */
	const char *out_dir;		/* the release folder; NULL with upload_url */
	const char *upload_url;		/* POST each record here (curl) instead */
	const char *token;		/* its bearer token */
	const char *glob;		/* only machine types matching this (NULL: all) */
	int jobs;			/* machine types collected at once */
	void (*progress)(void *ctx, const struct collect_all_event *ev);	/* NULL: none */
	void *ctx;
};

struct collect_all_failure {
	char *machine, *msg;
};

struct collect_all_result {
	size_t total, collected, skipped, nfailed;
	struct collect_all_failure *failed;
};

/*
 * Collect every versioned machine type the binary offers (query-machines),
 * `jobs` at a time, one child process each.  With out_dir: write each as a
 * machine folder of the release folder (qom.json, qmp-misc.json,
 * vmstate.json.gz, migration-vmdesc.json.gz, guest/), built beside and
 * renamed, so a folder present is complete and skipped on a rerun; and
 * release.json.  With upload_url: POST each abidb-dump document.  One
 * machine type's failure is recorded in *res, not returned: -1 means
 * nothing could start (no binary, no machine list, no folder).
 */
int collect_all(const struct collect_all_options *o, struct collect_all_result *res, struct error *err);
void collect_all_result_release(struct collect_all_result *res);

#endif
