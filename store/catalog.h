/* catalog.h: what the store holds: releases, machine types, records and their facts. */
#ifndef ABIDB_CATALOG_H
#define ABIDB_CATALOG_H

#include <stddef.h>

#include "error.h"
#include "store.h"

/*
 * Rows returned here are owned by the caller and freed with the matching
 * *_free() function.  Releases come in version order (major, minor, micro,
 * extra, stream); machine types in family then version order.
 */
struct release_row {
	long long id;
	char *version, *stream, *package;
	int major, minor, micro;
};

struct machine_row {
	long long id;
	char *name, *arch, *family, *family_version;
	int vmajor, vminor, vmicro;
};

struct record_row {
	long long id;
	long long release_id, machine_id;
	char *release, *stream, *machine, *arch, *family, *alias;
	int is_default, deprecated;
	long long nfacts;
	char *digest;
	char *kinds;	/* dump kinds, comma-separated */
};

int catalog_releases(struct store *st, struct release_row **out, size_t *n, struct error *err);
int catalog_machines(struct store *st, struct machine_row **out, size_t *n, struct error *err);
/* Records in (family, machine version, release version) order. */
int catalog_records(struct store *st, struct record_row **out, size_t *n, struct error *err);
void release_rows_free(struct release_row *v, size_t n);
void machine_rows_free(struct machine_row *v, size_t n);
void record_rows_free(struct record_row *v, size_t n);
void record_row_release(struct record_row *r);
/* dst gets its own copies of src's strings. */
void record_row_copy(struct record_row *dst, const struct record_row *src);

/*
 * Find a record by release and machine name.  `release` is "7.2.22" or
 * "7.2.22/debian" (needed only when two streams have that version); or find
 * it by numeric id with catalog_record_by_id().
 */
int catalog_find_record(struct store *st, const char *release, const char *machine,
			struct record_row *out, struct error *err);
/*
 * The same on one target (`arch`, such as "aarch64"); NULL: any, and a
 * machine type name that two targets have (virt-7.2 of aarch64 and arm) is
 * an error asking for it.
 */
int catalog_find_record_arch(struct store *st, const char *release, const char *machine, const char *arch,
			     struct record_row *out, struct error *err);
int catalog_record_by_id(struct store *st, long long id, struct record_row *out, struct error *err);

/* Call fn for every fact of a record whose path matches glob (NULL: all), in path order. */
typedef int (*fact_fn)(void *data, const char *path, const char *value);
int catalog_facts(struct store *st, long long record_id, const char *glob, fact_fn fn, void *data,
		  struct error *err);

#endif
