/* server.h: abidb serve: the HTTP front end, with a socket-less entry point for tests. */
#ifndef ABIDB_SERVER_H
#define ABIDB_SERVER_H

#include <stddef.h>

#include "error.h"
#include "strbuf.h"

/* Defaults, documented in docs/api.md ("Limits"). */
#define SERVER_DEFAULT_MAX_UPLOAD (64u << 20)	/* bytes on the wire */
#define SERVER_DEFAULT_MAX_CONNECTIONS 128
#define SERVER_DEFAULT_PER_IP 64	/* behind a reverse proxy every client is one address */
#define SERVER_DEFAULT_TIMEOUT 30		/* seconds of inactivity */
#define SERVER_DEFAULT_REQUEST_TIMEOUT 120	/* seconds for a whole request */
#define SERVER_DEFAULT_CONN_MEMORY (64u << 10)	/* libmicrohttpd buffer per connection */
#define SERVER_GUNZIP_FACTOR 16			/* an upload may inflate to 16x its size */

struct server_config {
	const char *db_path;
	const char *listen;		/* "127.0.0.1:8080", "[::1]:0", ":8080" */
	const char *base_path;		/* "" or "/abi" (no trailing slash) */
	const char *web_dir;		/* NULL: no static files */
	int read_only;
	size_t max_upload;
	unsigned max_connections, per_ip, timeout, request_timeout;
};

void server_config_init(struct server_config *c);

struct server;

/*
 * Open the stores (a writer unless read-only; readers are opened on demand
 * and pooled) and check the configuration.  Nothing listens yet.
 */
int server_new(struct server **out, const struct server_config *c, struct error *err);
void server_free(struct server *s);

/*
 * Listen, print "listening on http://HOST:PORT/BASE/" on stderr, serve until
 * SIGINT or SIGTERM, then stop cleanly.  Returns 0, or -1 with err filled.
 */
int server_run(struct server *s, struct error *err);

/* One header or query parameter. */
struct http_kv {
	char *name, *value;
};

/* An answer: status, body and the headers that vary. */
/* Bytes several answers send at once (a cached answer): reference counted. */
struct shared_body {
	int refs;		/* atomic */
	size_t len;
	char data[];
};
struct shared_body *shared_body_ref(struct shared_body *b);
void shared_body_unref(struct shared_body *b);

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

/*
 * The whole request path without sockets, as cgit's tests call cgit: `url` is
 * the request target as sent ("/abi/api/v1/diff?a=1&b=2"), headers are
 * name/value pairs (names compared without case), body may be NULL.  Fills
 * resp; never fails (errors become error responses).
 */
void server_handle_raw(struct server *s, const char *method, const char *url,
		       const struct http_kv *headers, size_t nheaders, const void *body, size_t len,
		       struct http_response *resp);

#endif
