/* guard.c: a registry of open connections and a sweeper that cuts those whose headers trickle. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "guard.h"
#include "util.h"

struct guard_slot {
	struct guard_slot *prev, *next;
	int fd;
	int waiting;			/* for request headers */
	struct timespec since;		/* when it began waiting */
};

struct conn_guard {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t sweeper;
	struct guard_slot *head;
	unsigned timeout_ms;
	int stop;
	unsigned long cut;
};

static long long ms_between(const struct timespec *a, const struct timespec *b)
{
	return (long long)(b->tv_sec - a->tv_sec) * 1000 + (b->tv_nsec - a->tv_nsec) / 1000000;
}

static void *sweep(void *arg)
{
	struct conn_guard *g = arg;
	struct guard_slot *s;
	struct timespec now, until;

	pthread_mutex_lock(&g->lock);
	while (!g->stop) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		for (s = g->head; s; s = s->next)
			if (s->waiting && s->fd >= 0 && ms_between(&s->since, &now) > g->timeout_ms) {
				/* the fd stays open until libmicrohttpd closes it (after guard_closed) */
				shutdown(s->fd, SHUT_RDWR);
				s->waiting = 0;
				g->cut++;
			}
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 250 * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&g->wake, &g->lock, &until);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

struct conn_guard *guard_new(unsigned header_timeout)
{
	struct conn_guard *g;

	if (!header_timeout)
		return NULL;
	g = xcalloc(1, sizeof(*g));
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->wake, NULL);
	g->timeout_ms = header_timeout * 1000;
	if (pthread_create(&g->sweeper, NULL, sweep, g)) {
		pthread_cond_destroy(&g->wake);
		pthread_mutex_destroy(&g->lock);
		free(g);
		return NULL;
	}
	return g;
}

void guard_free(struct conn_guard *g)
{
	struct guard_slot *s, *next;

	if (!g)
		return;
	pthread_mutex_lock(&g->lock);
	g->stop = 1;
	pthread_cond_signal(&g->wake);
	pthread_mutex_unlock(&g->lock);
	pthread_join(g->sweeper, NULL);
	for (s = g->head; s; s = next) {
		next = s->next;
		free(s);
	}
	pthread_cond_destroy(&g->wake);
	pthread_mutex_destroy(&g->lock);
	free(g);
}

struct guard_slot *guard_started(struct conn_guard *g, int fd)
{
	struct guard_slot *s;

	if (!g)
		return NULL;
	s = xcalloc(1, sizeof(*s));
	s->fd = fd;
	s->waiting = 1;
	clock_gettime(CLOCK_MONOTONIC, &s->since);
	pthread_mutex_lock(&g->lock);
	s->next = g->head;
	if (g->head)
		g->head->prev = s;
	g->head = s;
	pthread_mutex_unlock(&g->lock);
	return s;
}

void guard_closed(struct conn_guard *g, struct guard_slot *s)
{
	if (!g || !s)
		return;
	pthread_mutex_lock(&g->lock);
	if (s->prev)
		s->prev->next = s->next;
	else
		g->head = s->next;
	if (s->next)
		s->next->prev = s->prev;
	pthread_mutex_unlock(&g->lock);
	free(s);
}

static void set_waiting(struct conn_guard *g, struct guard_slot *s, int waiting)
{
	if (!g || !s)
		return;
	pthread_mutex_lock(&g->lock);
	s->waiting = waiting;
	clock_gettime(CLOCK_MONOTONIC, &s->since);
	pthread_mutex_unlock(&g->lock);
}

void guard_headers_done(struct conn_guard *g, struct guard_slot *s)
{
	set_waiting(g, s, 0);
}

void guard_request_done(struct conn_guard *g, struct guard_slot *s)
{
	set_waiting(g, s, 1);
}

unsigned long guard_cut(struct conn_guard *g)
{
	unsigned long n;

	if (!g)
		return 0;
	pthread_mutex_lock(&g->lock);
	n = g->cut;
	pthread_mutex_unlock(&g->lock);
	return n;
}
