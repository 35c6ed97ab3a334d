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
	struct strbuf in;	/* bytes received and not yet consumed */
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
 * Read one message: QEMU ends each with "\r\n", and JSON text holds no raw
 * newline, so a line is a message.
 */
static int read_message(struct qmp *q, long long deadline_ms, const char *what, struct json_object **out,
			struct error *err)
{
	char *nl;
	ssize_t n;

	for (;;) {
		nl = q->in.len ? memchr(q->in.buf, '\n', q->in.len) : NULL;
		if (nl) {
			size_t len = (size_t)(nl - q->in.buf) + 1;
			struct error perr = ERROR_INIT;
			int rc = json_parse(q->in.buf, len, "QMP reply", out, &perr);

			memmove(q->in.buf, q->in.buf + len, q->in.len - len);
			strbuf_setlen(&q->in, q->in.len - len);
			if (rc)
				return error_set(err, ERR_INPUT, "qmp: %s failed: %s", what, perr.msg);
			if (!json_object_is_type(*out, json_type_object)) {
				json_object_put(*out);
				*out = NULL;
				return error_set(err, ERR_INPUT, "qmp: %s failed: a reply that is not an object", what);
			}
			return 0;
		}
		if (q->in.len > QMP_MAX_MESSAGE)
			return error_set(err, ERR_INPUT, "qmp: %s failed: a reply larger than %u bytes", what,
					 QMP_MAX_MESSAGE);
		if (qmp_wait_fd(q->fd, POLLIN, deadline_ms))
			return error_set(err, ERR_IO, "qmp: %s failed: %s", what,
					 errno == ETIMEDOUT ? "timed out waiting for QEMU" : strerror(errno));
		strbuf_grow(&q->in, 65536);
		n = recv(q->fd, q->in.buf + q->in.len, 65536, 0);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return error_set(err, ERR_IO, "qmp: %s failed: cannot receive: %s", what, strerror(errno));
		}
		if (n == 0)
			return error_set(err, ERR_IO, "qmp: %s failed: QEMU closed the connection", what);
		strbuf_setlen(&q->in, q->in.len + (size_t)n);
	}
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
	struct json_object *req = json_object_new_object(), *msg = NULL;
	struct strbuf out = STRBUF_INIT;
	int rc;

	*reply = NULL;
	if (!what)
		what = cmd;
	json_object_object_add(req, "execute", json_object_new_string(cmd));
	if (args)
		json_object_object_add(req, "arguments", json_object_get(args));
	json_canonical(req, &out);
	strbuf_addch(&out, '\n');
	json_object_put(req);
	rc = send_all(q, out.buf, out.len, pass_fd, deadline_ms, what, err);
	strbuf_release(&out);
	if (rc)
		return -1;
	for (;;) {
		if (read_message(q, deadline_ms, what, &msg, err))
			return -1;
		if (json_object_object_get_ex(msg, "return", NULL) || json_object_object_get_ex(msg, "error", NULL))
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
