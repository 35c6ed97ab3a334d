/*
 * sha256.c: SHA-256 through libcrypto's EVP interface.  Hashing is the
 * importer's hottest path (every input, group and raw blob is content
 * addressed); libcrypto uses the CPU's SHA extensions, several times faster
 * than portable C.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>

#include "sha256.h"

static void fatal(const char *what)
{
	fprintf(stderr, "fatal: libcrypto: %s\n", what);
	abort();
}

void sha256_init(struct sha256 *c)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();

	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL))
		fatal("cannot start SHA-256");
	c->ctx = ctx;
}

void sha256_update(struct sha256 *c, const void *data, size_t len)
{
	if (len && !EVP_DigestUpdate(c->ctx, data, len))
		fatal("SHA-256 update failed");
}

void sha256_final(struct sha256 *c, unsigned char out[32])
{
	unsigned int n = 32;

	if (!EVP_DigestFinal_ex(c->ctx, out, &n))
		fatal("SHA-256 final failed");
	EVP_MD_CTX_free(c->ctx);
	c->ctx = NULL;
}

void sha256_abort(struct sha256 *c)
{
	EVP_MD_CTX_free(c->ctx);
	c->ctx = NULL;
}

void sha256_raw(const void *data, size_t len, unsigned char out[32])
{
	unsigned int n = 32;

	if (!EVP_Digest(data, len, out, &n, EVP_sha256(), NULL))
		fatal("SHA-256 failed");
}

void hex_encode(const unsigned char *in, size_t len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < len; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * len] = '\0';
}

void sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char d[32];

	sha256_raw(data, len, d);
	hex_encode(d, 32, out);
}
