/* facts-query.h: the group-level reads of diff and identify: section digests, a record's groups, a group's facts. */
#ifndef ABIDB_FACTS_QUERY_H
#define ABIDB_FACTS_QUERY_H

#include <stddef.h>

#include "catalog.h"
#include "error.h"
#include "store.h"

/*
 * Records are stored as groups (one device, one ACPI scope, one vmstate
 * section) keyed by a path; equal group contents share one id.  These
 * functions return 0, or -1 with err set.  A callback that returns nonzero
 * stops the walk; the function then returns -1 and leaves err as the
 * callback set it.
 */

/* digests[section id] = the record's digest of that section ("" if it has none); ids >= max are skipped. */
int catalog_section_digests(struct store *st, long long record_id, char digests[][65], int max,
			    struct error *err);

/* Every group of one section of one record, in key order. */
typedef int (*group_fn)(void *data, const char *key, long long grp);
int catalog_record_groups(struct store *st, long long record_id, int section, group_fn fn, void *data,
			  struct error *err);

/* Every group of one section of every record, in record id order. */
typedef int (*record_group_fn)(void *data, long long record_id, const char *key, long long grp);
int catalog_section_groups(struct store *st, int section, record_group_fn fn, void *data, struct error *err);

/*
 * For every group of one section of one record that has the fact
 * "<key>/<leaf>": its key, that fact's value and the group (the vmstate
 * groups by their description's name).
 */
typedef int (*group_leaf_fn)(void *data, const char *key, const char *value, long long grp);
int catalog_group_leaf(struct store *st, long long record_id, int section, const char *leaf, group_leaf_fn fn,
		       void *data, struct error *err);

/* The facts of one group content, in path order (fact_fn: catalog.h). */
int catalog_group_facts(struct store *st, long long grp, fact_fn fn, void *data, struct error *err);

/*
 * The same reads by interned id, for a reader that keeps the texts itself
 * (the matrix's memo): no join and no sort in SQL.  The pairs come in id
 * order, not text order.
 */
typedef int (*id_pair_fn)(void *data, long long a, long long b);
/* (path id, value id) of every fact of one group content. */
int catalog_group_fact_ids(struct store *st, long long grp, id_pair_fn fn, void *data, struct error *err);
/* (key path id, group id) of every group of one section of one record. */
int catalog_record_group_ids(struct store *st, long long record_id, int section, id_pair_fn fn, void *data,
			     struct error *err);
/* Every interned path (in text order) or value (in id order) with its id. */
typedef int (*text_fn)(void *data, long long id, const char *text);
int catalog_paths(struct store *st, text_fn fn, void *data, struct error *err);
int catalog_values(struct store *st, text_fn fn, void *data, struct error *err);

#endif
