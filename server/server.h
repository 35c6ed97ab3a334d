/* server.h: abidb serve: the HTTP front end, with a socket-less entry point for tests. */
#ifndef ABIDB_SERVER_H
#define ABIDB_SERVER_H

#include <stddef.h>

#include "error.h"
#include "request.h"
#include "site.h"

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
