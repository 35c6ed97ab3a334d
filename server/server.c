/* server.c: libmicrohttpd glue: threads, limits, stores, the access log and a clean shutdown. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "http.h"
#include "util.h"

struct server {
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
	int inflight;			/* requests begun and not completed (atomic) */
};

/* How long a stop waits for requests in flight before it closes their connections. */
#define SERVER_DRAIN_MS 30000

/* How long a generation read from the database is trusted without asking again. */
#define GENERATION_TTL_NS 100000000LL

/* Per-request state: made by the URI logger, freed by the completed callback. */
struct conn_req {
	struct server *srv;
	struct timespec start;
	struct http_request req;
	struct strbuf body;
	struct shared_body *sent;	/* a cached answer being sent: released when the request completes */
	int started, answered, status;
	size_t bytes;
	char remote[INET6_ADDRSTRLEN + 8];
	char *uri;
};

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
}

const struct server_config *server_cfg(const struct server *s)
{
	return &s->cfg;
}

struct response_cache *server_cache(struct server *s)
{
	return s->cache;
}

void server_task_begin(struct server *s)
{
	__atomic_add_fetch(&s->inflight, 1, __ATOMIC_SEQ_CST);
}

void server_task_end(struct server *s)
{
	__atomic_sub_fetch(&s->inflight, 1, __ATOMIC_SEQ_CST);
}

int server_generation(struct server *s, long long *gen, struct error *err)
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
	st = server_reader(s, err);
	if (!st)
		return -1;
	rc = store_generation(st, gen, err);
	server_reader_put(s, st);
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

static void generation_moved(struct server *s)
{
	pthread_mutex_lock(&s->gen_lock);
	s->gen_at.tv_sec = s->gen_at.tv_nsec = 0;
	pthread_mutex_unlock(&s->gen_lock);
}

/* --- stores -------------------------------------------------------------- */

struct store *server_reader(struct server *s, struct error *err)
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

void server_reader_put(struct server *s, struct store *st)
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

struct store *server_writer_lock(struct server *s)
{
	if (!s->writer)
		return NULL;
	pthread_mutex_lock(&s->writer_lock);
	return s->writer;
}

void server_writer_unlock(struct server *s)
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

int server_new(struct server **out, const struct server_config *c, struct error *err)
{
	struct server *s = xcalloc(1, sizeof(*s));
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
	if (!(st = server_reader(s, err)))
		goto fail;
	server_reader_put(s, st);
	*out = s;
	return 0;
fail:
	server_free(s);
	return -1;
}

void server_free(struct server *s)
{
	size_t i;

	if (!s)
		return;
	/* background recomputes use the pool and the cache: let them end (bounded) */
	for (i = 0; __atomic_load_n(&s->inflight, __ATOMIC_SEQ_CST) > 0 && i < SERVER_DRAIN_MS / 20; i++)
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

/* --- libmicrohttpd callbacks -------------------------------------------- */

static double ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1e3 + (now.tv_nsec - t->tv_nsec) / 1e6;
}

static void log_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* One write(2) per line, so lines from several threads never mix. */
static void log_line(const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n > sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (write(STDERR_FILENO, buf, n) < 0)
		return;
}

static void mhd_logger(void *cls, const char *fmt, va_list ap)
{
	char msg[1024];
	size_t n;

	(void)cls;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	n = strlen(msg);
	while (n && msg[n - 1] == '\n')
		msg[--n] = '\0';
	log_line("serve: %s", msg);
}

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct conn_req *r = xcalloc(1, sizeof(*r));

	(void)c;
	r->srv = cls;
	clock_gettime(CLOCK_MONOTONIC, &r->start);
	strbuf_init(&r->body, 0);
	r->uri = xstrdup(uri ? uri : "");
	__atomic_add_fetch(&r->srv->inflight, 1, __ATOMIC_SEQ_CST);
	return r;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode why)
{
	struct conn_req *r = *con_cls;
	size_t q;

	(void)c;
	if (!r)
		return;
	__atomic_sub_fetch(&((struct server *)cls)->inflight, 1, __ATOMIC_SEQ_CST);
	q = strcspn(r->uri, "?");
	if (r->answered)
		log_line("%s %s %.*s %d %zu %.1fms", r->remote, r->req.method ? r->req.method : "-",
			 (int)(q > 512 ? 512 : q), r->uri, r->status, r->bytes, ms_since(&r->start));
	else
		log_line("%s %s %.*s - 0 %.1fms (%s)", r->remote, r->req.method ? r->req.method : "-",
			 (int)(q > 512 ? 512 : q), r->uri, ms_since(&r->start),
			 why == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED ? "timeout" : "aborted");
	http_request_release(&r->req);
	strbuf_release(&r->body);
	shared_body_unref(r->sent);
	free(r->uri);
	free(r);
	*con_cls = NULL;
}

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	(void)kind;
	if (k)
		http_request_add_arg(cls, k, v);
	return MHD_YES;
}

