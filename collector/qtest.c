/* qtest.c: a small client of QEMU's qtest protocol (see qtest.h). */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "base64.h"
#include "qmp.h"
#include "qtest.h"
#include "util.h"

/* A reply line longer than this is refused (b64read of 64 MiB is ~90 MB). */
#define QTEST_MAX_LINE (128u << 20)

struct qtest {
	int fd;
	struct strbuf in;	/* received, not yet consumed */
	size_t pos;		/* start of the unconsumed bytes in `in` */
};

int qtest_listen(const char *path, int *fd, struct error *err)
{
	struct sockaddr_un sa;
	int s;

	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sa.sun_path))
		return error_set(err, ERR_USAGE, "qtest: socket path '%s' is too long", path);
	strcpy(sa.sun_path, path);
	s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		return error_set(err, ERR_IO, "qtest: socket: %s", strerror(errno));
	if (bind(s, (struct sockaddr *)&sa, sizeof(sa)) || listen(s, 1)) {
		error_set(err, ERR_IO, "qtest: cannot listen on '%s': %s", path, strerror(errno));
		close(s);
		return -1;
	}
	*fd = s;
	return 0;
}

int qtest_accept(struct qtest **out, int lfd, long long deadline_ms, struct error *err)
{
	struct qtest *t;
	int fd;

	*out = NULL;
	if (qmp_wait_fd(lfd, POLLIN, deadline_ms)) {
		if (errno == ETIMEDOUT)
			return 1;
		return error_set(err, ERR_IO, "qtest: waiting for QEMU to connect: %s", strerror(errno));
	}
	fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	if (fd < 0)
		return error_set(err, ERR_IO, "qtest: accept: %s", strerror(errno));
	t = xcalloc(1, sizeof(*t));
	t->fd = fd;
	strbuf_init(&t->in, 1 << 16);
	*out = t;
	return 0;
}

void qtest_close(struct qtest *t)
{
	if (!t)
		return;
	close(t->fd);
	strbuf_release(&t->in);
	free(t);
}

int qtest_parse_reply(const char *line, const char **rest, struct error *err)
{
	*rest = "";
	if (!strncmp(line, "IRQ", 3))
		return 1;
	if (!strcmp(line, "OK"))
		return 0;
	if (!strncmp(line, "OK ", 3)) {
		*rest = line + 3;
		return 0;
	}
	return error_set(err, ERR_INPUT, "qtest: QEMU answered '%.200s'", line);
}

int qtest_parse_value(const char *s, uint64_t *v)
{
	char *end;

	if (s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || !s[2])
		return -1;
	errno = 0;
	*v = strtoull(s + 2, &end, 16);
	return errno || *end ? -1 : 0;
}

