/* ident.c: the grammar of identity fields, checked the same way at upload, import and store. */
#include <string.h>

#include "ident.h"

static const char *const names[] = { "release", "stream", "arch", "machine" };

const char *ident_field_name(enum ident_field f)
{
	return names[f];
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_name_char(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-';
}

/* A printable, bounded copy of a refused value for the message. */
static void quote(const char *v, size_t len, char *out, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < len && o + 5 < n; i++) {
		unsigned char c = (unsigned char)v[i];

		if (c < 0x20 || c >= 0x7f || c == '\\' || c == '\'') {
			static const char hex[] = "0123456789abcdef";

			out[o++] = '\\';
			out[o++] = 'x';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		} else {
			out[o++] = (char)c;
		}
	}
	if (i < len && o + 4 <= n) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}

/* 1 for "7.2.22", "9.0.0-rc1", "8.2.2+ds", "7.2.22-collected": numbers, then [-+~] and name characters. */
static int release_ok(const char *v, size_t len)
{
	size_t i = 0, parts = 0;

	for (;;) {
		size_t start = i;

		while (i < len && is_digit((unsigned char)v[i]))
			i++;
		if (i == start || ++parts > 4)
			return 0;
		if (i < len && v[i] == '.' && i + 1 < len && is_digit((unsigned char)v[i + 1])) {
			i++;
			continue;
		}
		break;
	}
	if (i == len)
		return 1;
	if (!strchr("-+~", v[i]) || i + 1 == len)
		return 0;
	for (i++; i < len; i++)
		if (!is_name_char((unsigned char)v[i]) && v[i] != '+' && v[i] != '~')
			return 0;
	return 1;
}

static int name_ok(const char *v, size_t len)
{
	size_t i;

	if (!len || !is_name_char((unsigned char)v[0]) || v[0] == '.' || v[0] == '-')
		return 0;
	for (i = 1; i < len; i++)
		if (!is_name_char((unsigned char)v[i]))
			return 0;
	return 1;
}

int ident_check(enum ident_field f, const char *value, size_t len, struct error *err)
{
	char q[96];
	int ok;

	if (!value || !len)
		return error_set(err, ERR_INPUT, "%s is empty", names[f]);
	quote(value, len, q, sizeof(q));
	if (len > IDENT_MAX)
		return error_set(err, ERR_INPUT, "%s '%s' is longer than %d bytes", names[f], q, IDENT_MAX);
	if (memchr(value, '\0', len))
		return error_set(err, ERR_INPUT, "%s '%s' has a NUL byte", names[f], q);
	ok = f == IDENT_RELEASE ? release_ok(value, len) : name_ok(value, len);
	if (ok)
		return 0;
	if (f == IDENT_RELEASE)
		return error_set(err, ERR_INPUT, "release '%s' is not a version such as 7.2.22 or 9.0.0-rc1", q);
	return error_set(err, ERR_INPUT, "%s '%s' must be 1 to %d characters of [A-Za-z0-9._-], starting with a letter or digit",
			 names[f], q, IDENT_MAX);
}
