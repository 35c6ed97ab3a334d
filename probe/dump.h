/* dump.h: the probe's output: a growable buffer, the abidb-dump v1 JSON with base64 files, and the serial frame. */
#ifndef ABIDB_PROBE_DUMP_H
#define ABIDB_PROBE_DUMP_H

#include <stddef.h>

/*
 * A growable byte buffer.  An allocation failure sets `failed` and drops
 * further appends; the caller checks it once at the end.
 */
struct buf {
	char *p;
	size_t len, cap;
	int failed;
};

#define BUF_INIT { NULL, 0, 0, 0 }
void buf_add(struct buf *b, const void *data, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s as a JSON string literal, quotes included. */
void buf_add_json_string(struct buf *b, const char *s);
void buf_free(struct buf *b);

/* RFC 4648 base64 of `in`, appended. */
void base64_append(struct buf *b, const void *in, size_t n);
/* SHA-256 (FIPS 180-4) of data, as 64 lowercase hex digits and a NUL. */
void sha256_hex64(const void *data, size_t n, char out[65]);

/*
 * The abidb-dump being built: dump_begin() opens the document and its
 * "guest" section, dump_file() adds one guest file, dump_end() closes it,
 * with `notes` (what could not be read, and why) in the "collector" object.
 */
struct dump {
	struct buf json;
	size_t nfiles;
};

void dump_begin(struct dump *d);
void dump_file(struct dump *d, const char *name, const void *data, size_t len);
void dump_end(struct dump *d, const char *kernel, const char *const *notes, size_t nnotes);

/*
 * The serial frame (docs/probe.md): a begin line with the byte count and the
 * SHA-256 of the document, the document in base64 lines each starting with
 * ':', and an end line.  A reader skips every other line, so console
 * messages between the lines cannot corrupt it.  0, or -1 with errno.
 */
#define FRAME_BEGIN "ABIDB-DUMP-BEGIN v1"
#define FRAME_END "ABIDB-DUMP-END"
#define FRAME_LINE_BYTES 57	/* 76 base64 characters */
int frame_write(int fd, const void *data, size_t len);
/* Write all of buf to fd: 0, or -1 with errno. */
int write_all(int fd, const void *buf, size_t len);

#endif
