/* alloc.h: allocation that cannot fail, and ARRAY_SIZE. */
#ifndef ABIDB_ALLOC_H
#define ABIDB_ALLOC_H

#include <stddef.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* These abort on out-of-memory: there is no sane recovery in a CLI or a worker. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* xstrdup(s), or NULL for NULL. */
char *xstrdup_or_null(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
