/* util.h: whole-file reading with transparent gunzip, zlib buffers, versions and globs (and, through alloc.h, allocation). */
#ifndef ABIDB_UTIL_H
#define ABIDB_UTIL_H

#include <stddef.h>
#include <stdio.h>

#include "alloc.h"
#include "error.h"
#include "strbuf.h"

/*
 * Read all of `path` ("-" is stdin) into `out` as it is; refuses more than
 * `limit` bytes (0: no limit).  On error names the file.
 */
int read_file(const char *path, struct strbuf *out, size_t limit, struct error *err);

/*
 * Read all of `path` ("-" is stdin) into `out`, gunzipping it if it starts
 * with the gzip magic.  Refuses inputs larger than `limit` bytes after
 * decompression (0: no limit).  On error names the file.
 */
int read_input(const char *path, struct strbuf *out, size_t limit, struct error *err);

/* Gunzip `in` into `out` when it has the gzip magic, else copy it. */
int maybe_gunzip(const void *in, size_t len, struct strbuf *out, size_t limit,
		 const char *name, struct error *err);

/* zlib-compress / -uncompress a buffer (for raw inputs kept in the store). */
int zcompress(const void *in, size_t len, struct strbuf *out, struct error *err);
int zuncompress(const void *in, size_t len, size_t rawlen, struct strbuf *out, struct error *err);

/* 1 if `path` is a directory, 0 if a regular file or other, -1 if missing. */
int path_kind(const char *path);
/* rm -r path (not following links); 0, or -1 with errno from the first entry it could not remove. */
int remove_tree(const char *path);

/* Does `s` end with `suffix`? */
int ends_with(const char *s, const char *suffix);
int starts_with(const char *s, const char *prefix);

/* Compare dotted versions numerically ("2.10" > "2.9"); non-numeric parts as text. */
int version_cmp(const char *a, const char *b);

/* fnmatch(3)-style glob where '*' also matches '/'. */
int glob_match(const char *pattern, const char *s);

#endif
