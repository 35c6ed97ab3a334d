/* site.h: one served database: the configuration, the reader pool, the one writer, the answer cache and the generation. */
#ifndef ABIDB_SITE_H
#define ABIDB_SITE_H

#include <stddef.h>

#include "error.h"
#include "store.h"

/* Defaults, documented in docs/api.md ("Limits"). */
#define SERVER_DEFAULT_MAX_UPLOAD (64u << 20)	/* bytes on the wire */
#define SERVER_DEFAULT_MAX_CONNECTIONS 1024	/* epoll: an idle connection costs its buffer, not a thread */
#define SERVER_DEFAULT_THREADS 8		/* libmicrohttpd thread pool (handlers block on SQLite) */
#define SERVER_DEFAULT_HEADER_TIMEOUT 10	/* seconds to deliver request headers (slowloris) */
#define SERVER_DEFAULT_PER_IP 64	/* behind a reverse proxy every client is one address */
#define SERVER_DEFAULT_TIMEOUT 30		/* seconds of inactivity */
#define SERVER_DEFAULT_REQUEST_TIMEOUT 120	/* seconds for a whole request */
#define SERVER_DEFAULT_CONN_MEMORY (64u << 10)	/* libmicrohttpd buffer per connection */
#define SERVER_MAX_INFLATED (64u << 20)	/* an upload may inflate (gzip) to 64 MiB at most */

struct server_config {
	const char *db_path;
	const char *listen;		/* "127.0.0.1:8080", "[::1]:0", ":8080" */
	const char *base_path;		/* "" or "/abi" (no trailing slash) */
	const char *web_dir;		/* NULL: no static files */
	int read_only;
	size_t max_upload;
	unsigned max_connections, per_ip, timeout, request_timeout;
	unsigned threads, header_timeout;
};

void server_config_init(struct server_config *c);

/*
 * A site is what the router and the handlers run against; it knows nothing
 * of sockets or routes.  All its functions are thread-safe.
 */
struct site;
struct response_cache;

/*
 * Check the configuration and open the stores (a writer unless read-only, and
 * one reader now: a database we cannot read is an error at start, not per
 * request).  The site keeps its own copies of the configuration's strings.
 */
int site_new(struct site **out, const struct server_config *c, struct error *err);
/* Waits (30 s at most) for the tasks below to end before it frees. */
void site_free(struct site *s);

/*
 * Work in flight against the site: requests being answered, background
 * recomputes.  A graceful stop waits until none is left (site_tasks()).
 */
void site_task_begin(struct site *s);
void site_task_end(struct site *s);
int site_tasks(struct site *s);
#define SITE_DRAIN_MS 30000	/* how long a stop waits for them */

/* The configuration, with base_path normalized ("" or "/abi") and web_dir absolute. */
const struct server_config *site_cfg(const struct site *s);
struct response_cache *site_cache(struct site *s);

/* Readers from a pool (one connection in use by one thread at a time). */
struct store *site_reader(struct site *s, struct error *err);
void site_reader_put(struct site *s, struct store *st);
/* The one writer, locked; NULL when read-only.  Unlocking makes the next answers see the write. */
struct store *site_writer_lock(struct site *s);
void site_writer_unlock(struct site *s);

/*
 * The store generation (cache key of answers): read from the database at
 * most every 100 ms, and at once after this site's writer wrote.
 * Writes by other processes (a CLI import) show within 100 ms.
 */
int site_generation(struct site *s, long long *gen, struct error *err);

/* Strip the base path; 0 and *rest when path is below it, -1 when not. */
int site_below_base(const struct site *s, const char *path, const char **rest);

#endif
