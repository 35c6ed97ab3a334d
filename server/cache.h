/* cache.h: whole answers of GET routes, kept until the database's generation moves. */
#ifndef ABIDB_SERVER_CACHE_H
#define ABIDB_SERVER_CACHE_H

#include "server.h"

/*
 * A small LRU of answers (status 200 only) keyed by the request's path and
 * sorted query, valid for one store generation (store_generation()).  A
 * matrix costs tens of milliseconds to compute and the same bytes are asked
 * again and again, so a hit turns it into a copy.  Thread-safe.
 */
struct response_cache;

struct response_cache *response_cache_new(size_t entries, size_t max_bytes);
void response_cache_free(struct response_cache *c);

/* 1 and resp filled (body, type, cache control, ETag) on a hit; 0 on a miss. */
int response_cache_get(struct response_cache *c, const char *key, long long gen, struct http_response *resp);
void response_cache_put(struct response_cache *c, const char *key, long long gen, const struct http_response *resp);

#endif
