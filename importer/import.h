/* import.h: reading inputs (files, folders, stdin, uploads) and storing them as records. */
#ifndef ABIDB_IMPORT_H
#define ABIDB_IMPORT_H

#include <json-c/json.h>
#include <stddef.h>

#include "decode.h"
#include "dump-kind.h"
#include "error.h"
#include "store.h"
#include "strbuf.h"

/* One raw observation of one kind, with the bytes kept in the store. */
struct dump_input {
	const char *kind;		/* its row's name in dump_kinds[] (static) */
	char *source;			/* file or folder, for messages and the dump row */
	char input_sha256[65];		/* of the input bytes as given */
	struct strbuf given;		/* the bytes as given, until dump_load() */
	struct strbuf raw;		/* raw bytes kept in the store (decompressed input) */
	struct json_object *json;	/* parsed JSON kinds; owned */
	int loaded;			/* raw and json are there */
	size_t limit;			/* on the decompressed size */
	struct filemap files;		/* guest kind */
	struct acpi_cache *acpi;	/* borrowed: decoded ACPI tables to reuse (NULL: none) */
};

/* What one input says about one (release, machine type), before storing. */
struct record_input {
	char *source;
	char *release, *stream, *package;
	char *machine, *arch, *alias;
	int is_default, deprecated;
	char *collector;
	struct dump_input dumps[DUMP_KINDS];
	size_t ndumps;
};

/*
 * An input (file, folder, stdin) read into records.  Owns everything.  With
 * a sink, each record is handed to it as soon as it is read and then freed,
 * so a release folder never sits in memory whole.
 */
struct input_set {
	struct record_input *v;
	size_t nr, alloc;
	int (*sink)(void *data, struct record_input *r, struct error *err);
	void *sink_data;
};

/*
 * Decoded vmstate, kept between records: -dump-vmstate describes the whole
 * binary, so every machine type of a release has the same body.  Owned by
 * the caller of import; free with decode_cache_release().
 */
struct decode_cache {
	char sha256[65];	/* of the stripped raw body */
	struct facts facts;
	size_t hits;
	struct acpi_cache *acpi;	/* decoded ACPI tables; made on first use */
};
void decode_cache_release(struct decode_cache *c);

struct import_opts {
	const char *release, *stream, *machine, *arch;	/* overrides; NULL: from the input */
	const char *imported_by;			/* user or token name */
	int replace;		/* replace a record's dump of a kind by a different one */
	size_t max_bytes;	/* per input file after gunzip; 0: 1 GiB */
	void (*progress)(void *data, const char *what, size_t done, size_t total);
	void *progress_data;
	/* a record that fails in a multi-record input; the import goes on */
	void (*record_error)(void *data, const struct error *err);
	void *error_data;
	struct decode_cache *cache;	/* may be NULL */
};

struct import_result {
	size_t records;			/* records seen */
	size_t added, updated, unchanged, failed;
	size_t dumps_added;
	size_t facts;			/* facts decoded for new dumps */
	long long *record_ids;		/* ids of records added or updated or unchanged */
	size_t nids;
};

void input_set_release(struct input_set *s);
void import_result_release(struct import_result *r);

/*
 * Read `path` ("-": stdin) into records: an abidb-dump v1 file, a QEMU JSON
 * file (-dump-vmstate, migration vmdesc, qom.json, qmp-misc.json; any of
 * them gzip-compressed), a machine folder, a guest folder, or a release
 * folder with release.json.  Nothing is stored.
 */
int input_read_path(const char *path, const struct import_opts *o, struct input_set *out,
		    struct error *err);

/*
 * Apply the options and defaults to a record's identity (release, stream,
 * machine, arch, query-machines flags) and check what is required.
 * input_read_path() does it; callers of input_read_buffer() do it themselves.
 */
int input_resolve_identity(struct record_input *r, const struct import_opts *o, struct error *err);

/* The same for bytes already in memory (an upload); `name` is for messages. */
int input_read_buffer(const char *name, const void *buf, size_t len, const struct import_opts *o,
		      struct input_set *out, struct error *err);

/*
 * Decode and store every record of `in`, one transaction per record.  A
 * record whose dumps are all known already is "unchanged" and costs no
 * decoding.  Returns -1 if any record failed; with one record, err says why;
 * with several, o->record_error hears each failure and the others are kept.
 */
int import_records(struct store *st, struct input_set *in, const struct import_opts *o,
		   struct import_result *res, struct error *err);

/*
 * Import one record (as a sink would); counts into res.  Returns -1 with err
 * when the record was not stored.
 */
int import_record(struct store *st, struct record_input *r, const struct import_opts *o,
		  struct import_result *res, struct error *err);

/*
 * Dumps are read lazily: dump_inflate() gunzips into raw (and strips the
 * vmstate header), dump_load() also parses.  Re-imports of known content
 * need neither.
 */
int dump_inflate(struct dump_input *d, struct error *err);
int dump_load(struct dump_input *d, struct error *err);

/* Decode one dump into facts (sorted).  Used by import and reindex. */
int decode_dump(struct dump_input *d, const char *machine, struct facts *out, struct error *err);

/* Rebuild a dump_input of `kind` from stored raw bytes. */
int dump_from_raw(struct dump_input *d, const char *kind, const char *source,
		  const void *raw, size_t len, struct error *err);
void dump_input_release(struct dump_input *d);


/*
 * Read and decode `path` (any importer input: dump, folder, qom.json, guest
 * folder) into one sorted fact list for identify, without storing anything.
 * A bare probe needs no release or machine name.  `probe` is left empty on error.
 */
int import_probe_facts(const char *path, struct facts *probe, struct error *err);

/*
 * Rebuild every record's facts from the raw inputs kept in the store, with
 * the decoders of this build (after a decoder improves).  One transaction per
 * record.  *records and *facts count what was rebuilt.
 */
int reindex_all(struct store *st, size_t *records, size_t *facts, struct error *err);
#endif
