/* request.c: requests (arguments, headers, URL decoding) and responses (JSON bodies, the error shape). */
#include <ctype.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "request.h"
#include "util.h"

void http_request_init(struct http_request *r, const char *method)
{
	memset(r, 0, sizeof(*r));
	r->method = xstrdup(method);
	r->path = xstrdup("/");
}

static void kv_free(struct http_kv *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].value);
	}
	free(v);
}

void http_request_release(struct http_request *r)
{
	free(r->method);
	free(r->path);
	kv_free(r->args, r->nargs);
	kv_free(r->headers, r->nheaders);
	memset(r, 0, sizeof(*r));
}

static void kv_add(struct http_kv **v, size_t *n, size_t *alloc, const char *name, const char *value)
{
	if (*n == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 8;
		*v = xrealloc(*v, *alloc * sizeof(**v));
	}
	(*v)[*n].name = xstrdup(name);
	(*v)[*n].value = xstrdup(value ? value : "");
	(*n)++;
}

void http_request_add_arg(struct http_request *r, const char *name, const char *value)
{
	kv_add(&r->args, &r->nargs, &r->aargs, name, value);
}

void http_request_add_header(struct http_request *r, const char *name, const char *value)
{
	kv_add(&r->headers, &r->nheaders, &r->aheaders, name, value);
}

const char *http_arg(const struct http_request *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nargs; i++)
		if (!strcmp(r->args[i].name, name))
			return r->args[i].value;
	return NULL;
}

const char *http_header(const struct http_request *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nheaders; i++)
		if (!strcasecmp(r->headers[i].name, name))
			return r->headers[i].value;
	return NULL;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Percent-decode s[0..n) ('+' is a space in a query); the result is NUL-terminated. */
static char *unescape(const char *s, size_t n, int query)
{
	char *out = xmalloc(n + 1), *o = out;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			*o++ = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		} else if (query && s[i] == '+') {
			*o++ = ' ';
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

int http_uri_has_control(const char *uri)
{
	const unsigned char *u = (const unsigned char *)uri;
	size_t i;

	for (i = 0; u[i]; i++) {
		int c = u[i];

		if (c == '%' && hexval(u[i + 1]) >= 0 && hexval(u[i + 2]) >= 0) {
			c = hexval(u[i + 1]) * 16 + hexval(u[i + 2]);
			i += 2;
		}
		if (c < 0x20 || c == 0x7f)
			return 1;
	}
	return 0;
}

void http_request_set_url(struct http_request *r, const char *url)
{
	const char *q = strchr(url, '?');

	free(r->path);
	r->path = unescape(url, q ? (size_t)(q - url) : strlen(url), 0);
	while (q && *q) {
		const char *a = q + 1, *end = a + strcspn(a, "&"), *eq = memchr(a, '=', end - a);

		if (end > a) {
			char *name = unescape(a, (eq ? eq : end) - a, 1);
			char *value = eq ? unescape(eq + 1, end - eq - 1, 1) : NULL;

			http_request_add_arg(r, name, value);
			free(name);
			free(value);
		}
		q = *end ? end : NULL;
	}
}

int http_request_path_form(struct http_request *r)
{
	char *p = r->path, *seg, *next;
	size_t n = strlen(p), i;

	if (!starts_with(p, "/api/") || n < 10 || strcmp(p + n - 5, ".json"))
		return 0;
	p[n - 5] = '\0';
	/* the first segment with a '=' starts the arguments */
	for (seg = p + 1; *seg; seg = next) {
		next = seg + strcspn(seg, "/");
		if (memchr(seg, '=', next - seg))
			break;
		if (*next)
			next++;
	}
	if (seg > p + 1 && seg[-1] == '/')
		seg[-1] = '\0';
	for (; *seg; seg = next) {
		char *eq;

		next = seg + strcspn(seg, "/");
		if (*next)
			*next++ = '\0';
		eq = strchr(seg, '=');
		if (!eq || eq == seg)
			return -1;
		*eq = '\0';
		for (i = 0; i < r->nargs; i++)
			if (!strcmp(r->args[i].name, seg))
				return -1;
		http_request_add_arg(r, seg, eq + 1);
	}
	return 1;
}

struct shared_body *shared_body_ref(struct shared_body *b)
{
	__atomic_add_fetch(&b->refs, 1, __ATOMIC_RELAXED);
	return b;
}

void shared_body_unref(struct shared_body *b)
{
	if (b && !__atomic_sub_fetch(&b->refs, 1, __ATOMIC_ACQ_REL))
		free(b);
}

void http_response_init(struct http_response *r)
{
	memset(r, 0, sizeof(*r));
	strbuf_init(&r->body, 0);
	r->status = 500;
	r->content_type = "application/json";
}

void http_response_release(struct http_response *r)
{
	strbuf_release(&r->body);
	shared_body_unref(r->shared);
	r->shared = NULL;
}

void http_json(struct http_response *r, int status, struct json_object *o)
{
	strbuf_reset(&r->body);
	strbuf_addstr(&r->body, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
							      JSON_C_TO_STRING_NOSLASHESCAPE));
	strbuf_addch(&r->body, '\n');
	json_object_put(o);
	r->status = status;
	r->content_type = "application/json";
}

void http_error(struct http_response *r, int status, const char *fmt, ...)
{
	struct json_object *o = json_object_new_object();
	struct strbuf msg = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	json_object_object_add(o, "ok", json_object_new_boolean(0));
	json_object_object_add(o, "error", json_object_new_string(msg.buf));
	json_object_object_add(o, "status", json_object_new_int(status));
	strbuf_release(&msg);
	http_json(r, status, o);
	r->cache_control = "no-store";
}

void http_error_from(struct http_response *r, const struct error *err)
{
	int status;

	switch (err->code) {
	case ERR_NOTFOUND: status = 404; break;
	case ERR_INPUT:
	case ERR_USAGE: status = 400; break;
	case ERR_TOO_LARGE: status = 413; break;
	default: status = 500; break;
	}
	http_error(r, status, "%s", err->msg[0] ? err->msg : "internal error");
}
