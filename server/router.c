/* router.c: the one route table, the checks its flags ask for, ETags and the answer cache, the socket-less path. */
#include <ctype.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <pthread.h>
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
	{ "GET", "/api/v1/advise", api_advise, ROUTE_DB | ROUTE_CACHE },
	{ "GET", "/api", NULL, ROUTE_PREFIX },	/* anything else under /api: 404 in JSON */
	{ "GET", "/", static_file, ROUTE_PREFIX },
};

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

static int check_auth(struct site *s, struct http_request *req, struct http_response *resp)
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
	st = site_reader(s, &err);
	if (!st) {
		http_error_from(resp, &err);
		return 1;
	}
	v = token_check(st, tok, len, req->token_name, &err);
	site_reader_put(s, st);
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

static int check_body(struct site *s, struct http_request *req, struct http_response *resp)
{
	const struct server_config *cfg = site_cfg(s);
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

int router_precheck(struct site *s, struct http_request *req, struct http_response *resp)
{
	const struct server_config *cfg = site_cfg(s);
	struct strbuf allow = STRBUF_INIT;
	const struct route *rt = NULL;
	const char *rest;
	size_t i;
	int pass;

	if (site_below_base(s, req->path, &rest)) {
		http_error(resp, 404, "'%s' is not below the base path '%s'", req->path, cfg->base_path);
		return 1;
	}
	if (rest != req->path) {
		char *p = xstrdup(rest);

		free(req->path);
		req->path = p;
	}
	/* the path form of a query (static exports): GET and HEAD only */
	if ((!strcmp(req->method, "GET") || !strcmp(req->method, "HEAD")) && http_request_path_form(req) < 0) {
		http_error(resp, 400, "bad path-form arguments: each segment after the route is NAME=VALUE, "
			   "each name once");
		return 1;
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
static void run_route(struct site *s, const struct http_request *req, struct http_response *resp)
{
	struct route_ctx c = { s, site_cfg(s), NULL };
	const struct route *rt = req->route;
	struct error err = ERROR_INIT;

	if ((rt->flags & ROUTE_DB) && !(c.st = site_reader(s, &err))) {
		http_error_from(resp, &err);
		return;
	}
	if (c.st && store_read_begin(c.st, &err)) {
		http_error_from(resp, &err);
	} else {
		rt->fn(&c, req, resp);
		if (c.st)
			store_read_end(c.st);
	}
	if (c.st)
		site_reader_put(s, c.st);
	if (!resp->cache_control)
		resp->cache_control = "no-cache";
	if (resp->status == 200) {
		char hex[65];

		sha256_hex(resp->body.buf, resp->body.len, hex);
		snprintf(resp->etag, sizeof(resp->etag), "\"%.32s\"", hex);
	}
}

/* A GET answer recomputed after the generation moved, while readers get the previous one. */
struct refresh {
	struct site *site;
	struct http_request req;
	char *key;
	long long gen;
};

static void http_request_copy(struct http_request *dst, const struct http_request *src)
{
	size_t i;

	http_request_init(dst, src->method);
	free(dst->path);
	dst->path = xstrdup(src->path);
	for (i = 0; i < src->nargs; i++)
		http_request_add_arg(dst, src->args[i].name, src->args[i].value);
	for (i = 0; i < src->nheaders; i++)
		http_request_add_header(dst, src->headers[i].name, src->headers[i].value);
	dst->id = src->id;
	dst->route = src->route;
}

static void *refresh_run(void *arg)
{
	struct refresh *r = arg;
	struct http_response resp;

	http_response_init(&resp);
	run_route(r->site, &r->req, &resp);
	if (resp.status == 200)
		response_cache_put(site_cache(r->site), r->key, r->gen, &resp);
	else
		response_cache_abandon(site_cache(r->site), r->key);
	http_response_release(&resp);
	http_request_release(&r->req);
	site_task_end(r->site);
	free(r->key);
	free(r);
	return NULL;
}

/* Start the recompute of `key` in a thread of its own; done at once (here) if no thread starts. */
static void refresh_start(struct site *s, const struct http_request *req, const char *key, long long gen)
{
	struct refresh *r = xcalloc(1, sizeof(*r));
	pthread_attr_t attr;
	pthread_t t;
	int rc;

	r->site = s;
	r->key = xstrdup(key);
	r->gen = gen;
	http_request_copy(&r->req, req);
	site_task_begin(s);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	rc = pthread_create(&t, &attr, refresh_run, r);
	pthread_attr_destroy(&attr);
	if (rc)
		refresh_run(r);
}

/* The X-Abidb-Generation request header: the oldest generation the client accepts (0 if none). */
static long long needed_generation(const struct http_request *req)
{
	const char *v = http_header(req, "X-Abidb-Generation");
	char *end;
	long long g;

	if (!v)
		return 0;
	g = strtoll(v, &end, 10);
	return *v && !*end && g > 0 ? g : 0;
}

void router_dispatch(struct site *s, struct http_request *req, struct http_response *resp)
{
	struct route_ctx c = { s, site_cfg(s), NULL };
	const struct route *rt = req->route;
	struct error err = ERROR_INIT;
	int is_get = !strcmp(req->method, "GET") || !strcmp(req->method, "HEAD");
	int stale = 0, computing = 0;
	long long gen = -1;
	char *key = NULL;

	if (is_get && (rt->flags & ROUTE_CACHE) && !site_generation(s, &gen, &err)) {
		enum cache_lookup lk;

		key = cache_key(req);
		lk = response_cache_get(site_cache(s), key, gen, needed_generation(req), resp, &stale);
		if (lk == CACHE_REFRESH)
			refresh_start(s, req, key, gen);
		if (lk != CACHE_COMPUTE)
			goto answered;
		computing = 1;
	}
	if (is_get) {
		run_route(s, req, resp);
	} else {
		if ((rt->flags & ROUTE_DB) && !(c.st = site_reader(s, &err))) {
			http_error_from(resp, &err);
		} else {
			rt->fn(&c, req, resp);
			if (c.st)
				site_reader_put(s, c.st);
		}
		if (!resp->cache_control)
			resp->cache_control = "no-cache";
	}
	if (computing) {
		if (resp->status == 200)
			response_cache_put(site_cache(s), key, gen, resp);
		else
			response_cache_abandon(site_cache(s), key);
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

void router_handle_raw(struct site *s, const char *method, const char *url,
		       const struct http_kv *headers, size_t nheaders, const void *body, size_t len,
		       struct http_response *resp)
{
	struct http_request req;
	size_t i;

	if (http_uri_has_control(url)) {
		http_error(resp, 400, "the request line has a control character (plain or percent-encoded)");
		return;
	}
	http_request_init(&req, method);
	http_request_set_url(&req, url);
	for (i = 0; i < nheaders; i++)
		http_request_add_header(&req, headers[i].name, headers[i].value);
	if (!router_precheck(s, &req, resp)) {
		req.body = body;
		req.body_len = len;
		router_dispatch(s, &req, resp);
	}
	http_request_release(&req);
}
