/* site.c: the served database: readers pooled, one writer, the answer cache, the generation, the base path. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "site.h"
#include "util.h"

struct site {
	struct server_config cfg;	/* strings below are owned copies */
	char *db_path, *base, *web;
	pthread_mutex_t pool_lock;
	struct store **pool;
	size_t npool, apool;
	pthread_mutex_t writer_lock;
	struct store *writer;		/* NULL when read-only */
	struct response_cache *cache;	/* answers of GET routes, see cache.h */
	pthread_mutex_t gen_lock;
	long long gen;			/* the store generation last read */
	struct timespec gen_at;		/* when; zero: read it again */
	int tasks;			/* requests and background recomputes in flight (atomic) */
};

/* How long a generation read from the database is trusted without asking again. */
#define GENERATION_TTL_NS 100000000LL

void server_config_init(struct server_config *c)
{
	memset(c, 0, sizeof(*c));
	c->db_path = "abidb.sqlite";
	c->listen = "127.0.0.1:8080";
	c->base_path = "";
	c->max_upload = SERVER_DEFAULT_MAX_UPLOAD;
	c->max_connections = SERVER_DEFAULT_MAX_CONNECTIONS;
	c->per_ip = SERVER_DEFAULT_PER_IP;
	c->timeout = SERVER_DEFAULT_TIMEOUT;
	c->request_timeout = SERVER_DEFAULT_REQUEST_TIMEOUT;
	c->threads = SERVER_DEFAULT_THREADS;
	c->header_timeout = SERVER_DEFAULT_HEADER_TIMEOUT;
}

const struct server_config *site_cfg(const struct site *s)
{
	return &s->cfg;
}

struct response_cache *site_cache(struct site *s)
{
	return s->cache;
}

int site_generation(struct site *s, long long *gen, struct error *err)
{
	struct store *st;
	struct timespec now;
	long long age;
	int fresh, rc;

	clock_gettime(CLOCK_MONOTONIC, &now);
	pthread_mutex_lock(&s->gen_lock);
	age = (now.tv_sec - s->gen_at.tv_sec) * 1000000000LL + (now.tv_nsec - s->gen_at.tv_nsec);
	fresh = (s->gen_at.tv_sec || s->gen_at.tv_nsec) && age < GENERATION_TTL_NS;
	*gen = s->gen;
	pthread_mutex_unlock(&s->gen_lock);
	if (fresh)
		return 0;
	st = site_reader(s, err);
	if (!st)
		return -1;
	rc = store_generation(st, gen, err);
	site_reader_put(s, st);
	if (rc)
		return -1;
	pthread_mutex_lock(&s->gen_lock);
	if (*gen >= s->gen) {
		s->gen = *gen;
		s->gen_at = now;
	}
	pthread_mutex_unlock(&s->gen_lock);
	return 0;
}

static void generation_moved(struct site *s)
{
	pthread_mutex_lock(&s->gen_lock);
	s->gen_at.tv_sec = s->gen_at.tv_nsec = 0;
	pthread_mutex_unlock(&s->gen_lock);
}

struct store *site_reader(struct site *s, struct error *err)
{
	struct store *st = NULL;

	pthread_mutex_lock(&s->pool_lock);
	if (s->npool)
		st = s->pool[--s->npool];
	pthread_mutex_unlock(&s->pool_lock);
	if (!st && store_open(&st, s->db_path, STORE_READONLY, err))
		return NULL;
	return st;
}

void site_reader_put(struct site *s, struct store *st)
{
	pthread_mutex_lock(&s->pool_lock);
	if (s->npool < s->cfg.max_connections + 1) {
		if (s->npool == s->apool) {
			s->apool = s->apool ? 2 * s->apool : 8;
			s->pool = xrealloc(s->pool, s->apool * sizeof(*s->pool));
		}
		s->pool[s->npool++] = st;
		st = NULL;
	}
	pthread_mutex_unlock(&s->pool_lock);
	store_close(st);
}

struct store *site_writer_lock(struct site *s)
{
	if (!s->writer)
		return NULL;
	pthread_mutex_lock(&s->writer_lock);
	return s->writer;
}

void site_writer_unlock(struct site *s)
{
	if (s->writer) {
		/* what was just written must show in the next answer */
		generation_moved(s);
		pthread_mutex_unlock(&s->writer_lock);
	}
}

