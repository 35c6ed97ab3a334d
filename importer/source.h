/* source.h: what the input readers (source*.c, dump*.c) share inside the importer; not for other rooms. */
#ifndef ABIDB_SOURCE_H
#define ABIDB_SOURCE_H

#include "dump-kind.h"
#include "import.h"

#define DEFAULT_MAX_BYTES ((size_t)1 << 30)

/* A new empty record at the end of s, named after `source`. */
struct record_input *new_record(struct input_set *s, const char *source);
void record_input_release(struct record_input *r);

/*
 * A new empty dump of kind k in r; NULL with err when r has one of that kind
 * already.  The dump's strbufs are initialized, nothing else.
 */
struct dump_input *new_dump(struct record_input *r, const struct dump_kind *k, const char *source,
			    struct error *err);

/*
 * Attach a parsed QEMU JSON document of kind k to r, taking ownership of
 * doc; raw is its text as kept (before stripping), input_sha the digest of
 * the input as given.
 */
int add_json_dump(struct record_input *r, const struct dump_kind *k, const char *source,
		  struct json_object *doc, const void *raw, size_t rawlen, const char *input_sha,
		  struct error *err);

void set_if_empty(char **field, const char *value);
/* A string member of o; NULL when absent or not a string.  Borrowed. */
const char *get_str(struct json_object *o, const char *key);
/* The last component of path (trailing slashes ignored), in tmp. */
const char *base_name(const char *path, struct strbuf *tmp);

/* source-guest.c: guest views, from folders, v1 sections and single probed files */
int add_guest_dir(struct record_input *r, const char *dir, size_t limit, struct error *err);
int is_guest_dir(const char *dir);
/* d->files from a JSON object {"path": "base64"} (v1 dumps, stored raw); `source` for messages */
int guest_from_json(struct dump_input *d, struct json_object *o, const char *source, struct error *err);
/* The canonical bytes of a guest file set: {"path": "base64", ...} sorted by path. */
void guest_raw(const struct filemap *m, struct strbuf *out);
/* The input digest of a guest file set (a folder and the same files in a v1 dump agree). */
void guest_digest(const struct filemap *m, char out[65]);
/* 1: buf (a lone ACPI table or PCI config space) is now a record of out; 0: it is not such a file */
int add_raw_probe(const char *path, const struct strbuf *buf, struct input_set *out, struct error *err);

/* source-v1.c: one abidb-dump v1 document into a record of s */
int read_v1(struct input_set *s, const char *name, struct json_object *doc, struct error *err);

#endif
