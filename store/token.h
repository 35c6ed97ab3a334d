/* token.h: upload bearer tokens: created at random, stored only as SHA-256, checked in constant time. */
#ifndef ABIDB_TOKEN_H
#define ABIDB_TOKEN_H

#include <stddef.h>

#include "error.h"
#include "store.h"

/*
 * A token is 32 random bytes from /dev/urandom, written as 64 lowercase hex
 * characters.  The store keeps only the SHA-256 of those 64 characters, so a
 * copy of the database does not let anyone upload.  Names are 1 to 64 of
 * [A-Za-z0-9._-].  Rows returned are owned by the caller (token_rows_free).
 * Nothing here prints.
 */
#define TOKEN_HEX_LEN 64
#define TOKEN_NAME_MAX 64

struct token_row {
	char *name;
	char *created_at;
	char *revoked_at;	/* NULL while the token is valid */
};

/* Make a new token called `name`; its text goes to token[65], shown once by the caller. */
int token_add(struct store *st, const char *name, char token[TOKEN_HEX_LEN + 1], struct error *err);

/* Every token, by name. */
int token_list(struct store *st, struct token_row **out, size_t *n, struct error *err);
void token_rows_free(struct token_row *v, size_t n);

/* Mark `name` revoked (ERR_NOTFOUND if there is none; revoking twice is an error too). */
int token_revoke(struct store *st, const char *name, struct error *err);

enum token_verdict {
	TOKEN_VALID = 0,
	TOKEN_UNKNOWN = 1,	/* no token has this digest */
	TOKEN_REVOKED = 2,
};

/*
 * Check a presented token (`len` bytes, not NUL-terminated).  Its SHA-256 is
 * compared with every stored digest, each comparison in constant time and
 * without stopping at a match.  Returns a token_verdict, or -1 on a
 * database error.  On TOKEN_VALID, name[] receives the token's name.
 */
int token_check(struct store *st, const char *token, size_t len, char name[TOKEN_NAME_MAX + 1],
		struct error *err);

#endif
