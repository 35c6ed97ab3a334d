/* test-qmp.c: the QMP client's pipelined batches against a fake QMP server that reads, as QEMU 7.2 does, a byte at a time. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "qmp.h"
#include "util.h"

static char dir[64], sock[128];
static pid_t server;

static void put(int fd, const char *s)
{
	size_t len = strlen(s);

	while (len) {
		ssize_t n = write(fd, s, len);

		if (n <= 0)
			_exit(2);
		s += n;
		len -= (size_t)n;
	}
}

/*
 * The fake server: a greeting, then per line read (byte by byte) a reply
 * {"return": N} with N the number of the command; an event before every
 * 7th reply; {"error": ...} for "fail"; after `stop_after` commands it
 * reads on and answers nothing.
 */
static void serve(int stop_after)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int lfd = socket(AF_UNIX, SOCK_STREAM, 0), fd, count = 0;
	char line[4096], c, out[256];
	size_t len = 0;

	strcpy(sa.sun_path, sock);
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) || listen(lfd, 1))
		_exit(2);
	fd = accept(lfd, NULL, NULL);
	if (fd < 0)
		_exit(2);
	put(fd, "{\"QMP\": {\"version\": {}, \"capabilities\": []}}\r\n");
	while (read(fd, &c, 1) == 1) {
		if (c != '\n') {
			if (len < sizeof(line) - 1)
				line[len++] = c;
			continue;
		}
		line[len] = 0;
		len = 0;
		if (strstr(line, "qmp_capabilities")) {
			put(fd, "{\"return\": {}}\r\n");
			continue;
		}
		if (stop_after >= 0 && count >= stop_after)
			continue;
		if (count % 7 == 3)
			put(fd, "{\"event\": \"X\", \"data\": {}}\r\n");
		if (strstr(line, "\"fail\""))
			snprintf(out, sizeof(out), "{\"error\": {\"class\": \"GenericError\", \"desc\": \"no %d\"}}\r\n",
				 count);
		else
			snprintf(out, sizeof(out), "{\"return\": %d}\r\n", count);
		put(fd, out);
		count++;
	}
	_exit(0);
}

static struct qmp *start(int stop_after)
{
	struct error err = ERROR_INIT;
	struct qmp *q = NULL;
	int i;

	snprintf(dir, sizeof(dir), "/tmp/abidb-test-qmp.XXXXXX");
	cr_assert(mkdtemp(dir));
	snprintf(sock, sizeof(sock), "%s/qmp.sock", dir);
	server = fork();
	cr_assert(server >= 0);
	if (server == 0)
		serve(stop_after);
	for (i = 0; i < 500 && qmp_connect(&q, sock, qmp_now_ms() + 2000, &err); i++)
		usleep(2000);
	cr_assert(q, "connect: %s", err.msg);
	return q;
}

static void stop(struct qmp *q)
{
	qmp_close(q);
	kill(server, SIGKILL);
	waitpid(server, NULL, 0);
	unlink(sock);
	rmdir(dir);
}

/* 3000 commands, more than the socket buffers hold: written while the replies are read */
Test(qmp, batch_answers_in_order_past_events_and_errors)
{
	enum { N = 3000 };
	struct qmp *q = start(-1);
	struct qmp_cmd *c = xcalloc(N, sizeof(*c));
	struct error err = ERROR_INIT;
	const char *desc;
	int i;

	for (i = 0; i < N; i++) {
		c[i].cmd = i == 1234 ? "fail" : "qom-get";
		c[i].args = json_object_new_object();
		json_object_object_add(c[i].args, "path", json_object_new_string(
			"/machine/unattached/device[0]/a-long-enough-path-to-fill-the-socket-buffers"));
	}
	cr_assert_eq(qmp_execute_batch(q, c, N, qmp_now_ms() + 20000, &err), 0, "%s", err.msg);
	for (i = 0; i < N; i++) {
		struct json_object *v;

		cr_assert(c[i].reply);
		if (i == 1234) {
			cr_assert(qmp_reply_is_error(c[i].reply, &desc));
			cr_assert_str_eq(desc, "no 1234");
			continue;
		}
		cr_assert(json_object_object_get_ex(c[i].reply, "return", &v), "reply %d", i);
		cr_assert_eq(json_object_get_int(v), i);
	}
	for (i = 0; i < N; i++) {
		json_object_put(c[i].args);
		json_object_put(c[i].reply);
	}
	free(c);
	stop(q);
}

/* QEMU stops answering: the batch fails at the deadline and names the command whose reply was due */
Test(qmp, batch_times_out_naming_the_command_due)
{
	struct qmp *q = start(5);
	struct qmp_cmd c[10];
	struct error err = ERROR_INIT;
	int i;

	memset(c, 0, sizeof(c));
	for (i = 0; i < 10; i++) {
		c[i].cmd = "qom-get";
		c[i].what = xstrfmt("qom-get /machine/p%d", i);
	}
	cr_assert_eq(qmp_execute_batch(q, c, 10, qmp_now_ms() + 300, &err), -1);
	cr_assert_str_eq(err.msg, "qmp: qom-get /machine/p5 failed: timed out waiting for QEMU");
	for (i = 0; i < 10; i++) {
		cr_assert_null(c[i].reply);
		free(c[i].what);
	}
	stop(q);
}
