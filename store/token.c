/* token.c: upload bearer tokens: random creation, SHA-256 storage, constant-time checking. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"
#include "store-internal.h"
#include "token.h"
#include "util.h"

static int name_ok(const char *name)
{
	size_t i;

	for (i = 0; name[i]; i++)
		if (!isalnum((unsigned char)name[i]) && !strchr("._-", name[i]))
			return 0;
	return i > 0 && i <= TOKEN_NAME_MAX;
}

static int random_bytes(unsigned char *out, size_t n, struct error *err)
{
	FILE *f = fopen("/dev/urandom", "rb");
	size_t got;

	if (!f)
		return error_set(err, ERR_IO, "cannot open '/dev/urandom': %s", strerror(errno));
	got = fread(out, 1, n, f);
	fclose(f);
	if (got != n)
		return error_set(err, ERR_IO, "cannot read '/dev/urandom'");
	return 0;
}

int token_add(struct store *st, const char *name, char token[TOKEN_HEX_LEN + 1], struct error *err)
{
	unsigned char raw[TOKEN_HEX_LEN / 2];
	char digest[65], now[32];
	sqlite3_stmt *s;
	int rc;

	token[0] = '\0';
	if (!name_ok(name))
		return error_set(err, ERR_USAGE, "token name '%s' is not 1 to %d of [A-Za-z0-9._-]",
				 name, TOKEN_NAME_MAX);
	if (random_bytes(raw, sizeof(raw), err))
		return -1;
	hex_encode(raw, sizeof(raw), token);
	token[TOKEN_HEX_LEN] = '\0';
	memset(raw, 0, sizeof(raw));
	sha256_hex(token, TOKEN_HEX_LEN, digest);
	store_now(now);
	s = store_stmt(st, "INSERT INTO token (name, sha256, created_at) VALUES (?, ?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, digest, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_CONSTRAINT_UNIQUE) {
		token[0] = '\0';
		return error_set(err, ERR_USAGE, "a token named '%s' exists already", name);
	}
	if (rc != SQLITE_DONE) {
		token[0] = '\0';
		return store_db_fail(st, err, "cannot store token");
	}
	return 0;
}

static char *dup_col(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	return t ? xstrdup(t) : NULL;
}

static void fill_token(sqlite3_stmt *s, void *row)
{
	struct token_row *t = row;

	t->name = dup_col(s, 0);
	t->created_at = dup_col(s, 1);
	t->revoked_at = dup_col(s, 2);
}

int token_list(struct store *st, struct token_row **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT name, created_at, revoked_at FROM token ORDER BY name", err);

	if (store_rows(st, s, sizeof(**out), fill_token, (void **)out, n, "cannot list tokens", err)) {
		token_rows_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void token_rows_free(struct token_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].created_at);
		free(v[i].revoked_at);
	}
	free(v);
}

int token_revoke(struct store *st, const char *name, struct error *err)
{
	sqlite3_stmt *s;
	char now[32];
	int rc;

	store_now(now);
	s = store_stmt(st, "UPDATE token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_db_fail(st, err, "cannot revoke token");
	if (sqlite3_changes(store_db(st)) == 0)
		return error_set(err, ERR_NOTFOUND, "no valid token named '%s'", name);
	return 0;
}

static int unhex(const char *in, unsigned char out[32])
{
	size_t i;

	for (i = 0; i < 64; i++) {
		int c = in[i], v;

		if (c >= '0' && c <= '9')
			v = c - '0';
		else if (c >= 'a' && c <= 'f')
			v = c - 'a' + 10;
		else
			return -1;
		if (i % 2)
			out[i / 2] |= v;
		else
			out[i / 2] = v << 4;
	}
	return in[64] ? -1 : 0;
}

/* 0 when equal; the time taken does not depend on where they differ. */
static unsigned digest_diff(const unsigned char *a, const unsigned char *b)
{
	unsigned d = 0;
	size_t i;

	for (i = 0; i < 32; i++)
		d |= a[i] ^ b[i];
	return d;
}

int token_check(struct store *st, const char *token, size_t len, char name[TOKEN_NAME_MAX + 1],
		struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT name, sha256, revoked_at IS NOT NULL FROM token", err);
	unsigned char given[32], stored[32];
	struct sha256 c;
	int rc, verdict = TOKEN_UNKNOWN;

	name[0] = '\0';
	if (!s)
		return -1;
	sha256_init(&c);
	sha256_update(&c, token, len);
	sha256_final(&c, given);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *hex = (const char *)sqlite3_column_text(s, 1);
		unsigned match;

		if (!hex || strlen(hex) != 64 || unhex(hex, stored))
			continue;
		match = !digest_diff(given, stored);
		/* keep looking after a match: the loop costs the same either way */
		if (match) {
			verdict = sqlite3_column_int(s, 2) ? TOKEN_REVOKED : TOKEN_VALID;
			snprintf(name, TOKEN_NAME_MAX + 1, "%s", (const char *)sqlite3_column_text(s, 0));
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_db_fail(st, err, "cannot read tokens");
	return verdict;
}
