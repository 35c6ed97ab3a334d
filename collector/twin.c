/* twin.c: a second host-view QEMU for a share of the QOM walk's values (see twin.h). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child.h"
#include "json.h"
#include "qmp.h"
#include "qom-walk.h"
#include "twin.h"
#include "util.h"

#define TWIN_RESULT_MAX_BYTES (256u << 20)

size_t twin_split(size_t n)
{
	/*
	 * Both list the whole tree; the twin starts a little later (a fork) and
	 * hands its share over as JSON: it takes a little less than half.
	 */
	return n - n * 9 / 20;
}

static int write_text(const char *path, const struct strbuf *sb)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	const char *b = sb->buf;
	size_t len = sb->len;
	ssize_t n;

	if (fd < 0)
		return -1;
	while (len) {
		n = write(fd, b, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		b += n;
		len -= (size_t)n;
	}
	return close(fd);
}

/* The twin process: its share of the walk into child_file("twin.json"); never returns. */
static void twin_main(const struct twin *t, const struct collect_options *o, pid_t parent)
{
	static const char *const roots[] = { "/machine", "/objects", NULL };
	long long deadline = qmp_now_ms() + t->timeout_s * 1000;
	struct json_object *qom = json_object_new_object(), *res;
	struct error err = ERROR_INIT;
	struct strbuf text = STRBUF_INIT;
	struct qom_walk *w = NULL;
	struct qmp *q = NULL;
	size_t n;
	int rc;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(127);
	child_forked();
	child_use_log("twin.log");
	child_use_qmp_socket("qmp-twin.sock");
	if (child_start_qemu(o->qemu, collect_machine_arg(o), o->extra_args, t->timeout_s, deadline, &q, &err) ||
	    qom_walk_tree(&w, q, roots, QOM_WALK_FAST, deadline, qom, &err))
		goto fail;
	n = qom_walk_nr_gets(w);
	if (qom_walk_values(w, q, twin_split(n), n, deadline, &err))
		goto fail;
	qom_walk_done(w);
	w = NULL;
	res = json_object_new_object();
	json_object_object_add(res, "qom", qom);
	json_canonical(res, &text);
	rc = write_text(child_file("twin.json"), &text);
	/* nothing more to ask it, and the collect process waits for us: no quit, no wait */
	child_kill();
	_exit(rc ? 4 : 0);
fail:
	/* the collect process reads this share itself */
	child_kill();
	_exit(3);
}

int twin_start(struct twin *t, const struct collect_options *o, struct error *err)
{
	const char *m = getenv("ABIDB_QOM_WALK");
	pid_t parent = getpid(), pid;

	t->pid = 0;
	t->timeout_s = o->timeout_s > 0 ? o->timeout_s : COLLECT_DEFAULT_TIMEOUT_S;
	if (m && (!strcmp(m, "every") || !strcmp(m, "single")))
		return 0;
	/* every name the twin uses is known here too, so that our teardown removes it */
	child_file("qmp-twin.sock");
	child_file("twin.log");
	child_file("twin.json");
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return error_set(err, ERR_IO, "cannot fork: %s", strerror(errno));
	if (pid == 0)
		twin_main(t, o, parent);
	t->pid = pid;
	return 0;
}

void twin_abort(struct twin *t)
{
	if (t->pid <= 0)
		return;
	child_stop_process(t->pid);
	t->pid = 0;
}

int twin_finish(struct twin *t, struct json_object **qom)
{
	long long deadline = qmp_now_ms() + (t->timeout_s + 5) * 1000;
	struct json_object *res = NULL;
	struct strbuf buf = STRBUF_INIT;
	struct error ignore = ERROR_INIT;
	int status, rc = -1;
	pid_t r;

	*qom = NULL;
	if (t->pid <= 0)
		return -1;
	for (;;) {
		r = waitpid(t->pid, &status, WNOHANG);
		if (r == t->pid || (r < 0 && errno != EINTR))
			break;
		if (qmp_now_ms() >= deadline) {
			twin_abort(t);
			return -1;
		}
		usleep(1000);
	}
	t->pid = 0;
	if (r > 0 && WIFEXITED(status) && !WEXITSTATUS(status)) {
		if (!read_input(child_file("twin.json"), &buf, TWIN_RESULT_MAX_BYTES, &ignore) &&
		    !json_parse(buf.buf, buf.len, "twin result", &res, &ignore) &&
		    json_object_object_get_ex(res, "qom", qom)) {
			json_object_get(*qom);
			rc = 0;
		}
	}
	unlink(child_file("twin.json"));
	strbuf_release(&buf);
	json_object_put(res);
	return rc;
}
