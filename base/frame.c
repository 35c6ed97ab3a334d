/* frame.c: the in-guest probe's framed, checksummed dump: write one, find one in noisy console output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base64.h"
#include "frame.h"
#include "sha256.h"

/* The next line of [*p, end), its \r and \n cut; NULL at the end. */
static const char *next_line(const char **p, const char *end, size_t *len)
{
	const char *s = *p, *nl;

	if (s >= end)
		return NULL;
	nl = memchr(s, '\n', (size_t)(end - s));
	*p = nl ? nl + 1 : end;
	*len = (size_t)((nl ? nl : end) - s);
	while (*len && s[*len - 1] == '\r')
		(*len)--;
	return s;
}

static const char *find_in(const char *s, size_t len, const char *needle)
{
	return memmem(s, len, needle, strlen(needle));
}

void frame_encode(const void *data, size_t len, struct strbuf *out)
{
	char hex[65];
	size_t i;

	sha256_hex(data, len, hex);
	strbuf_addf(out, "\n" FRAME_BEGIN " bytes=%zu sha256=%s\n", len, hex);
	for (i = 0; i < len; i += FRAME_LINE_BYTES) {
		strbuf_addch(out, ':');
		base64_encode((const char *)data + i, len - i < FRAME_LINE_BYTES ? len - i : FRAME_LINE_BYTES, out);
		strbuf_addch(out, '\n');
	}
	strbuf_addstr(out, FRAME_END "\n");
}

int frame_present(const char *text, size_t len)
{
	return find_in(text, len, FRAME_BEGIN) || find_in(text, len, FRAME_PROBE_ERROR);
}

int frame_decode(const char *console, size_t len, struct strbuf *out, struct error *err)
{
	const char *p = console, *end = console + len, *line, *m;
	struct strbuf b64 = STRBUF_INIT;
	unsigned long long want = 0;
	char want_sha[65] = "", sha[65];
	size_t n, lineno = 0, begin_line = 0;
	int in = 0, ret = -1;

	strbuf_reset(out);
	while ((line = next_line(&p, end, &n))) {
		lineno++;
		if (!in) {
			if ((m = find_in(line, n, FRAME_PROBE_ERROR))) {
				error_set(err, ERR_INPUT, "the probe failed in the guest: %.*s",
					  (int)(n - (size_t)(m - line)), m);
				goto out;
			}
			/* the marker may follow console noise on the same line */
			if (!(m = find_in(line, n, FRAME_BEGIN)))
				continue;
			m += strlen(FRAME_BEGIN);
			if (sscanf(m, " bytes=%llu sha256=%64[0-9a-f]", &want, want_sha) != 2 ||
			    strlen(want_sha) != 64) {
				error_set(err, ERR_INPUT, "serial frame: line %zu: bad begin line (expected '"
					  FRAME_BEGIN " bytes=N sha256=HEX')", lineno);
				goto out;
			}
			in = 1;
			begin_line = lineno;
			strbuf_reset(&b64);
			continue;
		}
		if (n == strlen(FRAME_END) && !memcmp(line, FRAME_END, n)) {
			in = 2;
			break;
		}
		if (n && line[0] == ':')
			strbuf_add(&b64, line + 1, n - 1);
		/* any other line is console output between ours */
	}
	if (!in) {
		error_set(err, ERR_INPUT, "serial frame: no '" FRAME_BEGIN "' line in %zu bytes of console output",
			  len);
		goto out;
	}
	if (in == 1) {
		error_set(err, ERR_INPUT, "serial frame: begun at line %zu, no '" FRAME_END "' line: output cut short",
			  begin_line);
		goto out;
	}
	if (base64_decode(b64.buf, b64.len, out)) {
		error_set(err, ERR_INPUT, "serial frame at line %zu: corrupt: a data line is not base64", begin_line);
		goto out;
	}
	if (out->len != want) {
		error_set(err, ERR_INPUT, "serial frame at line %zu: corrupt: %zu bytes, the begin line says %llu",
			  begin_line, out->len, want);
		goto out;
	}
	sha256_hex(out->buf, out->len, sha);
	if (strcmp(sha, want_sha)) {
		error_set(err, ERR_INPUT, "serial frame at line %zu: corrupt: sha256 %s, the begin line says %s",
			  begin_line, sha, want_sha);
		goto out;
	}
	ret = 0;
out:
	if (ret)
		strbuf_reset(out);
	strbuf_release(&b64);
	return ret;
}