static enum MHD_Result add_header(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	(void)kind;
	if (k)
		http_request_add_header(cls, k, v);
	return MHD_YES;
}

static enum MHD_Result answer(struct MHD_Connection *c, struct conn_req *r, struct http_response *resp)
{
	struct MHD_Response *m;
	size_t len;
	enum MHD_Result ret;

	if (resp->shared) {
		/* the cache's bytes, without a copy; held until the request completes */
		len = resp->shared->len;
		m = MHD_create_response_from_buffer(len, resp->shared->data, MHD_RESPMEM_PERSISTENT);
		if (!m)
			return MHD_NO;
		shared_body_unref(r->sent);
		r->sent = resp->shared;
		resp->shared = NULL;
	} else {
		char *buf = strbuf_detach(&resp->body, &len);

		m = MHD_create_response_from_buffer(len, buf, MHD_RESPMEM_MUST_FREE);
		if (!m) {
			free(buf);
			return MHD_NO;
		}
	}
	if (resp->status != 304 || len)
		MHD_add_response_header(m, MHD_HTTP_HEADER_CONTENT_TYPE, resp->content_type);
	MHD_add_response_header(m, "X-Content-Type-Options", "nosniff");
	if (resp->cache_control)
		MHD_add_response_header(m, MHD_HTTP_HEADER_CACHE_CONTROL, resp->cache_control);
	if (resp->etag[0])
		MHD_add_response_header(m, MHD_HTTP_HEADER_ETAG, resp->etag);
	if (resp->allow)
		MHD_add_response_header(m, MHD_HTTP_HEADER_ALLOW, resp->allow);
	if (resp->www_authenticate)
		MHD_add_response_header(m, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer realm=\"abidb\"");
	ret = MHD_queue_response(c, resp->status, m);
	MHD_destroy_response(m);
	r->answered = 1;
	r->status = resp->status;
	r->bytes = len;
	return ret;
}

