/* router.c: the one route table, the checks its flags ask for, ETags, and the error shape. */
#include <ctype.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "http.h"
#include "sha256.h"
#include "token.h"
#include "util.h"

static const struct route routes[] = {
	{ "GET", "/api/v1", api_index, 0 },
	{ "GET", "/api/v1/releases", api_releases, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/machines", api_machines, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/records", api_records, ROUTE_DB | ROUTE_CACHE },
	{ "POST", "/api/v1/records", upload_records, ROUTE_DB | ROUTE_BODY | ROUTE_AUTH | ROUTE_WRITE },
	{ "GET", "/api/v1/records/{id}", api_record, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/records/{id}/facts", api_facts, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/matrix", api_matrix, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/diff", api_diff, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/fixup", api_fixup, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api/v1/migrations", api_migrations, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api", NULL, ROUTE_PREFIX },	/* anything else under /api: 404 in JSON */
	{ "GET", "/", static_file, ROUTE_PREFIX },
};

/* --- requests ------------------------------------------------------------ */

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

/* --- responses ----------------------------------------------------------- */

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
	default: status = 500; break;
	}
	http_error(r, status, "%s", err->msg[0] ? err->msg : "internal error");
}

/* --- matching ------------------------------------------------------------ */

/* Does path match pattern?  "{id}" takes one segment of digits into *id. */
static int pattern_match(const struct route *rt, const char *path, long long *id)
{
	const char *p = rt->pattern, *s = path;

	if (rt->flags & ROUTE_PREFIX) {
		size_t n = strlen(p);

		if (!strcmp(p, "/"))
			return 1;
		return !strncmp(s, p, n) && (s[n] == '\0' || s[n] == '/');
	}
	while (*p && *s) {
		if (!strncmp(p, "{id}", 4)) {
			char *end;

			if (!isdigit((unsigned char)*s))
				return 0;
			*id = strtoll(s, &end, 10);
			if (*id <= 0 || (*end && *end != '/'))
				return 0;
			s = end;
			p += 4;
			continue;
		}
		if (*p != *s)
			return 0;
		p++;
		s++;
	}
	/* a trailing slash is the same route */
	return !*p && (!*s || !strcmp(s, "/"));
}

static int method_is(const struct route *rt, const char *method)
{
	if (!strcmp(rt->method, method))
		return 1;
	return !strcmp(rt->method, "GET") && !strcmp(method, "HEAD");
}

int server_below_base(const struct server *s, const char *path, const char **rest)
{
	const char *base = server_cfg(s)->base_path;
	size_t n = strlen(base);

	if (!n) {
		*rest = path;
		return 0;
	}
	if (strncmp(path, base, n))
		return -1;
	if (path[n] == '\0') {
		*rest = "/";
		return 0;
	}
	if (path[n] != '/')
		return -1;
	*rest = path + n;
	return 0;
}

/* "Bearer TOKEN" -> TOKEN and its length; -1 if the header is not that. */
static int bearer(const char *h, const char **tok, size_t *len)
{
	if (!h || strncasecmp(h, "Bearer ", 7))
		return -1;
	h += 7;
	while (*h == ' ')
		h++;
	*tok = h;
	*len = strcspn(h, " \t");
	return *len ? 0 : -1;
}

static int type_ok(const char *ct)
{
	static const char *const ok[] = {
		"application/json", "application/gzip", "application/x-gzip", "application/octet-stream",
	};
	size_t i, n;

	if (!ct)
		return 1;	/* no type: sniffed like application/octet-stream */
	n = strcspn(ct, "; \t");
	for (i = 0; i < ARRAY_SIZE(ok); i++)
		if (strlen(ok[i]) == n && !strncasecmp(ct, ok[i], n))
			return 1;
	return 0;
}

static int check_auth(struct server *s, struct http_request *req, struct http_response *resp)
{
	struct error err = ERROR_INIT;
	const char *tok;
	size_t len;
	struct store *st;
	int v;

	if (bearer(http_header(req, "Authorization"), &tok, &len)) {
		http_error(resp, 401, "an upload needs a token: 'Authorization: Bearer TOKEN' (abidb token add NAME)");
		resp->www_authenticate = 1;
		return 1;
	}
	st = server_reader(s, &err);
	if (!st) {
		http_error_from(resp, &err);
		return 1;
	}
	v = token_check(st, tok, len, req->token_name, &err);
	server_reader_put(s, st);
	if (v < 0) {
		http_error_from(resp, &err);
		return 1;
	}
	if (v == TOKEN_REVOKED) {
		http_error(resp, 403, "token '%s' is revoked", req->token_name);
		return 1;
	}
	if (v != TOKEN_VALID) {
		http_error(resp, 403, "unknown token");
		return 1;
	}
	return 0;
}

