/* cache.c: an LRU of GET answers keyed by request and database generation. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "util.h"

struct cached {
	char *key;
	long long gen;
	char *body;
	size_t len;
	const char *content_type, *cache_control;
	char etag[72];
	unsigned long long used;	/* LRU tick */
};

struct response_cache {
	pthread_mutex_t lock;
	struct cached *v;
	size_t n, max_bytes;
	unsigned long long tick;
};

struct response_cache *response_cache_new(size_t entries, size_t max_bytes)
{
	struct response_cache *c = xcalloc(1, sizeof(*c));

	pthread_mutex_init(&c->lock, NULL);
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
		free(c->v[i].body);
	}
	free(c->v);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

int response_cache_get(struct response_cache *c, const char *key, long long gen, struct http_response *resp)
{
	size_t i;
	int hit = 0;

	pthread_mutex_lock(&c->lock);
	for (i = 0; i < c->n && !hit; i++) {
		struct cached *e = &c->v[i];

		if (!e->key || e->gen != gen || strcmp(e->key, key))
			continue;
		e->used = ++c->tick;
		strbuf_reset(&resp->body);
		strbuf_add(&resp->body, e->body, e->len);
		resp->status = 200;
		resp->content_type = e->content_type;
		resp->cache_control = e->cache_control;
		memcpy(resp->etag, e->etag, sizeof(resp->etag));
		hit = 1;
	}
	pthread_mutex_unlock(&c->lock);
	return hit;
}

void response_cache_put(struct response_cache *c, const char *key, long long gen, const struct http_response *resp)
{
	struct cached *victim = NULL;
	size_t i;

	if (resp->status != 200 || resp->body.len > c->max_bytes || !c->n)
		return;
	pthread_mutex_lock(&c->lock);
	for (i = 0; i < c->n; i++) {
		struct cached *e = &c->v[i];

		if (e->key && !strcmp(e->key, key)) {
			victim = e;	/* same request, older generation: replace */
			break;
		}
		if (!victim || !e->key || (victim->key && e->used < victim->used))
			victim = e;
	}
	free(victim->key);
	free(victim->body);
	victim->key = xstrdup(key);
	victim->gen = gen;
	victim->body = xmalloc(resp->body.len + 1);
	memcpy(victim->body, resp->body.buf, resp->body.len);
	victim->len = resp->body.len;
	victim->content_type = resp->content_type;
	victim->cache_control = resp->cache_control;
	memcpy(victim->etag, resp->etag, sizeof(victim->etag));
	victim->used = ++c->tick;
	pthread_mutex_unlock(&c->lock);
}