static void remote_of(struct MHD_Connection *c, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	snprintf(out, n, "-");
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, out, n);
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, out, n);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
				  const char *version, const char *upload_data, size_t *upload_data_size,
				  void **con_cls)
{
	struct server *s = cls;
	struct conn_req *r = *con_cls;
	struct http_response resp;
	enum MHD_Result ret;
	int over = 0;

	(void)version;
	if (!r)
		*con_cls = r = on_uri(s, url, c);
	/* the inactivity timeout does not bound a slow client: this does */
	if (s->cfg.request_timeout && ms_since(&r->start) > s->cfg.request_timeout * 1000.0)
		over = 1;
	if (!r->started) {
		r->started = 1;
		remote_of(c, r->remote, sizeof(r->remote));
		http_request_init(&r->req, method);
		free(r->req.path);
		r->req.path = xstrdup(url);
		MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, &r->req);
		MHD_get_connection_values(c, MHD_HEADER_KIND, add_header, &r->req);
		http_response_init(&resp);
		if (over) {
			http_error(&resp, 408, "request took longer than %u s", s->cfg.request_timeout);
		} else if (http_uri_has_control(r->uri)) {
			/* libmicrohttpd hands values over as C strings: %00 would cut them */
			http_error(&resp, 400, "the request line has a control character (plain or percent-encoded)");
		} else if (!server_precheck(s, &r->req, &resp)) {
			/*
			 * Answer on the last call: a response queued before the
			 * request is read costs the keep-alive connection.  The
			 * first call is for early refusals (401/403/411/413/415),
			 * which then go out before any body is sent.
			 */
			http_response_release(&resp);
			return MHD_YES;
		}
		ret = answer(c, r, &resp);
		http_response_release(&resp);
		return ret;
	}
	if (r->answered)
		return MHD_YES;	/* a body after an early answer: libmicrohttpd drops it */
	if (*upload_data_size) {
		if (over || r->body.len + *upload_data_size > s->cfg.max_upload)
			return MHD_NO;	/* closes the connection */
		/* only routes that take a body keep it */
		if (r->req.route->flags & ROUTE_BODY)
			strbuf_add(&r->body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	http_response_init(&resp);
	if (over) {
		http_error(&resp, 408, "request took longer than %u s", s->cfg.request_timeout);
	} else {
		r->req.body = r->body.buf;
		r->req.body_len = r->body.len;
		server_dispatch(s, &r->req, &resp);
	}
	ret = answer(c, r, &resp);
	http_response_release(&resp);
	return ret;
}

/* --- running ------------------------------------------------------------- */

static int parse_listen(const char *spec, struct sockaddr_storage *ss, socklen_t *sl, char *host, size_t hn,
			unsigned *port, struct error *err)
{
	struct addrinfo hints, *ai = NULL;
	const char *colon, *h = spec;
	size_t n;
	char *end;
	long p;
	int rc;

	if (*spec == '[') {
		const char *close = strchr(spec, ']');

		if (!close || close[1] != ':')
			return error_set(err, ERR_USAGE, "bad --listen '%s': expected [ADDR]:PORT", spec);
		h = spec + 1;
		n = close - h;
		colon = close + 1;
	} else {
		colon = strrchr(spec, ':');
		if (!colon)
			return error_set(err, ERR_USAGE, "bad --listen '%s': expected HOST:PORT", spec);
		n = colon - spec;
	}
	p = strtol(colon + 1, &end, 10);
	if (!colon[1] || *end || p < 0 || p > 65535)
		return error_set(err, ERR_USAGE, "bad --listen '%s': port must be 0 to 65535", spec);
	snprintf(host, hn, "%.*s", (int)n, n ? h : "0.0.0.0");
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	if ((rc = getaddrinfo(host, NULL, &hints, &ai)) || !ai)
		return error_set(err, ERR_USAGE, "bad --listen '%s': %s", spec, gai_strerror(rc));
	memcpy(ss, ai->ai_addr, ai->ai_addrlen);
	*sl = ai->ai_addrlen;
	freeaddrinfo(ai);
	if (ss->ss_family == AF_INET)
		((struct sockaddr_in *)ss)->sin_port = htons((unsigned short)p);
	else
		((struct sockaddr_in6 *)ss)->sin6_port = htons((unsigned short)p);
	*port = (unsigned)p;
	return 0;
}

int server_run(struct server *s, struct error *err)
{
	struct sockaddr_storage ss;
	socklen_t sl;
	char host[256];
	unsigned port = 0;
	struct MHD_Daemon *d;
	const union MHD_DaemonInfo *di;
	sigset_t sigs;
	int sig = 0;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG |
			 MHD_USE_ITC;	/* for MHD_quiesce_daemon() */
	MHD_socket lsock;
	int waited;

	if (parse_listen(s->cfg.listen, &ss, &sl, host, sizeof(host), &port, err))
		return -1;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	/* the threads libmicrohttpd starts inherit this mask: only sigwait() below sees the signals */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, on_request, s,
			     MHD_OPTION_EXTERNAL_LOGGER, mhd_logger, NULL,
			     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned)s->cfg.max_connections,
			     MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)s->cfg.per_ip,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)s->cfg.timeout,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SERVER_DEFAULT_CONN_MEMORY,
			     MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
			     MHD_OPTION_URI_LOG_CALLBACK, on_uri, s,
			     MHD_OPTION_END);
	if (!d) {
		pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
		return error_set(err, ERR_IO, "cannot listen on '%s': %s", s->cfg.listen,
				 errno ? strerror(errno) : "libmicrohttpd failed to start");
	}
	di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	if (di)
		port = di->port;
	log_line("listening on http://%s%s%s:%u%s/", ss.ss_family == AF_INET6 ? "[" : "", host,
		 ss.ss_family == AF_INET6 ? "]" : "", port, s->base);
	while (sigwait(&sigs, &sig) == 0 && sig != SIGINT && sig != SIGTERM)
		;
	/*
	 * A graceful stop: accept nothing new, let the requests in flight (an
	 * upload being stored, say) finish and answer, then close what is left
	 * (idle keep-alive connections).  Bounded, so a slow client cannot hold it.
	 */
	log_line("serve: %s: shutting down, %d request(s) in flight", sig == SIGINT ? "SIGINT" : "SIGTERM",
		 __atomic_load_n(&s->inflight, __ATOMIC_SEQ_CST));
	lsock = MHD_quiesce_daemon(d);
	if (lsock != MHD_INVALID_SOCKET)
		close(lsock);
	for (waited = 0; __atomic_load_n(&s->inflight, __ATOMIC_SEQ_CST) > 0 && waited < SERVER_DRAIN_MS; waited += 20)
		usleep(20 * 1000);
	MHD_stop_daemon(d);
	pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
	return 0;
}
