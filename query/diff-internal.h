/* diff-internal.h: what the files of the diff engine share (engine, cache, sections, renames, matching, matrix). */
#ifndef ABIDB_DIFF_INTERNAL_H
#define ABIDB_DIFF_INTERNAL_H

#include "diff.h"

/* One ranked difference of a group pair; the strings are owned by the pair. */
struct raw_entry {
	char *path, *old_value, *new_value;
	enum entry_kind kind;
	enum severity severity;
	const char *rule;
};

/* The comparison of two group contents. */
struct pair_result {
	long long a, b;		/* group ids; 0 = absent */
	struct raw_entry *v;
	size_t nr;
	int used;
};

/* One section's processed entries, kept by the matrix's cache (strings borrowed from its groups). */
struct section_result {
	int section;
	char da[65], db[65];
	struct diff_entry *v;
	size_t nr;
	int used;
};

/* A cache of group-pair and section comparisons, shared by the diffs of one matrix (diff-cache.c). */
struct diff_cache {
	struct pair_result *slots;
	size_t nslots, nused;
	struct section_result *sec_slots;	/* whole sections, see diff_sections() */
	size_t nsec_slots, nsec_used;
};

/* diff.c */
struct diff_entry *diff_push_entry(struct diff_entry **v, size_t *nr, size_t *alloc);
int diff_compare_groups(struct store *st, long long ga, long long gb, struct pair_result *r, struct error *err);
/* Compare two records whose rows the caller has (copied into out); cache may be NULL. */
int diff_rows(struct store *st, const struct record_row *a, const struct record_row *b,
	      const struct diff_opts *o, struct diff_cache *cache, struct diff *out, struct error *err);

/* diff-cache.c */
void diff_cache_free(struct diff_cache *c);
/* Compare two group contents, from the cache when it has them (cache NULL: into scratch). */
const struct pair_result *diff_group_pair(struct store *st, struct diff_cache *cache, long long ga, long long gb,
					  struct pair_result *scratch, struct error *err);
/* The slot for one section's digest pair; *found says whether it holds a result. */
struct section_result *diff_section_slot(struct diff_cache *c, int section, const char *da, const char *db,
					 int *found);

/* diff-section.c: append the entries of every selected, differing section, in path order. */
int diff_sections(struct store *st, struct diff_cache *cache, const struct diff_opts *o, struct diff *d,
		  struct error *err);

/* diff-match.c */
int diff_only_name_differs(const struct diff_entry *e, const char *na, const char *nb);
void diff_match_waivers_notes(struct diff *d, const struct diff_opts *o);

/* rename.c: rename passes over one section's sorted entries (rows of the severity table). */
int is_acpi_identity(const char *path);
void demote_acpi_renames(struct diff *d, enum severity sev, const char *rule);
void demote_migration_renames(struct diff *d, enum severity sev, const char *rule);
/* Indices of the entries (sorted by path) under dir/ : [*lo, *hi). */
void diff_prefix_range(const struct diff *d, const char *dir, size_t *lo, size_t *hi);

#endif
