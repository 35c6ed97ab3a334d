/* side.c: -dump-vmstate and the fast guest view in a side process, beside the host view's walk (see side.h). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child.h"
#include "guest.h"
#include "json.h"
#include "qmp.h"
#include "side.h"
#include "util.h"

#define VMSTATE_MAX_BYTES (256u << 20)
#define SIDE_RESULT_MAX_BYTES (512u << 20)

static int dump_vmstate(const struct collect_options *o, long timeout_s, struct json_object **out,
			struct error *err)
{
	char *base[] = { (char *)o->qemu, "-machine", (char *)collect_machine_arg(o), "-dump-vmstate",
			 (char *)child_file("vmstate.json"), NULL };
	char **argv = child_argv(base, o->extra_args);
	struct strbuf buf = STRBUF_INIT;
	char *what = xstrfmt("vmstate: '%s -machine %s -dump-vmstate'", o->qemu, collect_machine_arg(o));
	int rc;

	rc = child_run(argv, what, qmp_now_ms() + timeout_s * 1000, err);
	free(argv);
	free(what);
	if (rc)
		return -1;
	if (read_input(child_file("vmstate.json"), &buf, VMSTATE_MAX_BYTES, err) ||
	    json_parse(buf.buf, buf.len, "-dump-vmstate output", out, err)) {
		strbuf_release(&buf);
		return error_prefix(err, "vmstate");
	}
	strbuf_release(&buf);
	if (!json_object_is_type(*out, json_type_object))
		return error_set(err, ERR_INPUT, "vmstate: the -dump-vmstate output is not a JSON object");
	return 0;
}

static int write_all(const char *path, const char *buf, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	ssize_t n;

	if (fd < 0)
		return -1;
	while (len) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		buf += n;
		len -= (size_t)n;
	}
	return close(fd);
}

static void add_error(struct json_object *res, const char *key, const struct error *err)
{
	struct json_object *e = json_object_new_object();

	json_object_object_add(e, "code", json_object_new_int((int)err->code));
	json_object_object_add(e, "message", json_object_new_string(err->msg));
	json_object_object_add(res, key, e);
}

/* The side process: its results, or its error, into child_file("side.json"); never returns. */
static void side_main(const struct side *s, const struct collect_options *o, pid_t parent)
{
	struct json_object *res = json_object_new_object(), *vmstate = NULL, *guest = NULL, *info = NULL;
	struct error err = ERROR_INIT;
	struct strbuf text = STRBUF_INIT;
	int rc = 0;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(127);
	child_forked();
	/* not on the critical path (the walk takes longer): on a busy machine the walk's QEMUs go first */
	if (setpriority(PRIO_PROCESS, 0, getpriority(PRIO_PROCESS, 0) + 10) && errno)
		errno = 0;
	child_use_log("side.log");
	if (s->vmstate)
		rc = dump_vmstate(o, s->timeout_s, &vmstate, &err);
	if (rc)
		add_error(res, "error", &err);
	else if (s->guest && guest_fast(o, &guest, &info, &err))
		add_error(res, "guest_error", &err);
	child_kill();
	if (vmstate)
		json_object_object_add(res, "vmstate", vmstate);
	if (guest)
		json_object_object_add(res, "guest", guest);
	if (info)
		json_object_object_add(res, "guest_info", info);
	json_canonical(res, &text);
	_exit(write_all(child_file("side.json"), text.buf, text.len) ? 4 : 0);
}

int side_start(struct side *s, const struct collect_options *o, struct error *err)
{
	pid_t parent = getpid(), pid;

	s->pid = 0;
	s->vmstate = !o->no_vmstate;
	s->guest = !o->no_guest && !o->boot;
	s->timeout_s = o->timeout_s > 0 ? o->timeout_s : COLLECT_DEFAULT_TIMEOUT_S;
	if (!s->vmstate && !s->guest)
		return 0;
	/* every name the side process uses is known here too, so that our teardown removes it */
	child_file("vmstate.json");
	child_file("qtest.sock");
	child_file("side.log");
	child_file("side.json");
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return error_set(err, ERR_IO, "cannot fork: %s", strerror(errno));
	if (pid == 0)
		side_main(s, o, parent);
	s->pid = pid;
	return 0;
}

void side_abort(struct side *s)
{
	if (s->pid <= 0)
		return;
	child_stop_process(s->pid);
	s->pid = 0;
}

static struct json_object *take(struct json_object *res, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(res, key, &v) ? json_object_get(v) : NULL;
}

int side_finish(struct side *s, struct json_object **vmstate, struct json_object **guest,
		struct json_object **guest_info, struct error *guest_err, struct error *err)
{
	/* each of its QEMU runs is bounded by timeout_s; this bounds the process */
	long long deadline = qmp_now_ms() + (2 * s->timeout_s + 10) * 1000;
	struct json_object *res = NULL, *e;
	struct strbuf buf = STRBUF_INIT;
	struct error perr = ERROR_INIT;
	char how[64];
	int status;
	pid_t r;

	*vmstate = *guest = *guest_info = NULL;
	if (s->pid <= 0)
		return 0;
	for (;;) {
		r = waitpid(s->pid, &status, WNOHANG);
		if (r == s->pid || (r < 0 && errno != EINTR))
			break;
		if (qmp_now_ms() >= deadline) {
			side_abort(s);
			return error_set(err, ERR_IO, "side process (-dump-vmstate, guest view) did not finish "
					 "within %ld s", 2 * s->timeout_s + 10);
		}
		usleep(2000);
	}
	s->pid = 0;
	if (r < 0 || !WIFEXITED(status) ||
	    read_input(child_file("side.json"), &buf, SIDE_RESULT_MAX_BYTES, &perr) ||
	    json_parse(buf.buf, buf.len, "side result", &res, &perr) || !json_object_is_type(res, json_type_object)) {
		child_exit_text(r < 0 ? 0 : status, how, sizeof(how));
		strbuf_release(&buf);
		json_object_put(res);
		return error_set(err, ERR_INTERNAL, "side process (-dump-vmstate, guest view) ended (%s) without "
				 "its results%s%s", how, perr.msg[0] ? ": " : "", perr.msg);
	}
	strbuf_release(&buf);
	unlink(child_file("side.json"));
	if (json_object_object_get_ex(res, "error", &e)) {
		error_set(err, (enum error_code)json_object_get_int(json_object_object_get(e, "code")), "%s",
			  json_object_get_string(json_object_object_get(e, "message")));
		json_object_put(res);
		return -1;
	}
	if (json_object_object_get_ex(res, "guest_error", &e))
		error_set(guest_err, (enum error_code)json_object_get_int(json_object_object_get(e, "code")), "%s",
			  json_object_get_string(json_object_object_get(e, "message")));
	*vmstate = take(res, "vmstate");
	*guest = take(res, "guest");
	*guest_info = take(res, "guest_info");
	json_object_put(res);
	return 0;
}
