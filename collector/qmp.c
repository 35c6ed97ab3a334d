/* qmp.c: a small, synchronous QMP client over a unix socket (see qmp.h). */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "json.h"
#include "qmp.h"
#include "strbuf.h"
#include "util.h"

/* A single QMP message larger than this is refused (query-machines is ~100 KiB). */
#define QMP_MAX_MESSAGE (64u << 20)

struct qmp {
	int fd;
	struct strbuf in;	/* bytes received; those from `start` on are not consumed yet */
	size_t start;
};

long long qmp_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int qmp_wait_fd(int fd, short events, long long deadline_ms)
{
	struct pollfd p = { fd, events, 0 };
	long long left;
	int rc;

	for (;;) {
		left = deadline_ms - qmp_now_ms();
		if (left <= 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		rc = poll(&p, 1, left > 1000000 ? 1000000 : (int)left);
		if (rc > 0)
			return 0;
		if (rc < 0 && errno != EINTR)
			return -1;
	}
}

/* Send buf; a file descriptor `pass_fd` (>= 0) rides along with the first byte (SCM_RIGHTS). */
static int send_all(struct qmp *q, const char *buf, size_t len, int pass_fd, long long deadline_ms,
		    const char *what, struct error *err)
{
	ssize_t n;

	while (len) {
		if (qmp_wait_fd(q->fd, POLLOUT, deadline_ms))
			return error_set(err, ERR_IO, "qmp: %s failed: %s", what,
					 errno == ETIMEDOUT ? "timed out" : strerror(errno));
		if (pass_fd >= 0) {
			union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } ctl;
			struct iovec iov = { (void *)buf, len };
			struct msghdr mh;
			struct cmsghdr *cm;

			memset(&mh, 0, sizeof(mh));
			memset(&ctl, 0, sizeof(ctl));
			mh.msg_iov = &iov;
			mh.msg_iovlen = 1;
			mh.msg_control = ctl.buf;
			mh.msg_controllen = sizeof(ctl.buf);
			cm = CMSG_FIRSTHDR(&mh);
			cm->cmsg_level = SOL_SOCKET;
			cm->cmsg_type = SCM_RIGHTS;
			cm->cmsg_len = CMSG_LEN(sizeof(int));
			memcpy(CMSG_DATA(cm), &pass_fd, sizeof(int));
			n = sendmsg(q->fd, &mh, MSG_NOSIGNAL);
			if (n > 0)
				pass_fd = -1;
		} else {
			n = send(q->fd, buf, len, MSG_NOSIGNAL);
		}
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return error_set(err, ERR_IO, "qmp: %s failed: cannot send: %s", what, strerror(errno));
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Take one message out of the bytes received, if a whole one is there: 1
 * and *out, 0 when more bytes are needed, -1 on a malformed message.  QEMU
 * ends each with "\r\n", and JSON text holds no raw newline, so a line is
 * a message.  q->start is where the unconsumed bytes begin (consumed bytes
 * are dropped in one move when a receive needs room, not per message).
 */
static int take_message(struct qmp *q, const char *what, struct json_object **out, struct error *err)
{
	const char *b = q->in.buf + q->start, *nl;
	size_t left = q->in.len - q->start, len;
	struct error perr = ERROR_INIT;
	int rc;

	nl = left ? memchr(b, '\n', left) : NULL;
	if (!nl) {
		if (left > QMP_MAX_MESSAGE)
			return error_set(err, ERR_INPUT, "qmp: %s failed: a reply larger than %u bytes", what,
					 QMP_MAX_MESSAGE);
		return 0;
	}
	len = (size_t)(nl - b) + 1;
	rc = json_parse(b, len, "QMP reply", out, &perr);
	q->start += len;
	if (rc)
		return error_set(err, ERR_INPUT, "qmp: %s failed: %s", what, perr.msg);
	if (!json_object_is_type(*out, json_type_object)) {
		json_object_put(*out);
		*out = NULL;
		return error_set(err, ERR_INPUT, "qmp: %s failed: a reply that is not an object", what);
	}
	return 1;
}

/* Receive what the socket has (it was polled readable): 0, or -1 naming `what`. */
static int receive(struct qmp *q, const char *what, struct error *err)
{
	ssize_t n;

	if (q->start) {
		memmove(q->in.buf, q->in.buf + q->start, q->in.len - q->start);
		strbuf_setlen(&q->in, q->in.len - q->start);
		q->start = 0;
	}
	strbuf_grow(&q->in, 65536);
	n = recv(q->fd, q->in.buf + q->in.len, 65536, 0);
	if (n < 0) {
		if (errno == EINTR || errno == EAGAIN)
			return 0;
		return error_set(err, ERR_IO, "qmp: %s failed: cannot receive: %s", what, strerror(errno));
	}
	if (n == 0)
		return error_set(err, ERR_IO, "qmp: %s failed: QEMU closed the connection", what);
	strbuf_setlen(&q->in, q->in.len + (size_t)n);
	return 0;
}

static int read_message(struct qmp *q, long long deadline_ms, const char *what, struct json_object **out,
			struct error *err)
{
	int rc;

	for (;;) {
		rc = take_message(q, what, out, err);
		if (rc)
			return rc < 0 ? -1 : 0;
		if (qmp_wait_fd(q->fd, POLLIN, deadline_ms))
			return error_set(err, ERR_IO, "qmp: %s failed: %s", what,
					 errno == ETIMEDOUT ? "timed out waiting for QEMU" : strerror(errno));
		if (receive(q, what, err))
			return -1;
	}
}

/* {"return"} or {"error"}: the reply to a command; anything else (events) is not. */
static int is_reply(struct json_object *msg)
{
	return json_object_object_get_ex(msg, "return", NULL) || json_object_object_get_ex(msg, "error", NULL);
}

static void request_text(const char *cmd, struct json_object *args, struct strbuf *out)
{
	struct json_object *req = json_object_new_object();

	json_object_object_add(req, "execute", json_object_new_string(cmd));
	if (args)
		json_object_object_add(req, "arguments", json_object_get(args));
	json_canonical(req, out);
	strbuf_addch(out, '\n');
	json_object_put(req);
}

int qmp_execute_batch(struct qmp *q, struct qmp_cmd *cmds, size_t n, long long deadline_ms, struct error *err)
{
	struct strbuf out = STRBUF_INIT;
	size_t sent = 0, done = 0, i;
	int ret = -1;

	for (i = 0; i < n; i++) {
		cmds[i].reply = NULL;
		request_text(cmds[i].cmd, cmds[i].args, &out);
	}
	while (done < n) {
		const char *what = cmds[done].what ? cmds[done].what : cmds[done].cmd;
		struct pollfd p = { q->fd, POLLIN, 0 };
		struct json_object *msg = NULL;
		long long left;
		int rc;

		while ((rc = take_message(q, what, &msg, err)) > 0) {
			if (!is_reply(msg)) {
				json_object_put(msg);
				continue;
			}
			/* we send no "id", so the reply carries none; drop one anyway for a stable record */
			json_object_object_del(msg, "id");
			cmds[done++].reply = msg;
			if (done == n)
				break;
			what = cmds[done].what ? cmds[done].what : cmds[done].cmd;
		}
		if (rc < 0)
			goto out;
		if (done == n)
			break;
		/* write while QEMU reads, read while it answers: neither side ever waits on the other */
		if (sent < out.len)
			p.events |= POLLOUT;
		left = deadline_ms - qmp_now_ms();
		if (left <= 0) {
			error_set(err, ERR_IO, "qmp: %s failed: timed out waiting for QEMU", what);
			goto out;
		}
		rc = poll(&p, 1, left > 1000000 ? 1000000 : (int)left);
		if (rc < 0 && errno != EINTR) {
			error_set(err, ERR_IO, "qmp: %s failed: %s", what, strerror(errno));
			goto out;
		}
		if (rc <= 0)
			continue;
		if (p.revents & POLLOUT) {
			ssize_t k = send(q->fd, out.buf + sent, out.len - sent, MSG_NOSIGNAL);

			if (k < 0 && errno != EINTR && errno != EAGAIN) {
				error_set(err, ERR_IO, "qmp: %s failed: cannot send: %s", what, strerror(errno));
				goto out;
			}
			if (k > 0)
				sent += (size_t)k;
		}
		if ((p.revents & (POLLIN | POLLHUP | POLLERR)) && receive(q, what, err))
			goto out;
	}
	ret = 0;
out:
	if (ret)
		for (i = 0; i < done; i++) {
			json_object_put(cmds[i].reply);
			cmds[i].reply = NULL;
		}
	strbuf_release(&out);
	return ret;
}

int qmp_reply_is_error(struct json_object *reply, const char **desc)
{
	struct json_object *e, *d;

	if (!reply || !json_object_object_get_ex(reply, "error", &e))
		return 0;
	if (desc)
		*desc = json_object_object_get_ex(e, "desc", &d) && json_object_is_type(d, json_type_string) ?
			json_object_get_string(d) : "unknown error";
	return 1;
}

static int execute(struct qmp *q, const char *cmd, const char *what, struct json_object *args, int pass_fd,
		   long long deadline_ms, struct json_object **reply, struct error *err)
{
	struct json_object *msg = NULL;
	struct strbuf out = STRBUF_INIT;
	int rc;

	*reply = NULL;
	if (!what)
		what = cmd;
	request_text(cmd, args, &out);
	rc = send_all(q, out.buf, out.len, pass_fd, deadline_ms, what, err);
	strbuf_release(&out);
	if (rc)
		return -1;
	for (;;) {
		if (read_message(q, deadline_ms, what, &msg, err))
			return -1;
		if (is_reply(msg))
			break;
		/* {"event": ...}, or anything else unsolicited: not our reply */
		json_object_put(msg);
		msg = NULL;
	}
	/* we send no "id", so the reply carries none; drop one anyway for a stable record */
	json_object_object_del(msg, "id");
	*reply = msg;
	return 0;
}

int qmp_execute(struct qmp *q, const char *cmd, const char *what, struct json_object *args,
		long long deadline_ms, struct json_object **reply, struct error *err)
{
	return execute(q, cmd, what, args, -1, deadline_ms, reply, err);
}

int qmp_execute_fd(struct qmp *q, const char *cmd, const char *what, struct json_object *args, int fd,
		   long long deadline_ms, struct json_object **reply, struct error *err)
{
	return execute(q, cmd, what, args, fd, deadline_ms, reply, err);
}

int qmp_connect(struct qmp **out, const char *path, long long deadline_ms, struct error *err)
{
	struct sockaddr_un sa;
	struct json_object *greeting = NULL, *reply = NULL;
	struct qmp *q;
	const char *desc;

	*out = NULL;
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sa.sun_path))
		return error_set(err, ERR_USAGE, "qmp: socket path '%s' is too long", path);
	strcpy(sa.sun_path, path);
	q = xcalloc(1, sizeof(*q));
	strbuf_init(&q->in, 0);
	q->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (q->fd < 0) {
		error_set(err, ERR_IO, "qmp: connect failed: socket: %s", strerror(errno));
		goto fail;
	}
	if (connect(q->fd, (struct sockaddr *)&sa, sizeof(sa))) {
		if (errno != EINPROGRESS) {
			error_set(err, ERR_IO, "qmp: connect to '%s' failed: %s", path, strerror(errno));
			goto fail;
		}
		if (qmp_wait_fd(q->fd, POLLOUT, deadline_ms)) {
			error_set(err, ERR_IO, "qmp: connect to '%s' failed: %s", path, strerror(errno));
			goto fail;
		}
	}
	if (read_message(q, deadline_ms, "greeting", &greeting, err))
		goto fail;
	if (!json_object_object_get_ex(greeting, "QMP", NULL)) {
		error_set(err, ERR_INPUT, "qmp: greeting failed: no \"QMP\" greeting from '%s'", path);
		goto fail;
	}
	json_object_put(greeting);
	greeting = NULL;
	if (qmp_execute(q, "qmp_capabilities", NULL, NULL, deadline_ms, &reply, err))
		goto fail;
	if (qmp_reply_is_error(reply, &desc)) {
		error_set(err, ERR_INPUT, "qmp: qmp_capabilities failed: %s", desc);
		goto fail;
	}
	json_object_put(reply);
	*out = q;
	return 0;
fail:
	json_object_put(greeting);
	json_object_put(reply);
	qmp_close(q);
	return -1;
}

void qmp_close(struct qmp *q)
{
	if (!q)
		return;
	if (q->fd >= 0)
		close(q->fd);
	strbuf_release(&q->in);
	free(q);
}
