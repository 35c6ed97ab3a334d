/* request.h: an HTTP request and its answer as the server's rooms see them, without sockets. */
#ifndef ABIDB_REQUEST_H
#define ABIDB_REQUEST_H

#include <stddef.h>

#include "error.h"
#include "strbuf.h"

struct json_object;
struct route;

/* One header or query parameter. */
struct http_kv {
	char *name, *value;
};

/*
 * A request as the handlers see it.  Every string is owned by the request
 * (http_request_release frees them); `path` is percent-decoded and below the
 * base path ("/api/v1/releases"), args are decoded query parameters.
 */
struct http_request {
	char *method;
	char *path;
	struct http_kv *args, *headers;
	size_t nargs, nheaders, aargs, aheaders;
	const char *body;	/* borrowed */
	size_t body_len;
	long long id;		/* the {id} of the route's pattern */
	char token_name[72];	/* who uploads, once authenticated */
	const struct route *route;	/* set by router_precheck */
};

void http_request_init(struct http_request *r, const char *method);
void http_request_release(struct http_request *r);
void http_request_add_arg(struct http_request *r, const char *name, const char *value);
void http_request_add_header(struct http_request *r, const char *name, const char *value);
/*
 * The request target as sent ("/abi/api/v1/diff?a=1&b=2"): path and query
 * arguments, percent-decoded ('+' is a space in the query).
 */
void http_request_set_url(struct http_request *r, const char *url);
/* 1 if the raw request URI (path and query, before percent-decoding) holds a
 * control byte, plainly or percent-encoded (%00, %0a, %1b ...): refused with 400. */
int http_uri_has_control(const char *uri);

/*
 * The path form of a GET's query, for static hosts that cannot dispatch on a
 * query string: "/api/v1/matrix/family=pc-q35/view=all.json" is
 * "/api/v1/matrix?family=pc-q35&view=all" (and "/api/v1/releases.json" is
 * "/api/v1/releases").  Below /api/ only; a path ending in ".json" loses the
 * suffix, and each segment from the first one holding a '=' becomes an
 * argument (values cannot hold a '/').  1 when the path was rewritten, 0 when
 * it is not a path form, -1 for a segment without a name or '=', or a name
 * also given in the query.
 */
int http_request_path_form(struct http_request *r);
const char *http_arg(const struct http_request *r, const char *name);	/* NULL if absent */
const char *http_header(const struct http_request *r, const char *name);	/* case-insensitive */

/* Bytes several answers send at once (a cached answer): reference counted. */
struct shared_body {
	int refs;		/* atomic */
	size_t len;
	char data[];
};
struct shared_body *shared_body_ref(struct shared_body *b);
void shared_body_unref(struct shared_body *b);	/* NULL is fine */

/* An answer: status, body and the headers that vary. */
struct http_response {
	int status;
	struct strbuf body;
	struct shared_body *shared;	/* when set, the body (body is empty); one reference */
	const char *content_type;	/* static string */
	const char *cache_control;	/* static string, or NULL */
	const char *allow;		/* for 405 */
	int www_authenticate;		/* for 401 */
	char etag[72];			/* "" or a quoted strong ETag */
};

void http_response_init(struct http_response *r);
void http_response_release(struct http_response *r);

/* The answers, in one error shape: {"ok": false, "error": "...", "status": N}. */
void http_error(struct http_response *r, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Put a JSON value as the body (consumes o). */
void http_json(struct http_response *r, int status, struct json_object *o);
/* Map a library error to a status: NOTFOUND 404, INPUT/USAGE 400, else 500. */
void http_error_from(struct http_response *r, const struct error *err);

#endif
