/* base64.h: RFC 4648 base64, for binary guest files inside JSON dumps. */
#ifndef ABIDB_BASE64_H
#define ABIDB_BASE64_H

#include <stddef.h>

#include "strbuf.h"

void base64_encode(const void *in, size_t len, struct strbuf *out);
/* -1 on a character outside the alphabet or bad padding; whitespace is skipped. */
int base64_decode(const char *in, size_t len, struct strbuf *out);

#endif
