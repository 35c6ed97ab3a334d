/* qmp.h: a small, synchronous QMP client over a unix socket, for abidb collect. */
#ifndef ABIDB_QMP_H
#define ABIDB_QMP_H

#include <json-c/json.h>

#include "error.h"

struct qmp;

/*
 * Connect to the QMP server listening on the unix socket `path`, read the
 * greeting and negotiate capabilities (qmp_capabilities).  Every wait is
 * bounded by `deadline_ms` (a CLOCK_MONOTONIC time from qmp_now_ms());
 * past it the call fails with "timed out".  The connection attempt is made
 * once: a caller waiting for a server to come up retries.
 */
int qmp_connect(struct qmp **out, const char *path, long long deadline_ms, struct error *err);

/*
 * Execute `cmd` with `args` (NULL for none; the reference is not taken)
 * and wait for its reply, skipping asynchronous events.  On success
 * *reply is the reply object as QEMU sent it: {"return": ...} or, when
 * the command itself failed, {"error": {"class": ..., "desc": ...}}; the
 * caller owns it.  Returns -1 only when the conversation failed (I/O,
 * timeout, QEMU gone, malformed reply); the message names `what` (NULL:
 * the command): "qmp: qom-get /machine/q35/x failed: timed out waiting for QEMU".
 */
int qmp_execute(struct qmp *q, const char *cmd, const char *what, struct json_object *args,
		long long deadline_ms, struct json_object **reply, struct error *err);

/* The same, passing the file descriptor `fd` with the command (SCM_RIGHTS), as getfd wants. */
int qmp_execute_fd(struct qmp *q, const char *cmd, const char *what, struct json_object *args, int fd,
		   long long deadline_ms, struct json_object **reply, struct error *err);

/*
 * One command of a pipelined batch: `cmd` with `args` (borrowed, NULL for
 * none), `what` naming it in messages (NULL: the command).  qmp_execute_batch()
 * sets `reply` ({"return"} or {"error"}, the caller's to put).
 */
struct qmp_cmd {
	const char *cmd;
	struct json_object *args;
	char *what;
	struct json_object *reply;
};

/*
 * Execute n commands pipelined: all are written at once (as far as the
 * socket takes them) and the replies read in order, QMP answering in the
 * order it received.  No round trip per command: QEMU 7.2 reads its QMP
 * socket one byte per read(), so the client must never leave it idle.
 * Returns -1 only when the conversation failed (as qmp_execute); the
 * message names the command whose reply was due.
 */
int qmp_execute_batch(struct qmp *q, struct qmp_cmd *cmds, size_t n, long long deadline_ms, struct error *err);

/* 1 if `reply` is {"error": ...}; then *desc (if given) is its "desc" text. */
int qmp_reply_is_error(struct json_object *reply, const char **desc);

/* Close the connection and free it (NULL is fine). */
void qmp_close(struct qmp *q);

/* Wait until fd is ready for `events` (POLLIN, POLLOUT) or the deadline passes: 0, or -1 with errno (ETIMEDOUT). */
int qmp_wait_fd(int fd, short events, long long deadline_ms);

/* Milliseconds on CLOCK_MONOTONIC, for deadlines. */
long long qmp_now_ms(void);

#endif
