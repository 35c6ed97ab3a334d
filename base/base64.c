/* base64.c: RFC 4648 base64 encoding and strict decoding. */
#include "base64.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void base64_encode(const void *in, size_t len, struct strbuf *out)
{
	const unsigned char *p = in;
	size_t i;

	strbuf_grow(out, (len + 2) / 3 * 4);
	for (i = 0; i + 2 < len; i += 3) {
		strbuf_addch(out, alphabet[p[i] >> 2]);
		strbuf_addch(out, alphabet[(p[i] & 3) << 4 | p[i + 1] >> 4]);
		strbuf_addch(out, alphabet[(p[i + 1] & 15) << 2 | p[i + 2] >> 6]);
		strbuf_addch(out, alphabet[p[i + 2] & 63]);
	}
	if (len - i == 1) {
		strbuf_addch(out, alphabet[p[i] >> 2]);
		strbuf_addch(out, alphabet[(p[i] & 3) << 4]);
		strbuf_addstr(out, "==");
	} else if (len - i == 2) {
		strbuf_addch(out, alphabet[p[i] >> 2]);
		strbuf_addch(out, alphabet[(p[i] & 3) << 4 | p[i + 1] >> 4]);
		strbuf_addch(out, alphabet[(p[i + 1] & 15) << 2]);
		strbuf_addch(out, '=');
	}
}

static int value_of(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

int base64_decode(const char *in, size_t len, struct strbuf *out)
{
	unsigned acc = 0;
	int bits = 0, pad = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		int c = (unsigned char)in[i], v;

		if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
			continue;
		if (c == '=') {
			pad++;
			continue;
		}
		if (pad)
			return -1;	/* data after padding */
		v = value_of(c);
		if (v < 0)
			return -1;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			strbuf_addch(out, (int)((acc >> bits) & 0xff));
		}
	}
	return pad > 2 ? -1 : 0;
}