static int check_body(struct server *s, struct http_request *req, struct http_response *resp)
{
	const struct server_config *cfg = server_cfg(s);
	const char *cl = http_header(req, "Content-Length");
	const char *te = http_header(req, "Transfer-Encoding");
	unsigned long long n;
	char *end;

	if (!cl) {
		if (te && strcasecmp(te, "identity"))
			http_error(resp, 411, "chunked uploads are not accepted: send Content-Length");
		else
			http_error(resp, 411, "an upload needs Content-Length");
		return 1;
	}
	n = strtoull(cl, &end, 10);
	if (!isdigit((unsigned char)*cl) || *end) {
		http_error(resp, 400, "bad Content-Length '%s'", cl);
		return 1;
	}
	if (n > cfg->max_upload) {
		http_error(resp, 413, "upload of %llu bytes is over the limit of %zu bytes", n, cfg->max_upload);
		return 1;
	}
	if (!type_ok(http_header(req, "Content-Type"))) {
		http_error(resp, 415, "Content-Type '%s' is not application/json, application/gzip or "
			   "application/octet-stream", http_header(req, "Content-Type"));
		return 1;
	}
	return 0;
}

int server_precheck(struct server *s, struct http_request *req, struct http_response *resp)
{
	const struct server_config *cfg = server_cfg(s);
	struct strbuf allow = STRBUF_INIT;
	const struct route *rt = NULL;
	const char *rest;
	size_t i;
	int pass;

	if (server_below_base(s, req->path, &rest)) {
		http_error(resp, 404, "'%s' is not below the base path '%s'", req->path, cfg->base_path);
		return 1;
	}
	if (rest != req->path) {
		char *p = xstrdup(rest);

		free(req->path);
		req->path = p;
	}
	/* exact routes first; the prefix routes only when no exact pattern matched */
	for (pass = 0; pass < 2 && !rt && !allow.len; pass++) {
		for (i = 0; i < ARRAY_SIZE(routes) && !rt; i++) {
			long long id = 0;

			if (!(routes[i].flags & ROUTE_PREFIX) != !pass)
				continue;
			if (!pattern_match(&routes[i], req->path, &id))
				continue;
			if (method_is(&routes[i], req->method) || !routes[i].fn) {
				rt = &routes[i];
				req->id = id;
				strbuf_reset(&allow);
			} else {
				strbuf_addf(&allow, "%s%s", allow.len ? ", " : "", routes[i].method);
				if (!strcmp(routes[i].method, "GET"))
					strbuf_addstr(&allow, ", HEAD");
			}
			if (pass == 1)
				break;	/* the first prefix that matches decides */
		}
	}
	if (!rt || !rt->fn) {
		if (allow.len && !rt) {
			http_error(resp, 405, "method %s is not allowed on '%s' (allowed: %s)", req->method,
				   req->path, allow.buf);
			resp->allow = (strstr(allow.buf, "POST") && strstr(allow.buf, "GET")) ? "GET, HEAD, POST" :
				      strstr(allow.buf, "POST") ? "POST" : "GET, HEAD";
			strbuf_release(&allow);
			return 1;
		} else {
			http_error(resp, 404, "no such route: '%s'", req->path);
		}
		strbuf_release(&allow);
		return 1;
	}
	strbuf_release(&allow);
	req->route = rt;
	if ((rt->flags & ROUTE_WRITE) && cfg->read_only) {
		http_error(resp, 405, "this server is read-only");
		resp->allow = "GET, HEAD";
		return 1;
	}
	if ((rt->flags & ROUTE_AUTH) && check_auth(s, req, resp))
		return 1;
	if ((rt->flags & ROUTE_BODY) && check_body(s, req, resp))
		return 1;
	return 0;
}

/* Is etag in the If-None-Match list? */
static int etag_matches(const char *inm, const char *etag)
{
	size_t n = strlen(etag);
	const char *p;

	if (!inm)
		return 0;
	if (!strcmp(inm, "*"))
		return 1;
	/* a list of tags; weak comparison, so W/"x" matches "x" */
	(void)n;
	p = strstr(inm, etag);
	return p != NULL;
}

static int cmp_kv(const void *a, const void *b)
{
	const struct http_kv *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : strcmp(x->value, y->value);
}

/* The cache key of a request: its path and its arguments in a fixed order. */
static char *cache_key(const struct http_request *req)
{
	struct strbuf sb = STRBUF_INIT;
	struct http_kv *args = xmalloc((req->nargs + 1) * sizeof(*args));
	size_t i;

	if (req->nargs)
		memcpy(args, req->args, req->nargs * sizeof(*args));
	qsort(args, req->nargs, sizeof(*args), cmp_kv);
	strbuf_addstr(&sb, req->path);
	for (i = 0; i < req->nargs; i++)
		strbuf_addf(&sb, "%c%s=%s", i ? '&' : '?', args[i].name, args[i].value);
	free(args);
	return strbuf_detach(&sb, NULL);
}

