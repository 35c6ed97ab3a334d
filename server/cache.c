/* cache.c: an LRU of GET answers keyed by request and database generation, computed once at a time. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "util.h"

struct cached {
	char *key;
	long long gen;
	struct shared_body *body;	/* one reference; answers in flight hold others */
	const char *content_type, *cache_control;
	char etag[72];
	unsigned long long used;	/* LRU tick */
};

#define MAX_INFLIGHT 64

struct response_cache {
	pthread_mutex_t lock;
	pthread_cond_t done;		/* an in-flight answer was put or abandoned */
	struct cached *v;
	size_t n, max_bytes;
	unsigned long long tick;
	char *inflight[MAX_INFLIGHT];	/* keys being computed now */
};

struct response_cache *response_cache_new(size_t entries, size_t max_bytes)
{
	struct response_cache *c = xcalloc(1, sizeof(*c));

	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->done, NULL);
	c->n = entries;
	c->max_bytes = max_bytes;
	c->v = xcalloc(entries ? entries : 1, sizeof(*c->v));
	return c;
}

void response_cache_free(struct response_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->v[i].key);
		shared_body_unref(c->v[i].body);
	}
	for (i = 0; i < MAX_INFLIGHT; i++)
		free(c->inflight[i]);
	free(c->v);
	pthread_cond_destroy(&c->done);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

static struct cached *find(struct response_cache *c, const char *key)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->v[i].key && !strcmp(c->v[i].key, key))
			return &c->v[i];
	return NULL;
}

static int inflight_index(struct response_cache *c, const char *key)
{
	int i;

	for (i = 0; i < MAX_INFLIGHT; i++)
		if (c->inflight[i] && !strcmp(c->inflight[i], key))
			return i;
	return -1;
}

static void copy_out(struct response_cache *c, struct cached *e, struct http_response *resp)
{
	e->used = ++c->tick;
	/* no copy: the answer goes out from the cached bytes */
	strbuf_reset(&resp->body);
	shared_body_unref(resp->shared);
	resp->shared = shared_body_ref(e->body);
	resp->status = 200;
	resp->content_type = e->content_type;
	resp->cache_control = e->cache_control;
	memcpy(resp->etag, e->etag, sizeof(resp->etag));
}

enum cache_lookup response_cache_get(struct response_cache *c, const char *key, long long gen, long long need,
				     struct http_response *resp, int *stale)
{
	enum cache_lookup ret = CACHE_COMPUTE;
	struct cached *e;
	int i;

	*stale = 0;
	pthread_mutex_lock(&c->lock);
	for (;;) {
		e = find(c, key);
		if (e && e->gen == gen) {
			copy_out(c, e, resp);
			ret = CACHE_HIT;
			break;
		}
		if (inflight_index(c, key) < 0) {
			/* nobody computes it: this caller has it done */
			for (i = 0; i < MAX_INFLIGHT && c->inflight[i]; i++)
				;
			if (i < MAX_INFLIGHT)
				c->inflight[i] = xstrdup(key);
			if (i < MAX_INFLIGHT && e && e->gen < gen && e->gen >= need) {
				/* in the background, and this caller is served the previous answer */
				copy_out(c, e, resp);
				*stale = 1;
				ret = CACHE_REFRESH;
			}
			break;
		}
		if (e && e->gen < gen && e->gen >= need) {
			/* someone recomputes it: serve the previous answer meanwhile */
			copy_out(c, e, resp);
			*stale = 1;
			ret = CACHE_HIT;
			break;
		}
		pthread_cond_wait(&c->done, &c->lock);
	}
	pthread_mutex_unlock(&c->lock);
	return ret;
}

static void inflight_done(struct response_cache *c, const char *key)
{
	int i = inflight_index(c, key);

	if (i >= 0) {
		free(c->inflight[i]);
		c->inflight[i] = NULL;
	}
	pthread_cond_broadcast(&c->done);
}

void response_cache_abandon(struct response_cache *c, const char *key)
{
	pthread_mutex_lock(&c->lock);
	inflight_done(c, key);
	pthread_mutex_unlock(&c->lock);
}

void response_cache_put(struct response_cache *c, const char *key, long long gen, const struct http_response *resp)
{
	struct cached *victim;
	size_t i;

	pthread_mutex_lock(&c->lock);
	if (resp->status != 200 || resp->body.len > c->max_bytes || !c->n)
		goto out;
	victim = find(c, key);
	if (victim && victim->gen > gen)
		goto out;	/* a newer answer is there already */
	if (!victim) {
		/* an empty slot, else the least recently used */
		victim = &c->v[0];
		for (i = 0; i < c->n; i++) {
			if (!c->v[i].key) {
				victim = &c->v[i];
				break;
			}
			if (c->v[i].used < victim->used)
				victim = &c->v[i];
		}
	}
	free(victim->key);
	shared_body_unref(victim->body);
	victim->key = xstrdup(key);
	victim->gen = gen;
	victim->body = xmalloc(sizeof(*victim->body) + resp->body.len + 1);
	victim->body->refs = 1;
	victim->body->len = resp->body.len;
	memcpy(victim->body->data, resp->body.buf, resp->body.len);
	victim->content_type = resp->content_type;
	victim->cache_control = resp->cache_control;
	memcpy(victim->etag, resp->etag, sizeof(victim->etag));
	victim->used = ++c->tick;
out:
	inflight_done(c, key);
	pthread_mutex_unlock(&c->lock);
}
