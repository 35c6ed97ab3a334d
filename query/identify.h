/* identify.h: which recorded (release, machine type) does a dump, or a few probed values, match? */
#ifndef ABIDB_IDENTIFY_H
#define ABIDB_IDENTIFY_H

#include <json-c/json.h>
#include <stddef.h>

#include "catalog.h"
#include "error.h"
#include "facts.h"
#include "store.h"

/*
 * A probe is a list of facts (decoded from any importer input).  Each
 * record scores the number of the probe's facts it has with the same value;
 * only the probe's paths are compared, so a DSDT-only probe is compared on
 * the acpi/DSDT facts alone.  Some sources only newer collectors record:
 * the probe's evaluated ACPI namespace (acpi/ns/...) and raw CPUID
 * (cpu/cpuid/...).  A record that has no fact under such a prefix was made
 * without that source, so the probe's facts there are not compared with it
 * (`compared` counts the rest, `skipped` names the prefixes); a record that
 * has the source is compared on all of it.  Ranking: fewest mismatched
 * facts first, then most matched.  Ranking: most matched facts first (exact matches, all
 * facts equal, on top), then by record order (see below).  Work is per distinct fact
 * group (records share groups), so it stays fast on hundreds of records.
 *
 * Ownership: the result owns its rows and strings; identify_result_release().
 */
struct identify_diff {
	char *path, *probe_value, *record_value;	/* record_value NULL: the record lacks it */
};

struct identify_match {
	struct record_row rec;
	size_t matched;			/* probe facts with the same value */
	size_t compared;		/* probe facts compared with this record */
	int exact;			/* matched == compared */
	char skipped[64];		/* optional sources the record lacks: "acpi/ns/,cpu/cpuid/" */
	struct identify_diff *diffs;	/* the first few differing paths */
	size_t ndiffs, nmismatched;
};

struct identify_result {
	size_t nprobe;			/* facts in the probe */
	char sections[128];		/* the probe's sections, comma-separated */
	struct identify_match *v;	/* best first, at most `top` */
	size_t nr;
	size_t records;			/* records compared */
	size_t exact;			/* records matching exactly (may exceed nr) */
};

#define IDENTIFY_MAX_DIFFS 5

int identify_facts(struct store *st, const struct facts *probe, size_t top, struct identify_result *out,
		   struct error *err);


void identify_result_release(struct identify_result *r);
struct json_object *identify_json(const struct identify_result *r);

#endif