/* Run a GET route on a reader, in one read transaction; the ETag of a 200. */
static void run_route(struct server *s, const struct http_request *req, struct http_response *resp)
{
	struct route_ctx c = { s, server_cfg(s), NULL };
	const struct route *rt = req->route;
	struct error err = ERROR_INIT;

	if ((rt->flags & ROUTE_DB) && !(c.st = server_reader(s, &err))) {
		http_error_from(resp, &err);
		return;
	}
	if (c.st && store_exec(c.st, "BEGIN", &err)) {
		http_error_from(resp, &err);
	} else {
		rt->fn(&c, req, resp);
		if (c.st)
			store_exec(c.st, "COMMIT", &err);
	}
	if (c.st)
		server_reader_put(s, c.st);
	if (!resp->cache_control)
		resp->cache_control = "no-cache";
	if (resp->status == 200) {
		char hex[65];

		sha256_hex(resp->body.buf, resp->body.len, hex);
		snprintf(resp->etag, sizeof(resp->etag), "\"%.32s\"", hex);
	}
}

void server_dispatch(struct server *s, struct http_request *req, struct http_response *resp)
{
	struct route_ctx c = { s, server_cfg(s), NULL };
	const struct route *rt = req->route;
	struct error err = ERROR_INIT;
	int is_get = !strcmp(req->method, "GET") || !strcmp(req->method, "HEAD");
	int stale = 0, computing = 0;
	long long gen = -1;
	char *key = NULL;

	if (is_get && (rt->flags & ROUTE_CACHE) && !server_generation(s, &gen, &err)) {
		enum cache_lookup lk;

		key = cache_key(req);
		lk = response_cache_get(server_cache(s), key, gen, resp, &stale);
		if (lk != CACHE_COMPUTE)
			goto answered;
		computing = 1;
	}
	if (is_get) {
		run_route(s, req, resp);
	} else {
		if ((rt->flags & ROUTE_DB) && !(c.st = server_reader(s, &err))) {
			http_error_from(resp, &err);
		} else {
			rt->fn(&c, req, resp);
			if (c.st)
				server_reader_put(s, c.st);
		}
		if (!resp->cache_control)
			resp->cache_control = "no-cache";
	}
	if (computing) {
		if (resp->status == 200)
			response_cache_put(server_cache(s), key, gen, resp);
		else
			response_cache_abandon(server_cache(s), key);
	}
answered:
	if (is_get && resp->status == 200 && etag_matches(http_header(req, "If-None-Match"), resp->etag)) {
		resp->status = 304;
		strbuf_reset(&resp->body);
		shared_body_unref(resp->shared);
		resp->shared = NULL;
	}
	free(key);
}

/* GET /api/v1: what the API offers, from the table itself. */
void api_index(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	struct json_object *o = json_object_new_object(), *a = json_object_new_array();
	size_t i;

	(void)req;
	for (i = 0; i < ARRAY_SIZE(routes); i++) {
		struct json_object *r;

		if (!routes[i].fn || routes[i].fn == api_index || (routes[i].flags & ROUTE_PREFIX))
			continue;
		r = json_object_new_object();
		json_object_object_add(r, "method", json_object_new_string(routes[i].method));
		json_object_object_add(r, "path", json_object_new_string(routes[i].pattern));
		json_object_object_add(r, "token", json_object_new_boolean(!!(routes[i].flags & ROUTE_AUTH)));
		json_object_array_add(a, r);
	}
	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "base", json_object_new_string(c->cfg->base_path));
	json_object_object_add(o, "read_only", json_object_new_boolean(c->cfg->read_only));
	json_object_object_add(o, "max_upload", json_object_new_int64((int64_t)c->cfg->max_upload));
	json_object_object_add(o, "routes", a);
	http_json(resp, 200, o);
}

/* --- without sockets ----------------------------------------------------- */

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

void server_handle_raw(struct server *s, const char *method, const char *url,
		       const struct http_kv *headers, size_t nheaders, const void *body, size_t len,
		       struct http_response *resp)
{
	struct http_request req;
	const char *q = strchr(url, '?');
	size_t i;

	http_request_init(&req, method);
	free(req.path);
	req.path = unescape(url, q ? (size_t)(q - url) : strlen(url), 0);
	while (q && *q) {
		const char *a = q + 1, *end = a + strcspn(a, "&"), *eq = memchr(a, '=', end - a);

		if (end > a) {
			char *name = unescape(a, (eq ? eq : end) - a, 1);
			char *value = eq ? unescape(eq + 1, end - eq - 1, 1) : NULL;

			http_request_add_arg(&req, name, value);
			free(name);
			free(value);
		}
		q = *end ? end : NULL;
	}
	for (i = 0; i < nheaders; i++)
		http_request_add_header(&req, headers[i].name, headers[i].value);
	if (!server_precheck(s, &req, resp)) {
		req.body = body;
		req.body_len = len;
		server_dispatch(s, &req, resp);
	}
	http_request_release(&req);
}
