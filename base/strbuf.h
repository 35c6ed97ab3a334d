/* strbuf.h: a growable, always NUL-terminated byte buffer (after git's strbuf). */
#ifndef ABIDB_STRBUF_H
#define ABIDB_STRBUF_H

#include <stddef.h>
#include <stdarg.h>

/*
 * Ownership: a strbuf owns `buf`.  strbuf_release() frees it and leaves an
 * empty, reusable strbuf; strbuf_detach() hands `buf` to the caller.
 * `buf` is never NULL after strbuf_init().
 */
struct strbuf {
	size_t len, alloc;
	char *buf;
};

extern char strbuf_slopbuf[];
#define STRBUF_INIT { 0, 0, strbuf_slopbuf }

void strbuf_init(struct strbuf *sb, size_t hint);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb, size_t *len);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void strbuf_reset(struct strbuf *sb);
void strbuf_setlen(struct strbuf *sb, size_t len);

/* A new string formatted like printf (caller frees); aborts on out-of-memory. */
char *xstrfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
