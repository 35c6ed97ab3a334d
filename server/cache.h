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
 * When the generation moves (an upload), readers are served the previous
 * answer while one recompute runs in the background (CACHE_REFRESH), so a
 * reader never waits for a writer.  A client that must read its own write
 * names the generation it needs (`need`, from the upload's answer): it gets
 * an answer at least that new, and waits for the recompute if it must.  With
 * no previous answer, the first caller computes and the others wait for that
 * one computation: an answer is never computed twice at once.
 */
struct response_cache;

struct response_cache *response_cache_new(size_t entries, size_t max_bytes);
void response_cache_free(struct response_cache *c);

enum cache_lookup {
	CACHE_HIT,		/* resp holds the answer (maybe of an older generation: *stale set) */
	CACHE_COMPUTE,		/* the caller computes it, then response_cache_put() or _abandon() */
	CACHE_REFRESH,		/* resp holds the previous answer (*stale set), and the caller owns
				   its recompute: put() or abandon() later, from the background */
};

/* `need`: the oldest generation the client accepts (0: any previous answer will do). */
enum cache_lookup response_cache_get(struct response_cache *c, const char *key, long long gen, long long need,
				     struct http_response *resp, int *stale);
void response_cache_put(struct response_cache *c, const char *key, long long gen, const struct http_response *resp);
/* The caller of CACHE_COMPUTE could not produce a cacheable answer. */
void response_cache_abandon(struct response_cache *c, const char *key);

#endif
