/* http.h: inside the server: the parsed request, the route table and the handlers. */
#ifndef ABIDB_HTTP_H
#define ABIDB_HTTP_H

#include <stddef.h>

#include "server.h"
#include "store.h"

/*
 * A request as the handlers see it.  Every string is owned by the request
 * (http_request_release frees them); `path` is percent-decoded and below the
 * base path ("/api/v1/releases"), args are decoded query parameters.
 */
struct route;
struct json_object;

struct http_request {
	char *method;
	char *path;
	struct http_kv *args, *headers;
	size_t nargs, nheaders, aargs, aheaders;
	const char *body;	/* borrowed */
	size_t body_len;
	long long id;		/* the {id} of the route's pattern */
	char token_name[72];	/* who uploads, once authenticated */
	const struct route *route;	/* set by server_precheck */
};

void http_request_init(struct http_request *r, const char *method);
void http_request_release(struct http_request *r);
void http_request_add_arg(struct http_request *r, const char *name, const char *value);
void http_request_add_header(struct http_request *r, const char *name, const char *value);

const char *http_arg(const struct http_request *r, const char *name);	/* NULL if absent */
const char *http_header(const struct http_request *r, const char *name);	/* case-insensitive */

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
	struct server *srv;
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

/* The answers. */
void http_error(struct http_response *r, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Put a JSON value as the body (consumes o). */
void http_json(struct http_response *r, int status, struct json_object *o);
/* Map a library error to a status: NOTFOUND 404, INPUT/USAGE 400, else 500. */
void http_error_from(struct http_response *r, const struct error *err);

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
void api_index(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void upload_records(struct route_ctx *c, const struct http_request *req, struct http_response *resp);
void static_file(struct route_ctx *c, const struct http_request *req, struct http_response *resp);

/* Stores: readers from a pool (one connection in use by one thread at a time), one writer. */
struct store *server_reader(struct server *s, struct error *err);
void server_reader_put(struct server *s, struct store *st);
struct store *server_writer_lock(struct server *s);	/* NULL when read-only */
void server_writer_unlock(struct server *s);

/*
 * The checks made from the headers alone, before any body arrives: route,
 * method, read-only, token, length, size, type.  Returns 1 and fills resp
 * when the request is answered already; 0 when the body may come.
 */
int server_precheck(struct server *s, struct http_request *req, struct http_response *resp);
/* Answer a request whose body (if any) has arrived. */
void server_dispatch(struct server *s, struct http_request *req, struct http_response *resp);

/* Strip the base path; 0 and *rest when url is below it. */
int server_below_base(const struct server *s, const char *path, const char **rest);
const struct server_config *server_cfg(const struct server *s);
struct response_cache *server_cache(struct server *s);
/*
 * The store generation (cache key of answers): read from the database at
 * most every 100 ms, and at once after this server's writer wrote.
 * Writes by other processes (a CLI import) show within 100 ms.
 */
int server_generation(struct server *s, long long *gen, struct error *err);


#endif
