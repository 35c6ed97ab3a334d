/* util.c: file reading, gzip, version ordering and globs. */
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "util.h"


int maybe_gunzip(const void *in, size_t len, struct strbuf *out, size_t limit,
		 const char *name, struct error *err)
{
	const unsigned char *p = in;
	z_stream zs;
	int rc;

	if (len < 2 || p[0] != 0x1f || p[1] != 0x8b) {
		if (limit && len > limit)
			return error_set(err, ERR_INPUT, "'%s': input is larger than %zu bytes", name, limit);
		strbuf_add(out, in, len);
		return 0;
	}
	memset(&zs, 0, sizeof(zs));
	if (inflateInit2(&zs, 15 + 32) != Z_OK)
		return error_set(err, ERR_INTERNAL, "'%s': cannot start gunzip", name);
	zs.next_in = (unsigned char *)p;
	zs.avail_in = (unsigned)len;
	do {
		strbuf_grow(out, len * 4 + 4096);
		zs.next_out = (unsigned char *)out->buf + out->len;
		zs.avail_out = (unsigned)(out->alloc - out->len - 1);
		rc = inflate(&zs, Z_NO_FLUSH);
		out->len = out->alloc - 1 - zs.avail_out;
		out->buf[out->len] = '\0';
		if (limit && out->len > limit) {
			inflateEnd(&zs);
			return error_set(err, ERR_TOO_LARGE, "'%s': input is larger than %zu bytes after gunzip", name, limit);
		}
		if (rc == Z_STREAM_END && zs.avail_in) {
			/* concatenated gzip members */
			inflateReset(&zs);
			rc = Z_OK;
		}
	} while (rc == Z_OK);
	inflateEnd(&zs);
	if (rc != Z_STREAM_END)
		return error_set(err, ERR_INPUT, "'%s': truncated or corrupt gzip data", name);
	return 0;
}

int read_file(const char *path, struct strbuf *out, size_t limit, struct error *err)
{
	FILE *f;
	size_t n;
	int ret = 0;

	f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f)
		return error_set(err, ERR_IO, "cannot open '%s': %s", path, strerror(errno));
	do {
		strbuf_grow(out, 65536);
		n = fread(out->buf + out->len, 1, out->alloc - out->len - 1, f);
		out->len += n;
		out->buf[out->len] = '\0';
		if (limit && out->len > limit) {
			ret = error_set(err, ERR_INPUT, "'%s': larger than %zu bytes", path, limit);
			break;
		}
	} while (n);
	if (!ret && ferror(f))
		ret = error_set(err, ERR_IO, "cannot read '%s': %s", path, strerror(errno));
	if (f != stdin)
		fclose(f);
	return ret;
}

int read_input(const char *path, struct strbuf *out, size_t limit, struct error *err)
{
	struct strbuf raw = STRBUF_INIT;
	int ret = read_file(path, &raw, limit, err);

	if (!ret)
		ret = maybe_gunzip(raw.buf, raw.len, out, limit, path, err);
	strbuf_release(&raw);
	return ret;
}

int zcompress(const void *in, size_t len, struct strbuf *out, struct error *err)
{
	uLongf bound = compressBound(len);

	strbuf_grow(out, bound);
	if (compress2((Bytef *)out->buf + out->len, &bound, in, len, 6) != Z_OK)
		return error_set(err, ERR_INTERNAL, "zlib compression failed");
	out->len += bound;
	out->buf[out->len] = '\0';
	return 0;
}

int zuncompress(const void *in, size_t len, size_t rawlen, struct strbuf *out, struct error *err)
{
	uLongf n = rawlen;

	strbuf_grow(out, rawlen);
	if (uncompress((Bytef *)out->buf + out->len, &n, in, len) != Z_OK || n != rawlen)
		return error_set(err, ERR_INPUT, "stored raw input is corrupt");
	out->len += n;
	out->buf[out->len] = '\0';
	return 0;
}

int path_kind(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return -1;
	return S_ISDIR(st.st_mode) ? 1 : 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

int remove_tree(const char *path)
{
	return nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && !memcmp(s + a - b, suffix, b);
}

int starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

int version_cmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			char *ea, *eb;
			unsigned long long x = strtoull(a, &ea, 10), y = strtoull(b, &eb, 10);

			if (x != y)
				return x < y ? -1 : 1;
			a = ea;
			b = eb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

int glob_match(const char *pattern, const char *s)
{
	/* the literal start decides most calls (rules and notes name a section first): stop at its first mismatch */
	for (; *pattern && *pattern != '*' && *pattern != '?' && *pattern != '['; pattern++, s++)
		if (*pattern != *s)
			return 0;
	if (!*pattern)
		return !*s;
	return fnmatch(pattern, s, FNM_NOESCAPE) == 0;
}
