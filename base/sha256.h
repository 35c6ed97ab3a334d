/* sha256.h: SHA-256 for content addresses and token digests, on OpenSSL's libcrypto (SHA-NI where the CPU has it). */
#ifndef ABIDB_SHA256_H
#define ABIDB_SHA256_H

#include <stddef.h>

/*
 * sha256_init() allocates; sha256_final() (or sha256_abort() on an error
 * path) frees.  Every init must meet exactly one of them.
 */
struct sha256 {
	void *ctx;	/* EVP_MD_CTX */
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t len);
void sha256_final(struct sha256 *c, unsigned char out[32]);
void sha256_abort(struct sha256 *c);

/* One-shot digest as 64 lowercase hex characters plus NUL. */
void sha256_hex(const void *data, size_t len, char out[65]);
void sha256_raw(const void *data, size_t len, unsigned char out[32]);
void hex_encode(const unsigned char *in, size_t len, char *out);

#endif
