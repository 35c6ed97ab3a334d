/* guard.h: cut connections that do not finish their request headers in time (slowloris). */
#ifndef ABIDB_SERVER_GUARD_H
#define ABIDB_SERVER_GUARD_H

/*
 * libmicrohttpd's timeout measures inactivity only: a client sending one
 * byte a second keeps its connection for ever.  The guard keeps every open
 * connection's socket and when it began waiting for a request; a sweeper
 * thread shuts down (shutdown(2), libmicrohttpd then closes it as a client
 * hang-up) the sockets that have not delivered complete headers within
 * `header_timeout` seconds.  An idle keep-alive connection waits for its
 * next request under the same bound.  Thread-safe.
 */
struct conn_guard;
struct guard_slot;

struct conn_guard *guard_new(unsigned header_timeout);	/* 0: no guard (NULL) */
void guard_free(struct conn_guard *g);			/* NULL is fine */

struct guard_slot *guard_started(struct conn_guard *g, int fd);	/* a connection opened */
void guard_closed(struct conn_guard *g, struct guard_slot *s);	/* it closed (s may be NULL) */
void guard_headers_done(struct conn_guard *g, struct guard_slot *s);	/* a request's headers are in */
void guard_request_done(struct conn_guard *g, struct guard_slot *s);	/* answered: wait for the next */

/* Connections cut so far (for the log and tests). */
unsigned long guard_cut(struct conn_guard *g);

#endif
