/* dump-kind.h: the one table of dump kinds: each kind's name, decoder, and the files that hold it. */
#ifndef ABIDB_DUMP_KIND_H
#define ABIDB_DUMP_KIND_H

#include <json-c/json.h>

#include "error.h"
#include "facts.h"
#include "strbuf.h"

struct dump_input;
struct record_input;

/*
 * The number of rows of dump_kinds[] (checked at build time): a record has
 * at most one dump of each kind.  The schema's dump.kind CHECK lists the
 * same names, and its section table says which sections each kind feeds.
 */
#define DUMP_KINDS 6

enum dump_kind_flags {
	DK_FILES = 1 << 0,	/* a set of files (a folder), not one JSON document */
	DK_IDENTITY = 1 << 1,	/* small and says the record's identity: read first, parsed at once */
	DK_SHARED = 1 << 2,	/* one body for every machine type of a release: decoded once (decode_cache) */
	DK_BINARY = 1 << 3,	/* bytes, not JSON: a file as is, base64 in abidb-dump v1 */
};

/*
 * One row per kind.  Adding a source kind is one decoder file and one row
 * here (and its sections in schema.sql).  Hooks a kind does not need are NULL.
 */
struct dump_kind {
	const char *name;		/* as in the schema's dump.kind and abidb-dump v1's "sections" */
	unsigned flags;			/* enum dump_kind_flags */
	const char *const *files;	/* names in a machine folder that hold it, NULL-terminated;
					 * with DK_FILES a sub-folder */
	/* is this parsed QEMU document of this kind? (kinds read from bare JSON files) */
	int (*detect)(struct json_object *doc);
	/* with DK_BINARY: are these bytes (decompressed) of this kind? */
	int (*detect_bytes)(const void *buf, size_t len);
	/* the facts of a loaded dump (d->json, or d->files with DK_FILES) */
	int (*decode)(const struct dump_input *d, const char *machine, struct facts *out, struct error *err);
	/* remove from the raw bytes what is not kept (a per-machine header) */
	void (*strip)(struct strbuf *raw);
	/* what a parsed document says of its record (release, arch, machine): fills what is unset */
	int (*identity)(struct record_input *r, struct json_object *doc, const char *source, struct error *err);
	/* the machine type's name from the unparsed bytes as given (maybe gzipped); NULL: not there */
	char *(*peek_machine)(const struct strbuf *given);
	/* once r->machine is final: the flags the document gives that machine type */
	void (*machine_flags)(struct record_input *r, struct json_object *doc);
};

/* The table, DUMP_KINDS rows, in the order of the schema and of abidb-dump v1. */
extern const struct dump_kind dump_kinds[];

/* The row of `name`; NULL when no kind has that name. */
const struct dump_kind *dump_kind_find(const char *name);

/* The kind a parsed QEMU JSON document is; NULL when none we know. */
const struct dump_kind *dump_kind_detect(struct json_object *doc);

/* The binary kind these (decompressed) bytes are; NULL when none. */
const struct dump_kind *dump_kind_detect_bytes(const void *buf, size_t len);

/* The kinds' names, ", "-separated, for messages ("qom, qmp, ..."). */
void dump_kind_names(struct strbuf *out);

#endif