static int send_all(struct qtest *t, const char *buf, size_t len, long long deadline_ms, struct error *err)
{
	ssize_t n;

	while (len) {
		if (qmp_wait_fd(t->fd, POLLOUT, deadline_ms))
			return error_set(err, ERR_IO, "qtest: cannot send: %s",
					 errno == ETIMEDOUT ? "timed out" : strerror(errno));
		n = send(t->fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return error_set(err, ERR_IO, "qtest: cannot send: %s", strerror(errno));
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The next line, NUL-terminated in place (valid until the next call). */
static int read_line(struct qtest *t, long long deadline_ms, char **line, struct error *err)
{
	char *nl;
	ssize_t n;

	for (;;) {
		nl = t->in.len > t->pos ? memchr(t->in.buf + t->pos, '\n', t->in.len - t->pos) : NULL;
		if (nl) {
			*nl = '\0';
			if (nl > t->in.buf + t->pos && nl[-1] == '\r')
				nl[-1] = '\0';
			*line = t->in.buf + t->pos;
			t->pos = (size_t)(nl - t->in.buf) + 1;
			return 0;
		}
		if (t->pos) {	/* drop what was consumed */
			memmove(t->in.buf, t->in.buf + t->pos, t->in.len - t->pos);
			strbuf_setlen(&t->in, t->in.len - t->pos);
			t->pos = 0;
		}
		if (t->in.len > QTEST_MAX_LINE)
			return error_set(err, ERR_INPUT, "qtest: a reply longer than %u bytes", QTEST_MAX_LINE);
		if (qmp_wait_fd(t->fd, POLLIN, deadline_ms))
			return error_set(err, ERR_IO, "qtest: %s",
					 errno == ETIMEDOUT ? "timed out waiting for QEMU" : strerror(errno));
		strbuf_grow(&t->in, 1 << 16);
		n = recv(t->fd, t->in.buf + t->in.len, 1 << 16, MSG_DONTWAIT);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return error_set(err, ERR_IO, "qtest: cannot receive: %s", strerror(errno));
		}
		if (n == 0)
			return error_set(err, ERR_IO, "qtest: QEMU closed the connection");
		strbuf_setlen(&t->in, t->in.len + (size_t)n);
	}
}

int qtest_batch(struct qtest *t, const struct strbuf *cmds, size_t n, uint64_t *vals, struct strbuf *last,
		long long deadline_ms, struct error *err)
{
	const char *rest;
	char *line = NULL;
	size_t i;
	int rc;

	if (send_all(t, cmds->buf, cmds->len, deadline_ms, err))
		return -1;
	for (i = 0; i < n; i++) {
		do {
			if (read_line(t, deadline_ms, &line, err))
				return -1;
			rc = qtest_parse_reply(line, &rest, err);
		} while (rc == 1);
		if (rc < 0)
			return -1;
		if (vals) {
			vals[i] = 0;
			if (*rest && qtest_parse_value(rest, &vals[i]))
				return error_set(err, ERR_INPUT, "qtest: expected a value, QEMU answered 'OK %.100s'",
						 rest);
		}
		if (last && i == n - 1) {
			strbuf_reset(last);
			strbuf_addstr(last, rest);
		}
	}
	return 0;
}

int qtest_cmd(struct qtest *t, long long deadline_ms, uint64_t *val, struct error *err, const char *fmt, ...)
{
	struct strbuf cmd = STRBUF_INIT;
	va_list ap;
	int rc;

	va_start(ap, fmt);
	strbuf_vaddf(&cmd, fmt, ap);
	va_end(ap);
	strbuf_addch(&cmd, '\n');
	rc = qtest_batch(t, &cmd, 1, val, NULL, deadline_ms, err);
	strbuf_release(&cmd);
	return rc;
}

int qtest_read_mem(struct qtest *t, uint64_t addr, size_t len, struct strbuf *out, long long deadline_ms,
		   struct error *err)
{
	struct strbuf cmd = STRBUF_INIT, reply = STRBUF_INIT;
	size_t before = out->len;
	int rc;

	if (!len)
		return 0;
	strbuf_addf(&cmd, "b64read 0x%llx 0x%zx\n", (unsigned long long)addr, len);
	rc = qtest_batch(t, &cmd, 1, NULL, &reply, deadline_ms, err);
	if (!rc && (base64_decode(reply.buf, reply.len, out) || out->len - before != len))
		rc = error_set(err, ERR_INPUT, "qtest: b64read 0x%llx: expected %zu bytes of base64",
			       (unsigned long long)addr, len);
	strbuf_release(&cmd);
	strbuf_release(&reply);
	return rc;
}

int qtest_write_mem(struct qtest *t, uint64_t addr, const void *data, size_t len, long long deadline_ms,
		    struct error *err)
{
	struct strbuf cmd = STRBUF_INIT;
	int rc;

	strbuf_addf(&cmd, "b64write 0x%llx 0x%zx ", (unsigned long long)addr, len);
	base64_encode(data, len, &cmd);
	strbuf_addch(&cmd, '\n');
	rc = qtest_batch(t, &cmd, 1, NULL, NULL, deadline_ms, err);
	strbuf_release(&cmd);
	return rc;
}
