/* cache.h: whole answers of GET routes, kept until the database's generation moves. */
#ifndef ABIDB_SERVER_CACHE_H
#define ABIDB_SERVER_CACHE_H

#include "request.h"

/*
 * A small LRU of answers (status 200 only) keyed by the request's path and
 * sorted query, each valid for one store generation (store_generation()).
 * A matrix costs tens of milliseconds to compute and the same bytes are
 * asked again and again, so a hit is a copy.  Thread-safe.
 *
 * When the generation moves (an upload), the first request after it
 * recomputes the answer (so a client reads its own writes), and requests
 * arriving meanwhile are served the previous answer, or wait for that one
 * computation when there is none: an answer is never computed twice at once.
 */
struct response_cache;

struct response_cache *response_cache_new(size_t entries, size_t max_bytes);
void response_cache_free(struct response_cache *c);

enum cache_lookup {
	CACHE_HIT,		/* resp holds the answer (maybe of an older generation: *stale set) */
	CACHE_COMPUTE,		/* the caller computes it, then response_cache_put() or _abandon() */
};

enum cache_lookup response_cache_get(struct response_cache *c, const char *key, long long gen,
				     struct http_response *resp, int *stale);
void response_cache_put(struct response_cache *c, const char *key, long long gen, const struct http_response *resp);
/* The caller of CACHE_COMPUTE could not produce a cacheable answer. */
void response_cache_abandon(struct response_cache *c, const char *key);

#endif
