/* migration.h: can the destination load the source's stream?  One device of the machine, both directions. */
#ifndef ABIDB_MIGRATION_H
#define ABIDB_MIGRATION_H

#include "diff-internal.h"
#include "severity.h"

/*
 * The analysis of one device of the machine's migration stream: its vmdesc
 * group on each side (what the source sends: sections, fields, sizes,
 * subsections) and, when recorded, its class's -dump-vmstate group on each
 * side (what the destination accepts: version_id, minimum_version_id, field
 * versions, field_exists tests, the subsections it knows).  Forward is A's
 * stream loaded by B, backward B's loaded by A.  The rules follow QEMU's
 * migration/vmstate.c and savevm.c (docs/severity.md, "Migration view").
 */
struct migration_pair;

/*
 * Analyse a device: a, b its vmdesc facts (group key akey/bkey; an absent
 * side has no facts), sa, sb its class's -dump-vmstate facts (skey_a/skey_b,
 * NULL when not recorded).  Entries of the spec are shown under outkey.
 */
struct migration_pair *migration_analyse(const struct fact_list *a, const char *akey, const struct fact_list *b,
					 const char *bkey, const struct fact_list *sa, const char *skey_a,
					 const struct fact_list *sb, const char *skey_b, const char *outkey);
void migration_pair_free(struct migration_pair *m);

/* Tests of the severity table's stream rules: RULE_MATCH (4) | the DIR_* broken, or 0. */
unsigned migration_test_device(const struct diff_entry *e, const struct severity_ctx *ctx);
unsigned migration_test_version(const struct diff_entry *e, const struct severity_ctx *ctx);
unsigned migration_test_subsection(const struct diff_entry *e, const struct severity_ctx *ctx);
unsigned migration_test_layout(const struct diff_entry *e, const struct severity_ctx *ctx);

#endif
