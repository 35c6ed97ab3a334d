/* http.h: inside the server: the route table's shape, the router, and the handlers. */
#ifndef ABIDB_HTTP_H
#define ABIDB_HTTP_H

#include <stddef.h>

#include "request.h"
#include "site.h"
#include "store.h"

/* Route flags: preconditions checked once, before the handler runs. */
enum route_flags {
	ROUTE_DB = 1 << 0,	/* needs a reader store */
	ROUTE_BODY = 1 << 1,	/* takes a body: length, size and type checked from the headers */
	ROUTE_AUTH = 1 << 2,	/* needs a valid bearer token */
	ROUTE_WRITE = 1 << 3,	/* refused by a --read-only server */
	ROUTE_PREFIX = 1 << 4,	/* pattern matches every path below it (static files) */
	ROUTE_CACHE = 1 << 5,	/* a GET whose answer depends only on the request and the data */
};

struct route_ctx {
	struct site *site;
	const struct server_config *cfg;
	struct store *st;	/* a reader, for ROUTE_DB */
};

typedef void (*route_fn)(struct route_ctx *c, const struct http_request *req, struct http_response *resp);

struct route {
	const char *method;	/* "GET" also answers HEAD */
	const char *pattern;	/* "/api/v1/records/{id}/facts" */
	route_fn fn;
	unsigned flags;
};

/* Handlers, one file per area. */
void api_releases(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_machines(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_records(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_record(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_facts(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_matrix(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_diff(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_fixup(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_migrations(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_advise(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void api_index(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void upload_records(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void static_file(struct route_ctx *c, const struct http_request *req, struct http_response *resp);

/*
 * The router.  router_precheck() makes the checks possible from the headers
 * alone, before any body arrives: route, method, read-only, token, length,
 * size, type.  Returns 1 and fills resp when the request is answered already;
 * 0 when the body may come.
 */
int router_precheck(struct site *s, struct http_request *req, struct http_response *resp);
/* Answer a request whose body (if any) has arrived. */
void router_dispatch(struct site *s, struct http_request *req, struct http_response *resp);
/* The whole path without sockets: url as sent, headers, body (may be NULL). */
void router_handle_raw(struct site *s, const char *method, const char *url,
		       const struct http_kv *headers, size_t nheaders, const void *body, size_t len,
		       struct http_response *resp);

#endif