/* "", or "/abi" from "/abi/" or "abi": '/'-separated plain names. */
static int norm_base(const char *in, char **out, struct error *err)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = in ? in : "";

	while (*p) {
		size_t n;

		while (*p == '/')
			p++;
		n = strcspn(p, "/");
		if (!n)
			break;
		if ((n == 1 && p[0] == '.') || (n == 2 && !strncmp(p, "..", 2))) {
			strbuf_release(&sb);
			return error_set(err, ERR_USAGE, "base path '%s' has a '.' or '..' segment", in);
		}
		strbuf_addch(&sb, '/');
		for (size_t i = 0; i < n; i++) {
			if (!isalnum((unsigned char)p[i]) && !strchr("-._~", p[i])) {
				strbuf_release(&sb);
				return error_set(err, ERR_USAGE, "base path '%s': only [A-Za-z0-9._~-] and '/'", in);
			}
			strbuf_addch(&sb, p[i]);
		}
		p += n;
	}
	*out = strbuf_detach(&sb, NULL);
	return 0;
}

int site_new(struct site **out, const struct server_config *c, struct error *err)
{
	struct site *s = xcalloc(1, sizeof(*s));
	struct store *st;

	*out = NULL;
	s->cfg = *c;
	pthread_mutex_init(&s->pool_lock, NULL);
	s->cache = response_cache_new(256, 64 << 20);
	pthread_mutex_init(&s->gen_lock, NULL);
	pthread_mutex_init(&s->writer_lock, NULL);
	s->db_path = xstrdup(c->db_path);
	s->cfg.db_path = s->db_path;
	if (norm_base(c->base_path, &s->base, err))
		goto fail;
	s->cfg.base_path = s->base;
	if (c->web_dir) {
		s->web = realpath(c->web_dir, NULL);
		if (!s->web || path_kind(s->web) != 1) {
			error_set(err, ERR_IO, "cannot use web folder '%s': %s", c->web_dir,
				  s->web ? "not a folder" : strerror(errno));
			goto fail;
		}
	}
	s->cfg.web_dir = s->web;
	if (!s->cfg.max_connections)
		s->cfg.max_connections = SERVER_DEFAULT_MAX_CONNECTIONS;
	if (!c->read_only) {
		/* the one writer: BEGIN IMMEDIATE, busy timeout, synchronous=FULL */
		if (store_open(&s->writer, s->db_path, STORE_DURABLE, err))
			goto fail;
	} else if (access(s->db_path, F_OK)) {
		error_set(err, ERR_IO, "no database '%s'", s->db_path);
		goto fail;
	}
	/* open one reader now: a database we cannot read is an error at start, not per request */
	if (!(st = site_reader(s, err)))
		goto fail;
	site_reader_put(s, st);
	*out = s;
	return 0;
fail:
	site_free(s);
	return -1;
}

void site_task_begin(struct site *s)
{
	__atomic_add_fetch(&s->tasks, 1, __ATOMIC_SEQ_CST);
}

void site_task_end(struct site *s)
{
	__atomic_sub_fetch(&s->tasks, 1, __ATOMIC_SEQ_CST);
}

int site_tasks(struct site *s)
{
	return __atomic_load_n(&s->tasks, __ATOMIC_SEQ_CST);
}

void site_free(struct site *s)
{
	size_t i;

	if (!s)
		return;
	/* background recomputes use the pool and the cache: let them end (bounded) */
	for (i = 0; site_tasks(s) > 0 && i < SITE_DRAIN_MS / 20; i++)
		usleep(20 * 1000);
	for (i = 0; i < s->npool; i++)
		store_close(s->pool[i]);
	free(s->pool);
	store_close(s->writer);
	pthread_mutex_destroy(&s->pool_lock);
	response_cache_free(s->cache);
	pthread_mutex_destroy(&s->gen_lock);
	pthread_mutex_destroy(&s->writer_lock);
	free(s->db_path);
	free(s->base);
	free(s->web);
	free(s);
}

int site_below_base(const struct site *s, const char *path, const char **rest)
{
	const char *base = site_cfg(s)->base_path;
	size_t n = strlen(base);

	if (!n) {
		*rest = path;
		return 0;
	}
	if (strncmp(path, base, n))
		return -1;
	if (path[n] == '\0') {
		*rest = "/";
		return 0;
	}
	if (path[n] != '/')
		return -1;
	*rest = path + n;
	return 0;
}
