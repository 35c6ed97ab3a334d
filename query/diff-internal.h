/* diff-internal.h: what the files of the diff engine share (engine, cache, sections, renames, matching, matrix). */
#ifndef ABIDB_DIFF_INTERNAL_H
#define ABIDB_DIFF_INTERNAL_H

#include "diff.h"

struct severity_ctx;
struct migration_cache;

/* One ranked difference of a group pair; the strings are owned by the pair. */
struct raw_entry {
	char *path, *old_value, *new_value;
	enum entry_kind kind;
	enum severity severity;
	const char *rule;
	unsigned breaks;	/* DIR_* */
};

/* The comparison of two group contents. */
struct pair_result {
	long long a, b;		/* group ids; 0 = absent */
	long long xa, xb;	/* migration devices: their classes' -dump-vmstate groups; else 0 */
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
/* An open-addressed table from a nonzero id to an owned value (the matrix's memo). */
struct id_slot {
	long long key;		/* 0: empty */
	void *val;
};

struct id_table {
	struct id_slot *v;
	size_t n, used;
};

/* The interned texts of paths or values, by id, read once for a matrix (diff-cache.c). */
struct text_table {
	char **text;		/* by id; NULL: no such id */
	unsigned *rank;		/* by id: the place of the text in text order (paths only) */
	size_t n;		/* ids 0 .. n-1 */
	unsigned next;		/* the rank the next text read gets */
	int loads;		/* times read (once more when an id is missing: a writer added it) */
};

/* Which waivers and notes a machine name or a release fits (diff-match.c), for a matrix's many diffs. */
struct match_slot {
	char *key;		/* NULL: empty; owns bits too */
	unsigned char *bits;	/* a byte per waiver, then per note */
	int release;		/* key is a release, not a machine name */
};

struct match_memo {
	const struct waiver *waivers;	/* the rules the bits are of */
	const struct note *notes;
	size_t nw, n;
	struct match_slot *slots;
	size_t nslots, used;
};

struct diff_cache {
	struct pair_result *slots;
	size_t nslots, nused;
	struct section_result *sec_slots;	/* whole sections, see diff_sections() */
	size_t nsec_slots, nsec_used;
	char **kept;		/* strings of entries made for a diff, see diff_cache_keep() */
	size_t nkept;
	struct migration_cache *mig;		/* vmstate class maps (migration-walk.c) */
	struct id_table groups;			/* grp id -> struct fact_list, read once (diff_cache_group()) */
	struct id_table record_groups;		/* (record, section) -> struct grp_list (diff_cache_record_groups()) */
	struct text_table paths, values;	/* the lists above borrow their strings from these */
	struct match_memo match;		/* waivers and notes by machine name and release */
	struct id_table digests;		/* record -> its section digests (diff_cache_section_digests()) */
	size_t akept;
	size_t weight;		/* entries and facts held, for matrix_build()'s bound (diff_cache_weight()) */
	size_t weight_sec;	/* of them, in section results and kept strings (diff_cache_trim()) */
};

/* A group content's facts, sorted by path (owned). */
struct fact_pair {
	char *path, *value;
};

struct fact_list {
	struct fact_pair *v;
	size_t nr, alloc;
	int borrowed;		/* the strings belong to a cache's text tables */
};



/* diff.c */
struct diff_entry *diff_push_entry(struct diff_entry **v, size_t *nr, size_t *alloc);
/* Append a ranked entry to d, its strings borrowed (or moved) from r. */
void diff_take_raw(struct diff *d, size_t *alloc, const struct raw_entry *r);
/* qsort() order of entries: by path. */
int diff_cmp_entry(const void *x, const void *y);
/* Sort entries by path, unless they are already (a group pair's entries come in path order, groups in key order). */
void diff_sort_entries(struct diff_entry *v, size_t n);
int diff_load_facts(struct store *st, long long grp, struct fact_list *out, struct error *err);
void fact_list_release(struct fact_list *l);
/* The value at path in l, or NULL. */
const char *fact_list_get(const struct fact_list *l, const char *path);
/* Append a ranked entry to r (copies of the strings). */
void diff_add_raw(struct pair_result *r, size_t *alloc, const char *path, const char *o, const char *n,
		  enum entry_kind kind, const struct severity_ctx *ctx);
/* The entries of two sorted fact lists: paths compared after the first alen / blen bytes, shown with a's or b's. */
void diff_fact_lists(const struct fact_list *a, size_t alen, const struct fact_list *b, size_t blen,
		     const char *bprefix, struct pair_result *r, size_t *alloc, const struct severity_ctx *ctx);
/* cache (may be NULL) keeps the groups' facts for the next pairs that need them. */
int diff_compare_groups(struct store *st, struct diff_cache *cache, long long ga, long long gb, struct pair_result *r,
			struct error *err);
/* Compare two records whose rows the caller has (copied into out); cache may be NULL. */
int diff_rows(struct store *st, const struct record_row *a, const struct record_row *b,
	      const struct diff_opts *o, struct diff_cache *cache, struct diff *out, struct error *err);

/* diff-cache.c */
void diff_cache_free(struct diff_cache *c);
/* The facts of group grp (0: none), loaded on first use and owned by the cache; NULL on error. */
const struct fact_list *diff_cache_group(struct diff_cache *c, struct store *st, long long grp, struct error *err);
/* Record `record`'s groups of `section`, loaded on first use and owned by the cache; NULL on error. */
const struct grp_list *diff_cache_record_groups(struct diff_cache *c, struct store *st, long long record, int section,
						struct error *err);
/*
 * Record `record`'s section digests into out[0..MAX_SECTIONS] ("" where it has
 * none), read once per cache; c may be NULL (then read each time).
 */
int diff_cache_section_digests(struct diff_cache *c, struct store *st, long long record, char (*out)[65],
			       struct error *err);
/* What the cache holds: facts, entries and kept strings (about 100 bytes each). */
size_t diff_cache_weight(const struct diff_cache *c);
/* Drop the section results and the strings kept for them; the groups and group pairs stay. */
void diff_cache_trim(struct diff_cache *c);
/* A string for an entry of a diff that borrows from c: c keeps it until freed.  Without c: s as is. */
char *diff_cache_keep(struct diff_cache *c, char *s);
/* The slot for a group pair (with the vmstate groups of a migration device, else 0, 0). */
struct pair_result *diff_pair_slot(struct diff_cache *c, long long a, long long b, long long xa, long long xb,
				   int *found);
void diff_pair_result_release(struct pair_result *r);
/* Compare two group contents, from the cache when it has them (cache NULL: into scratch). */
const struct pair_result *diff_group_pair(struct store *st, struct diff_cache *cache, long long ga, long long gb,
					  struct pair_result *scratch, struct error *err);
/* The slot for one section's digest pair; *found says whether it holds a result. */
struct section_result *diff_section_slot(struct diff_cache *c, int section, const char *da, const char *db,
					 int *found);

/* A record's groups of one section, in key order (owned). */
struct grp_ref {
	char *key;
	long long grp;
};

struct grp_list {
	struct grp_ref *v;
	size_t nr, alloc;
	int borrowed;		/* the keys belong to a cache's text tables */
};

/* diff-section.c: a group_fn (facts-query.h) filling a struct grp_list; its release. */
int diff_add_group(void *data, const char *key, long long grp);
void grp_list_release(struct grp_list *l);

/* diff-section.c: append the entries of every selected, differing section, in path order. */
int diff_sections(struct store *st, struct diff_cache *cache, const struct diff_opts *o, struct diff *d,
		  struct error *err);

/*
 * diff-section.c: what decides diff_rows()'s answer for a record under o,
 * beside the names and releases: the digests of the sections o selects (and
 * -dump-vmstate's, which the migration view reads; their ids into ids, at
 * most MAX_SECTIONS + 1, how many returned) and the record's dump kinds.
 * Two records of one machine type equal in those, whose releases fit the
 * same waivers and notes, give equal diffs against any record.
 */
size_t diff_signature_sections(struct store *st, const struct diff_opts *o, int *ids);

/* diff-match.c */
/* Do releases ra and rb fit the same waivers and notes of o?  (c: the memo, may be NULL.) */
int diff_same_rules(const struct diff_opts *o, struct diff_cache *c, const char *ra, const char *rb);
int diff_only_name_differs(const struct diff_entry *e, const char *na, const char *nb);
/* c may be NULL (no memo). */
void diff_match_waivers_notes(struct diff *d, const struct diff_opts *o, struct diff_cache *c);
void diff_match_memo_free(struct match_memo *m);

/* migration-walk.c: the migration view's section (the stream, with its classes' specs) and the devices view's. */
/*
 * The entries of section sec (migration or vmstate) of records ra, rb,
 * sorted and ranked; vda, vdb are the records' vmstate section digests.  The
 * migration section compares the devices whose stream differs; the vmstate
 * section (devices view) the classes no device uses, and the description
 * changes of the classes of devices whose stream is the same.
 * With a cache, strings are borrowed from it; without, owned by out.
 */
int migration_diff_section(struct store *st, struct diff_cache *cache, long long ra, long long rb,
			   const struct section_info *sec, int vmstate, const char *vda, const char *vdb, int migration,
			   struct diff *out, struct error *err);
/* The key the section cache files the migration and vmstate sections under: both sections' digests. */
void migration_section_key(const char *mig, const char *vms, char out[65]);
void migration_cache_free(struct migration_cache *c);

/* What the passes over one section share, made by the first that needs it (acpi-devices.c). */
struct acpi_dev;
struct pass_state {
	struct acpi_dev *devs;	/* the devices declared on one side only */
	size_t ndevs;
	int collected;
};
void pass_state_release(struct pass_state *ps);

/* acpi-devices.c: passes over one acpi section's sorted entries (rows of the severity table). */
int is_acpi_identity(const char *path);
void rank_acpi_renames(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps);
void rank_acpi_absent(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps);
void rank_acpi_added(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps);

/* rename.c: rename passes over one section's sorted entries (rows of the severity table). */
void demote_migration_renames(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps);
/* Indices of the entries (sorted by path) under dir/ : [*lo, *hi). */
void diff_prefix_range(const struct diff *d, const char *dir, size_t *lo, size_t *hi);

#endif
