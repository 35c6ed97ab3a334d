/* server.c: libmicrohttpd glue: threads, limits, the access log and a clean shutdown, around the router and the site. */
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
#include "guard.h"
#include "http.h"
#include "server.h"
#include "util.h"

struct server {
	struct site *site;	/* the database, its stores and answers */
	struct conn_guard *guard;	/* cuts trickling headers; NULL: off */
};

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

int server_new(struct server **out, const struct server_config *c, struct error *err)
{
	struct server *s = xcalloc(1, sizeof(*s));

	*out = NULL;
	if (site_new(&s->site, c, err)) {
		free(s);
		return -1;
	}
	*out = s;
	return 0;
}

void server_free(struct server *s)
{
	if (!s)
		return;
	site_free(s->site);
	free(s);
}

void server_handle_raw(struct server *s, const char *method, const char *url,
		       const struct http_kv *headers, size_t nheaders, const void *body, size_t len,
		       struct http_response *resp)
{
	router_handle_raw(s->site, method, url, headers, nheaders, body, len, resp);
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

static struct guard_slot *slot_of(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);

	return ci ? ci->socket_context : NULL;
}

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct conn_req *r = xcalloc(1, sizeof(*r));

	(void)c;
	r->srv = cls;
	clock_gettime(CLOCK_MONOTONIC, &r->start);
	strbuf_init(&r->body, 0);
	r->uri = xstrdup(uri ? uri : "");
	site_task_begin(r->srv->site);
	return r;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode why)
{
	struct conn_req *r = *con_cls;
	size_t q;

	if (!r)
		return;
	site_task_end(((struct server *)cls)->site);
	guard_request_done(((struct server *)cls)->guard, slot_of(c));
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

/* A connection opens or closes: the guard watches it while it waits for headers. */
static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			  enum MHD_ConnectionNotificationCode toe)
{
	struct server *s = cls;
	const union MHD_ConnectionInfo *ci;

	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		*socket_context = ci ? guard_started(s->guard, ci->connect_fd) : NULL;
	} else {
		guard_closed(s->guard, *socket_context);
		*socket_context = NULL;
	}
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
	if (site_cfg(s->site)->request_timeout && ms_since(&r->start) > site_cfg(s->site)->request_timeout * 1000.0)
		over = 1;
	if (!r->started) {
		r->started = 1;
		guard_headers_done(s->guard, slot_of(c));
		remote_of(c, r->remote, sizeof(r->remote));
		http_request_init(&r->req, method);
		free(r->req.path);
		r->req.path = xstrdup(url);
		MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, &r->req);
		MHD_get_connection_values(c, MHD_HEADER_KIND, add_header, &r->req);
		http_response_init(&resp);
		if (over) {
			http_error(&resp, 408, "request took longer than %u s", site_cfg(s->site)->request_timeout);
		} else if (http_uri_has_control(r->uri)) {
			/* libmicrohttpd hands values over as C strings: %00 would cut them */
			http_error(&resp, 400, "the request line has a control character (plain or percent-encoded)");
		} else if (!router_precheck(s->site, &r->req, &resp)) {
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
		if (over || r->body.len + *upload_data_size > site_cfg(s->site)->max_upload)
			return MHD_NO;	/* closes the connection */
		/* only routes that take a body keep it */
		if (r->req.route->flags & ROUTE_BODY)
			strbuf_add(&r->body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	http_response_init(&resp);
	if (over) {
		http_error(&resp, 408, "request took longer than %u s", site_cfg(s->site)->request_timeout);
	} else {
		r->req.body = r->body.buf;
		r->req.body_len = r->body.len;
		router_dispatch(s->site, &r->req, &resp);
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
	/*
	 * epoll with a pool of threads: an idle or trickling connection costs its
	 * buffer, not a thread, so a few slow clients cannot fill the server;
	 * handlers (which block on SQLite) run in the pool's threads.
	 */
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG |
			 MHD_USE_ITC;	/* for MHD_quiesce_daemon() */
	MHD_socket lsock;
	int waited;

	if (parse_listen(site_cfg(s->site)->listen, &ss, &sl, host, sizeof(host), &port, err))
		return -1;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	/* the threads libmicrohttpd starts inherit this mask: only sigwait() below sees the signals */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	s->guard = guard_new(site_cfg(s->site)->header_timeout);
	d = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, on_request, s,
			     MHD_OPTION_EXTERNAL_LOGGER, mhd_logger, NULL,
			     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned)site_cfg(s->site)->max_connections,
			     MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)site_cfg(s->site)->per_ip,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)site_cfg(s->site)->timeout,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SERVER_DEFAULT_CONN_MEMORY,
			     MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
			     MHD_OPTION_URI_LOG_CALLBACK, on_uri, s,
			     MHD_OPTION_NOTIFY_CONNECTION, on_connection, s,
			     MHD_OPTION_THREAD_POOL_SIZE, (unsigned)site_cfg(s->site)->threads,
			     MHD_OPTION_END);
	if (!d) {
		pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
		guard_free(s->guard);
		s->guard = NULL;
		return error_set(err, ERR_IO, "cannot listen on '%s': %s", site_cfg(s->site)->listen,
				 errno ? strerror(errno) : "libmicrohttpd failed to start");
	}
	di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	if (di)
		port = di->port;
	log_line("listening on http://%s%s%s:%u%s/", ss.ss_family == AF_INET6 ? "[" : "", host,
		 ss.ss_family == AF_INET6 ? "]" : "", port, site_cfg(s->site)->base_path);
	while (sigwait(&sigs, &sig) == 0 && sig != SIGINT && sig != SIGTERM)
		;
	/*
	 * A graceful stop: accept nothing new, let the requests in flight (an
	 * upload being stored, say) finish and answer, then close what is left
	 * (idle keep-alive connections).  Bounded, so a slow client cannot hold it.
	 */
	log_line("serve: %s: shutting down, %d request(s) in flight", sig == SIGINT ? "SIGINT" : "SIGTERM",
		 site_tasks(s->site));
	lsock = MHD_quiesce_daemon(d);
	if (lsock != MHD_INVALID_SOCKET)
		close(lsock);
	for (waited = 0; site_tasks(s->site) > 0 && waited < SITE_DRAIN_MS; waited += 20)
		usleep(20 * 1000);
	MHD_stop_daemon(d);
	if (guard_cut(s->guard))
		log_line("serve: %lu connection(s) cut for slow headers", guard_cut(s->guard));
	guard_free(s->guard);
	s->guard = NULL;
	pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
	return 0;
}
