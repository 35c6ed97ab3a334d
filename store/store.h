/* store.h: the SQLite record store: opening, schema steps, and writing records. */
#ifndef ABIDB_STORE_H
#define ABIDB_STORE_H

#include <stddef.h>

#include "error.h"
#include "facts.h"

/*
 * One struct store is one SQLite connection and its prepared statements.  It
 * is not shared between threads: the server opens one per thread.  Every
 * function here returns 0 or -1 with `err` filled (sqlite3_errmsg() included).
 */
struct store;

enum store_flags {
	STORE_READONLY = 1 << 0,	/* query_only; fails if the file does not exist */
	STORE_DURABLE = 1 << 1,		/* synchronous=FULL (acknowledged uploads) */
};

#define MAX_SECTIONS 32

struct section_info {
	int id;
	char name[32];
	char kind[16];	/* dump kind feeding it */
	char view[16];	/* guest, migration, properties */
};

int store_open(struct store **out, const char *path, unsigned flags, struct error *err);
void store_close(struct store *st);
const char *store_path(const struct store *st);

/*
 * Copy the whole database of src (SQLite online backup, a consistent
 * snapshot) into the file `path`, which is created or overwritten.  Open the
 * copy with store_open().
 */
int store_copy(struct store *src, const char *path, struct error *err);

/* The sections, as the schema declares them. */
size_t store_sections(const struct store *st, const struct section_info **out);
const struct section_info *store_section_by_name(const struct store *st, const char *name, size_t len);
const struct section_info *store_section_by_id(const struct store *st, int id);

/* A write transaction: BEGIN IMMEDIATE / COMMIT / ROLLBACK (a no-op outside one). */
int store_begin(struct store *st, struct error *err);
int store_commit(struct store *st, struct error *err);
void store_rollback(struct store *st);

/*
 * A read transaction, so that several reads see one snapshot (the server runs
 * each request in one): BEGIN, and COMMIT when one is open.
 */
int store_read_begin(struct store *st, struct error *err);
void store_read_end(struct store *st);

/* Run SQL that returns no rows (schema steps, pragmas, bench fixtures). */
int store_exec(struct store *st, const char *sql, struct error *err);

struct release_ident {
	const char *version;	/* '7.2.22' */
	const char *stream;	/* 'upstream', 'debian' */
	const char *package;	/* may be NULL */
};

struct machine_ident {
	const char *name;
	const char *arch;
	const char *alias;	/* may be NULL */
	int is_default, deprecated;
};

/* Find or create; within a transaction. */
int store_release_id(struct store *st, const struct release_ident *r, int create,
		     long long *id, struct error *err);
int store_machine_id(struct store *st, const char *arch, const char *name, int create,
		     long long *id, struct error *err);
int store_record_id(struct store *st, long long release_id, long long machine_id,
		    const struct machine_ident *m, int create, long long *id, struct error *err);

/*
 * The input sha256 of the dump of `kind` a record has, or "" when it has none.
 * record_id may be 0 (no record yet): then "".
 */
int store_dump_sha(struct store *st, long long record_id, const char *kind,
		   char sha[65], struct error *err);

struct dump_meta {
	const char *kind;
	const char *source;
	const char *imported_by;
	const char *collector;
	const unsigned char *raw;	/* the raw input, decompressed */
	size_t rawlen;
	const char *input_sha256;	/* of the input bytes as given */
};

/*
 * Store (or replace) a record's dump of one kind: the raw input and its
 * facts (sorted by facts_sort()).  Every fact's section must be fed by this
 * kind.  Call store_record_update() after the last dump of a record.
 */
int store_put_dump(struct store *st, long long record_id, const struct dump_meta *d,
		   const struct facts *facts, struct error *err);

/*
 * A number that changes whenever records, waivers or notes change, by any
 * process (schema step 2 keeps it with triggers): a cache key for answers.
 */
int store_generation(struct store *st, long long *gen, struct error *err);

/* A record's digest ("" before its first dump). */
int store_record_digest(struct store *st, long long record_id, char out[65], struct error *err);

/* Recompute a record's section digests, digest and fact count. */
int store_record_update(struct store *st, long long record_id, struct error *err);

/* One stored dump, as store_each_dump() hands it out: everything borrowed for the call. */
struct stored_dump {
	long long record_id;
	const char *kind, *machine, *source, *input_sha256, *collector, *imported_by;
	const unsigned char *raw;	/* the raw input, decompressed */
	size_t rawlen;
};

/*
 * Call fn for every stored dump in (record id, kind) order, for reindex.  fn
 * must not write to the store (collect first, write after the walk); fn
 * returning nonzero stops the walk with -1 and err as fn left it.
 */
typedef int (*dump_fn)(void *data, const struct stored_dump *d);
int store_each_dump(struct store *st, dump_fn fn, void *data, struct error *err);

/*
 * The raw input (decompressed) of a record's dump of `kind` into *raw (caller
 * frees) and its length; *raw NULL when the record has no such dump.
 */
int store_dump_raw(struct store *st, long long record_id, const char *kind, char **raw, size_t *len,
		   struct error *err);

/* Delete groups, paths, values and blobs no record uses any more. */
int store_gc(struct store *st, struct error *err);

/* Current UTC time as ISO 8601 into buf[32]. */
void store_now(char buf[32]);

#endif
