/* dump.c: the probe's buffer, JSON writer, base64, SHA-256 and serial frame (libc only). */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dump.h"

/* ---- buffer ---- */

static int buf_grow(struct buf *b, size_t n)
{
	size_t cap;
	char *p;

	if (b->failed)
		return -1;
	if (b->len + n + 1 <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n + 1)
		cap *= 2;
	p = realloc(b->p, cap);
	if (!p) {
		b->failed = 1;
		return -1;
	}
	b->p = p;
	b->cap = cap;
	return 0;
}

void buf_add(struct buf *b, const void *data, size_t n)
{
	if (buf_grow(b, n))
		return;
	memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || buf_grow(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void buf_add_json_string(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	buf_add(b, "\"", 1);
	for (; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_addf(b, "\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f)
			buf_addf(b, "\\u%04x", *p);	/* sysfs names are ASCII; keep bytes visible */
		else
			buf_add(b, p, 1);
	}
	buf_add(b, "\"", 1);
}

void buf_free(struct buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

/* ---- base64 ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void base64_append(struct buf *b, const void *in, size_t n)
{
	const unsigned char *p = in;
	size_t i, o;

	if (buf_grow(b, (n + 2) / 3 * 4))
		return;
	o = b->len;
	for (i = 0; i + 2 < n; i += 3) {
		b->p[o++] = b64[p[i] >> 2];
		b->p[o++] = b64[(p[i] & 3) << 4 | p[i + 1] >> 4];
		b->p[o++] = b64[(p[i + 1] & 15) << 2 | p[i + 2] >> 6];
		b->p[o++] = b64[p[i + 2] & 63];
	}
	if (n - i == 1) {
		b->p[o++] = b64[p[i] >> 2];
		b->p[o++] = b64[(p[i] & 3) << 4];
		b->p[o++] = '=';
		b->p[o++] = '=';
	} else if (n - i == 2) {
		b->p[o++] = b64[p[i] >> 2];
		b->p[o++] = b64[(p[i] & 3) << 4 | p[i + 1] >> 4];
		b->p[o++] = b64[(p[i + 1] & 15) << 2];
		b->p[o++] = '=';
	}
	b->len = o;
	b->p[o] = '\0';
}

/* ---- SHA-256, FIPS 180-4 ---- */

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) ((x) >> (n) | (x) << (32 - (n)))

static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 |
		       p[4 * i + 3];
	for (i = 16; i < 64; i++)
		w[i] = w[i - 16] + (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3)) + w[i - 7] +
		       (ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10));
	a = h[0]; b = h[1]; c = h[2]; d = h[3]; e = h[4]; f = h[5]; g = h[6]; hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

void sha256_hex64(const void *data, size_t n, char out[65])
{
	uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
			  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	const unsigned char *p = data;
	unsigned char tail[128];
	uint64_t bits = (uint64_t)n * 8;
	size_t i, rest, tlen;

	for (i = 0; i + 64 <= n; i += 64)
		sha256_block(h, p + i);
	rest = n - i;
	memset(tail, 0, sizeof(tail));
	memcpy(tail, p + i, rest);
	tail[rest] = 0x80;
	tlen = rest + 1 + 8 <= 64 ? 64 : 128;
	for (i = 0; i < 8; i++)
		tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
	sha256_block(h, tail);
	if (tlen == 128)
		sha256_block(h, tail + 64);
	for (i = 0; i < 8; i++)
		snprintf(out + 8 * i, 9, "%08x", (unsigned)h[i]);
}

/* ---- the document ---- */

void dump_begin(struct dump *d)
{
	memset(d, 0, sizeof(*d));
	buf_adds(&d->json, "{\"format\": \"abidb-dump\", \"version\": 1, \"sections\": {\"guest\": {");
}

void dump_file(struct dump *d, const char *name, const void *data, size_t len)
{
	buf_adds(&d->json, d->nfiles++ ? ",\n" : "\n");
	buf_add_json_string(&d->json, name);
	buf_adds(&d->json, ": \"");
	base64_append(&d->json, data, len);
	buf_adds(&d->json, "\"");
}

void dump_end(struct dump *d, const char *kernel, const char *const *notes, size_t nnotes)
{
	size_t i;

	buf_adds(&d->json, "\n}},\n\"collector\": {\"name\": \"abidb-probe\", \"version\": \"1\", \"kernel\": ");
	buf_add_json_string(&d->json, kernel);
	buf_adds(&d->json, ", \"notes\": [");
	for (i = 0; i < nnotes; i++) {
		buf_adds(&d->json, i ? ",\n  " : "\n  ");
		buf_add_json_string(&d->json, notes[i]);
	}
	buf_adds(&d->json, "]}}\n");
}

/* ---- output ---- */

int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int frame_write(int fd, const void *data, size_t len)
{
	struct buf f = BUF_INIT;
	char hex[65];
	size_t i;
	int rc;

	sha256_hex64(data, len, hex);
	buf_addf(&f, "\n" FRAME_BEGIN " bytes=%zu sha256=%s\n", len, hex);
	for (i = 0; i < len; i += FRAME_LINE_BYTES) {
		buf_add(&f, ":", 1);
		base64_append(&f, (const char *)data + i, len - i < FRAME_LINE_BYTES ? len - i : FRAME_LINE_BYTES);
		buf_add(&f, "\n", 1);
	}
	buf_adds(&f, FRAME_END "\n");
	if (f.failed) {
		buf_free(&f);
		errno = ENOMEM;
		return -1;
	}
	rc = write_all(fd, f.p, f.len);
	buf_free(&f);
	return rc;
}
