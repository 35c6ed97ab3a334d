/*
 * collect.c: abidb collect: run a QEMU binary on one machine type, stopped, and write
 * what its host side shows as an abidb-dump v1 document (docs/collect.md).
 *
 * The QEMU command lines are those that made ../shared/data (its README):
 *   QEMU -machine M -accel tcg -S -display none -qmp unix:SOCK,server=on,wait=off
 * with QEMU's default devices, then
 *   QEMU -machine M -dump-vmstate FILE
 * Between them: qmp_capabilities, a qom-list / qom-get walk of /machine and /objects
 * (recursing into child<...> properties), the qmp-misc commands, a migration of the
 * stopped machine into a file for its device description (migration-vmdesc.json), quit.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <json-c/json.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "json.h"
#include "qmp.h"
#include "util.h"

#define COLLECTOR_NAME "abidb collect"
#define COLLECTOR_VERSION "1"
#define DEFAULT_TIMEOUT_S 120
#define VMSTATE_MAX_BYTES (256u << 20)

/* The one QEMU child and the temp dir, global so that a fatal signal can clean up. */
static volatile sig_atomic_t child_pid;
static char tmp_dir[256], tmp_sock[300], tmp_log[300], tmp_vmstate[300], tmp_stream[300];

static void cleanup_files(void)
{
	if (tmp_sock[0])
		unlink(tmp_sock);
	if (tmp_log[0])
		unlink(tmp_log);
	if (tmp_vmstate[0])
		unlink(tmp_vmstate);
	if (tmp_stream[0])
		unlink(tmp_stream);
	if (tmp_dir[0])
		rmdir(tmp_dir);
}

static void on_fatal_signal(int sig)
{
	if (child_pid > 0)
		kill(-(pid_t)child_pid, SIGKILL);
	cleanup_files();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Kill and reap the child, if any. */
static void kill_child(void)
{
	pid_t pid = (pid_t)child_pid;

	if (pid <= 0)
		return;
	kill(-pid, SIGKILL);
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	child_pid = 0;
}

/* The last lines of QEMU's stderr, for an error message ("" if none). */
static void stderr_tail(struct strbuf *sb)
{
	struct strbuf all = STRBUF_INIT;
	struct error ignore = ERROR_INIT;
	size_t start;

	strbuf_reset(sb);
	if (!tmp_log[0] || read_input(tmp_log, &all, 1 << 20, &ignore) || !all.len) {
		strbuf_release(&all);
		return;
	}
	while (all.len && (all.buf[all.len - 1] == '\n' || all.buf[all.len - 1] == '\r'))
		strbuf_setlen(&all, all.len - 1);
	start = all.len > 400 ? all.len - 400 : 0;
	strbuf_addstr(sb, " (qemu said: ");
	for (; start < all.len; start++)
		strbuf_addch(sb, all.buf[start] == '\n' ? ' ' : all.buf[start]);
	strbuf_addch(sb, ')');
	strbuf_release(&all);
}

/*
 * Start argv[0] with stdin and stdout on /dev/null and stderr into tmp_log.
 * An exec failure comes back through a close-on-exec pipe.
 */
static int spawn(char *const argv[], struct error *err)
{
	int pfd[2], null_fd, log_fd, child_errno = 0;
	ssize_t n;
	pid_t pid;

	if (pipe2(pfd, O_CLOEXEC))
		return error_set(err, ERR_IO, "cannot create a pipe: %s", strerror(errno));
	pid = fork();
	if (pid < 0) {
		close(pfd[0]);
		close(pfd[1]);
		return error_set(err, ERR_IO, "cannot fork: %s", strerror(errno));
	}
	if (pid == 0) {
		close(pfd[0]);
		/* never outlive abidb, even when it is killed with SIGKILL */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		/* its own process group, so that a kill reaches what a wrapper script started too */
		setpgid(0, 0);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		null_fd = open("/dev/null", O_RDWR);
		log_fd = open(tmp_log, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
		if (null_fd < 0 || log_fd < 0 || dup2(null_fd, 0) < 0 || dup2(null_fd, 1) < 0 || dup2(log_fd, 2) < 0)
			goto fail;
		execv(argv[0], argv);
fail:
		child_errno = errno;
		n = write(pfd[1], &child_errno, sizeof(child_errno));
		(void)n;
		_exit(127);
	}
	close(pfd[1]);
	setpgid(pid, pid);
	child_pid = pid;
	do
		n = read(pfd[0], &child_errno, sizeof(child_errno));
	while (n < 0 && errno == EINTR);
	close(pfd[0]);
	if (n == (ssize_t)sizeof(child_errno)) {
		kill_child();
		return error_set(err, ERR_IO, "qemu: cannot run '%s': %s", argv[0], strerror(child_errno));
	}
	return 0;
}

/* Wait for the child to exit by the deadline: 0 and *status, or -1 (timed out: still running). */
static int wait_child(long long deadline_ms, int *status)
{
	pid_t pid = (pid_t)child_pid, r;

	for (;;) {
		r = waitpid(pid, status, WNOHANG);
		if (r == pid) {
			child_pid = 0;
			return 0;
		}
		if (r < 0 && errno != EINTR) {
			child_pid = 0;
			*status = 0;
			return 0;
		}
		if (qmp_now_ms() >= deadline_ms)
			return -1;
		usleep(10000);
	}
}

static void exit_text(int status, char *buf, size_t len)
{
	if (WIFEXITED(status))
		snprintf(buf, len, "exit status %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, len, "killed by signal %d", WTERMSIG(status));
	else
		snprintf(buf, len, "status %d", status);
}

struct collect {
	const char *qemu, *machine, *stream, *out;
	long timeout_s;
	int no_vmstate, no_vmdesc;
	struct qmp *q;
	long long deadline;	/* of the current QEMU run */
	struct json_object *qom, *qmp, *vmstate, *vmdesc;
	int major, minor, micro;
	char *package, *arch;
};

/* Run a command that must succeed (qom-list, quit ...): an error reply is a failure. */
static int call_ok(struct collect *c, const char *cmd, const char *what, struct json_object *args,
		   struct json_object **ret, struct error *err)
{
	struct json_object *reply;
	const char *desc;

	*ret = NULL;
	if (qmp_execute(c->q, cmd, what, args, c->deadline, &reply, err))
		return -1;
	if (qmp_reply_is_error(reply, &desc)) {
		error_set(err, ERR_INPUT, "qmp: %s failed: %s", what ? what : cmd, desc);
		json_object_put(reply);
		return -1;
	}
	json_object_object_get_ex(reply, "return", ret);
	json_object_get(*ret);
	json_object_put(reply);
	return 0;
}

/* Walk one QOM object, then its children: qom.json's {"type": T, "props": {NAME: {"type", "value"|"error"}}}. */
static int walk_qom(struct collect *c, const char *path, const char *type_hint, struct error *err)
{
	struct json_object *args, *list = NULL, *props, *entry, *children, *reply, *v;
	char *what;
	const char *type = type_hint;
	size_t i, n;
	int ret = -1;

	if (json_object_object_get_ex(c->qom, path, NULL))
		return 0;
	args = json_object_new_object();
	json_object_object_add(args, "path", json_object_new_string(path));
	what = xstrfmt("qom-list %s", path);
	if (call_ok(c, "qom-list", what, args, &list, err))
		goto out_what;
	if (!json_object_is_type(list, json_type_array)) {
		error_set(err, ERR_INPUT, "qmp: %s failed: the reply is not a list", what);
		goto out_what;
	}
	props = json_object_new_object();
	children = json_object_new_array();
	entry = json_object_new_object();
	json_object_object_add(c->qom, path, entry);
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		struct json_object *info = json_object_array_get_idx(list, i), *jn, *jt, *prop, *gargs;
		const char *name, *ptype;
		char *gwhat;
		int rc;

		if (!json_object_object_get_ex(info, "name", &jn) || !json_object_is_type(jn, json_type_string) ||
		    !json_object_object_get_ex(info, "type", &jt) || !json_object_is_type(jt, json_type_string)) {
			error_set(err, ERR_INPUT, "qmp: %s failed: an entry without name or type", what);
			goto out;
		}
		name = json_object_get_string(jn);
		ptype = json_object_get_string(jt);
		gargs = json_object_new_object();
		json_object_object_add(gargs, "path", json_object_new_string(path));
		json_object_object_add(gargs, "property", json_object_new_string(name));
		gwhat = xstrfmt("qom-get %s/%s", path, name);
		rc = qmp_execute(c->q, "qom-get", gwhat, gargs, c->deadline, &reply, err);
		free(gwhat);
		if (rc) {
			json_object_put(gargs);
			goto out;
		}
		json_object_put(gargs);
		prop = json_object_new_object();
		json_object_object_add(prop, "type", json_object_new_string(ptype));
		if (json_object_object_get_ex(reply, "error", &v)) {
			/* recorded as QEMU said it: {"class": ..., "desc": ...} */
			json_object_object_add(prop, "error", json_object_get(v));
		} else {
			json_object_object_get_ex(reply, "return", &v);
			json_object_object_add(prop, "value", json_object_get(v));
			if (!strcmp(name, "type") && json_object_is_type(v, json_type_string))
				type = json_object_get_string(v);
			if (starts_with(ptype, "child<") && json_object_is_type(v, json_type_string)) {
				size_t tl = strlen(ptype);
				struct json_object *ch = json_object_new_array();

				json_object_array_add(ch, json_object_new_string(name));
				json_object_array_add(ch, json_object_new_string_len(ptype + 6, (int)(tl - 7)));
				json_object_array_add(children, ch);
			}
		}
		json_object_put(reply);
		json_object_object_add(props, name, prop);
	}
	json_object_object_add(entry, "type", json_object_new_string(type ? type : ""));
	json_object_object_add(entry, "props", json_object_get(props));
	n = json_object_array_length(children);
	for (i = 0; i < n; i++) {
		struct json_object *ch = json_object_array_get_idx(children, i);
		char *cpath = xstrfmt("%s/%s", path, json_object_get_string(json_object_array_get_idx(ch, 0)));
		int rc = walk_qom(c, cpath, json_object_get_string(json_object_array_get_idx(ch, 1)), err);

		free(cpath);
		if (rc)
			goto out;
	}
	ret = 0;
out:
	json_object_put(props);
	json_object_put(children);
out_what:
	json_object_put(list);
	json_object_put(args);
	free(what);
	return ret;
}

/* Run one qmp-misc command; its reply, {"return"} or {"error"}, is recorded as is under `key`. */
static int misc(struct collect *c, const char *key, const char *cmd, struct json_object *args, struct error *err)
{
	struct json_object *reply;

	if (qmp_execute(c->q, cmd, key, args, c->deadline, &reply, err)) {
		json_object_put(args);
		return -1;
	}
	json_object_put(args);
	json_object_object_add(c->qmp, key, reply);
	return 0;
}

static int hmp(struct collect *c, const char *line, struct error *err)
{
	struct json_object *args = json_object_new_object();
	char *key = xstrfmt("hmp:%s", line);
	int rc;

	json_object_object_add(args, "command-line", json_object_new_string(line));
	rc = misc(c, key, "human-monitor-command", args, err);
	free(key);
	return rc;
}

static int collect_misc(struct collect *c, struct error *err)
{
	static const char *const plain[] = {
		"query-target", "query-pci", "query-cpus-fast", "query-hotpluggable-cpus",
		"query-memory-devices", "query-memory-size-summary", "query-memdev", "query-acpi-ospm-status",
		"query-kvm",
	};
	struct json_object *r, *v, *args = NULL;
	size_t i;

	/* query-version first: it decides query-machines' arguments */
	if (misc(c, "query-version", "query-version", NULL, err))
		return -1;
	r = json_object_object_get(c->qmp, "query-version");
	if (!json_object_object_get_ex(r, "return", &r) || !json_object_object_get_ex(r, "qemu", &v))
		return error_set(err, ERR_INPUT, "qmp: query-version failed: no \"qemu\" version in the reply");
	c->major = json_object_get_int(json_object_object_get(v, "major"));
	c->minor = json_object_get_int(json_object_object_get(v, "minor"));
	c->micro = json_object_get_int(json_object_object_get(v, "micro"));
	c->package = xstrdup(json_object_object_get_ex(r, "package", &v) ? json_object_get_string(v) : "");
	/* compat-props exists from QEMU 9.1 on (docs/formats.md, decode-qmp.c) */
	if (c->major > 9 || (c->major == 9 && c->minor >= 1)) {
		args = json_object_new_object();
		json_object_object_add(args, "compat-props", json_object_new_boolean(1));
	}
	if (misc(c, "query-machines", "query-machines", args, err))
		return -1;
	for (i = 0; i < ARRAY_SIZE(plain); i++)
		if (misc(c, plain[i], plain[i], NULL, err))
			return -1;
	r = json_object_object_get(c->qmp, "query-target");
	if (json_object_object_get_ex(r, "return", &r) && json_object_object_get_ex(r, "arch", &v))
		c->arch = xstrdup(json_object_get_string(v));
	if (hmp(c, "info qtree", err) || hmp(c, "info mtree -f", err))
		return -1;
	return 0;
}

/*
 * The description QEMU appends to a migration stream: QEMU_VM_VMDESCRIPTION
 * (0x06), a big-endian 32-bit length, then that many bytes of JSON, which
 * end the stream.  Found from the end; NULL if the stream has none.
 */
static struct json_object *find_vmdesc(const struct strbuf *st)
{
	const unsigned char *b = (const unsigned char *)st->buf;
	size_t p, stop = st->len > (64u << 20) ? st->len - (64u << 20) : 0;
	struct error ignore = ERROR_INIT;
	struct json_object *o;

	if (st->len < 7)
		return NULL;
	for (p = st->len - 7; p + 1 > stop; p--) {
		size_t len = (size_t)b[p + 1] << 24 | (size_t)b[p + 2] << 16 | (size_t)b[p + 3] << 8 | b[p + 4];

		if (b[p] == 0x06 && b[p + 5] == '{' && len == st->len - p - 5 &&
		    !json_parse(st->buf + p + 5, len, "vmdesc", &o, &ignore)) {
			if (json_object_is_type(o, json_type_object))
				return o;
			json_object_put(o);
		}
		if (!p)
			break;
	}
	return NULL;
}

/*
 * Migrate the stopped machine into a file (fd: migration, the file passed
 * with getfd) and keep migration-vmdesc.json's {"status", "error-desc",
 * "stream_bytes", "vmdesc", "vmdesc_suppressed"}; a refused migration is
 * recorded as {"status": "exception", "error": ...}, an observation.
 */
static int collect_vmdesc(struct collect *c, struct error *err)
{
	struct json_object *args, *reply, *ret, *v, *m;
	struct strbuf stream = STRBUF_INIT;
	const char *desc;
	char status[32] = "";
	int fd, suppressed = 0;

	m = json_object_object_get(c->qom, "/machine");
	if ((v = json_object_object_get(json_object_object_get(m, "props"), "suppress-vmdesc")))
		suppressed = json_object_get_boolean(json_object_object_get(v, "value"));
	fd = open(tmp_stream, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return error_set(err, ERR_IO, "migration: cannot create '%s': %s", tmp_stream, strerror(errno));
	args = json_object_new_object();
	json_object_object_add(args, "fdname", json_object_new_string("abidb-migration"));
	if (qmp_execute_fd(c->q, "getfd", NULL, args, fd, c->deadline, &reply, err)) {
		close(fd);
		json_object_put(args);
		return -1;
	}
	close(fd);
	json_object_put(args);
	if (qmp_reply_is_error(reply, &desc)) {
		error_set(err, ERR_INPUT, "qmp: getfd failed: %s", desc);
		json_object_put(reply);
		return -1;
	}
	json_object_put(reply);
	args = json_object_new_object();
	json_object_object_add(args, "uri", json_object_new_string("fd:abidb-migration"));
	if (qmp_execute(c->q, "migrate", NULL, args, c->deadline, &reply, err)) {
		json_object_put(args);
		return -1;
	}
	json_object_put(args);
	c->vmdesc = json_object_new_object();
	if (qmp_reply_is_error(reply, &desc)) {
		json_object_object_add(c->vmdesc, "error", json_object_new_string(desc));
		json_object_object_add(c->vmdesc, "status", json_object_new_string("exception"));
		json_object_put(reply);
		return 0;
	}
	json_object_put(reply);
	for (;;) {
		if (call_ok(c, "query-migrate", NULL, NULL, &ret, err))
			return -1;
		v = json_object_object_get(ret, "status");
		snprintf(status, sizeof(status), "%s", v ? json_object_get_string(v) : "");
		if (!strcmp(status, "completed") || !strcmp(status, "failed") || !strcmp(status, "cancelled"))
			break;
		json_object_put(ret);
		if (qmp_now_ms() >= c->deadline)
			return error_set(err, ERR_IO, "migration: not finished within %ld s (status '%s')",
					 c->timeout_s, status);
		usleep(20000);
	}
	json_object_object_add(c->vmdesc, "status", json_object_new_string(status));
	v = json_object_object_get(ret, "error-desc");
	json_object_object_add(c->vmdesc, "error-desc", json_object_get(v));
	json_object_put(ret);
	if (strcmp(status, "completed"))
		return 0;
	if (read_input(tmp_stream, &stream, 0, err))
		return error_prefix(err, "migration");
	json_object_object_add(c->vmdesc, "stream_bytes", json_object_new_int64((int64_t)stream.len));
	json_object_object_add(c->vmdesc, "vmdesc_suppressed", json_object_new_boolean(suppressed));
	if (!suppressed) {
		struct json_object *d = find_vmdesc(&stream);

		if (!d) {
			strbuf_release(&stream);
			return error_set(err, ERR_INPUT, "migration: no device description at the end of the "
					 "%zu-byte stream", stream.len);
		}
		json_object_object_add(c->vmdesc, "vmdesc", d);
	}
	strbuf_release(&stream);
	unlink(tmp_stream);
	return 0;
}

/* Start QEMU stopped, wait for its QMP socket, and connect. */
static int start_qemu(struct collect *c, struct error *err)
{
	char *argv[] = { (char *)c->qemu, "-machine", (char *)c->machine, "-accel", "tcg", "-S",
			 "-display", "none", "-qmp", NULL, NULL };
	struct error last = ERROR_INIT;
	struct strbuf tail = STRBUF_INIT;
	char *qmparg = xstrfmt("unix:%s,server=on,wait=off", tmp_sock);
	struct stat st;
	int status;

	argv[9] = qmparg;
	c->deadline = qmp_now_ms() + c->timeout_s * 1000;
	if (spawn(argv, err)) {
		free(qmparg);
		return -1;
	}
	free(qmparg);
	for (;;) {
		if (wait_child(0, &status) == 0) {
			char how[64];

			exit_text(status, how, sizeof(how));
			stderr_tail(&tail);
			error_set(err, ERR_INPUT, "qemu: '%s -machine %s' exited (%s) before QMP was ready%s",
				  c->qemu, c->machine, how, tail.buf);
			strbuf_release(&tail);
			return -1;
		}
		if (!stat(tmp_sock, &st) && !qmp_connect(&c->q, tmp_sock, c->deadline, &last))
			return 0;
		if (qmp_now_ms() >= c->deadline) {
			stderr_tail(&tail);
			error_set(err, ERR_IO, "qemu: no QMP connection within %ld s%s%s%s", c->timeout_s,
				  last.msg[0] ? ": " : "", last.msg, tail.buf);
			strbuf_release(&tail);
			return -1;
		}
		usleep(20000);
	}
}

static int quit_qemu(struct collect *c, struct error *err)
{
	struct json_object *ret = NULL;
	int status;

	/* QEMU may close the socket before or after it answers: only its exit counts */
	if (call_ok(c, "quit", NULL, NULL, &ret, err) && !strstr(err->msg, "closed the connection"))
		return -1;
	json_object_put(ret);
	error_clear(err);
	qmp_close(c->q);
	c->q = NULL;
	if (wait_child(c->deadline, &status))
		return error_set(err, ERR_IO, "qemu: did not exit within %ld s after quit", c->timeout_s);
	return 0;
}

static int dump_vmstate(struct collect *c, struct error *err)
{
	char *argv[] = { (char *)c->qemu, "-machine", (char *)c->machine, "-dump-vmstate", tmp_vmstate, NULL };
	struct strbuf buf = STRBUF_INIT, tail = STRBUF_INIT;
	char how[64];
	int status;

	c->deadline = qmp_now_ms() + c->timeout_s * 1000;
	if (spawn(argv, err))
		return error_prefix(err, "vmstate");
	if (wait_child(c->deadline, &status))
		return error_set(err, ERR_IO, "vmstate: '%s -machine %s -dump-vmstate' did not finish within %ld s",
				 c->qemu, c->machine, c->timeout_s);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		exit_text(status, how, sizeof(how));
		stderr_tail(&tail);
		error_set(err, ERR_INPUT, "vmstate: '%s -machine %s -dump-vmstate' failed (%s)%s", c->qemu,
			  c->machine, how, tail.buf);
		strbuf_release(&tail);
		return -1;
	}
	if (read_input(tmp_vmstate, &buf, VMSTATE_MAX_BYTES, err) ||
	    json_parse(buf.buf, buf.len, "-dump-vmstate output", &c->vmstate, err)) {
		strbuf_release(&buf);
		return error_prefix(err, "vmstate");
	}
	strbuf_release(&buf);
	if (!json_object_is_type(c->vmstate, json_type_object))
		return error_set(err, ERR_INPUT, "vmstate: the -dump-vmstate output is not a JSON object");
	return 0;
}

static const char *infer_stream(const char *p)
{
	if (!*p)
		return "upstream";
	if (starts_with(p, "Debian"))
		return "debian";
	if (starts_with(p, "Ubuntu"))
		return "ubuntu";
	if (strstr(p, ".el") || starts_with(p, "qemu-kvm"))
		return "rhel";
	if (strstr(p, ".fc"))
		return "fedora";
	return "downstream";
}

static int write_document(struct collect *c, struct error *err)
{
	struct json_object *doc = json_object_new_object(), *o, *secs;
	struct strbuf out = STRBUF_INIT;
	char when[32];
	time_t now = time(NULL);
	struct tm tm;
	FILE *f;
	int rc = 0;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_object_object_add(doc, "format", json_object_new_string("abidb-dump"));
	json_object_object_add(doc, "version", json_object_new_int(1));
	o = json_object_new_object();
	strbuf_addf(&out, "%d.%d.%d", c->major, c->minor, c->micro);
	json_object_object_add(o, "version", json_object_new_string(out.buf));
	strbuf_reset(&out);
	json_object_object_add(o, "package", json_object_new_string(c->package));
	json_object_object_add(o, "stream", json_object_new_string(c->stream ? c->stream : infer_stream(c->package)));
	json_object_object_add(doc, "qemu", o);
	o = json_object_new_object();
	json_object_object_add(o, "name", json_object_new_string(c->machine));
	json_object_object_add(o, "arch", json_object_new_string(c->arch ? c->arch : "x86_64"));
	json_object_object_add(doc, "machine", o);
	o = json_object_new_object();
	json_object_object_add(o, "name", json_object_new_string(COLLECTOR_NAME));
	json_object_object_add(o, "version", json_object_new_string(COLLECTOR_VERSION));
	json_object_object_add(o, "when", json_object_new_string(when));
	json_object_object_add(doc, "collector", o);
	secs = json_object_new_object();
	json_object_object_add(secs, "qom", json_object_get(c->qom));
	json_object_object_add(secs, "qmp", json_object_get(c->qmp));
	if (c->vmstate)
		json_object_object_add(secs, "vmstate", json_object_get(c->vmstate));
	if (c->vmdesc)
		json_object_object_add(secs, "vmdesc", json_object_get(c->vmdesc));
	json_object_object_add(doc, "sections", secs);
	json_canonical(doc, &out);
	strbuf_addch(&out, '\n');
	json_object_put(doc);
	if (!strcmp(c->out, "-")) {
		if (fwrite(out.buf, 1, out.len, stdout) != out.len || fflush(stdout))
			rc = error_set(err, ERR_IO, "output: cannot write standard output: %s", strerror(errno));
	} else {
		/* write beside, then rename: a failed run never leaves half a document */
		char *tmp = xstrfmt("%s.tmp.%d", c->out, (int)getpid());

		f = fopen(tmp, "wb");
		if (!f) {
			rc = error_set(err, ERR_IO, "output: cannot create '%s': %s", tmp, strerror(errno));
		} else if (fwrite(out.buf, 1, out.len, f) != out.len || fflush(f) || fsync(fileno(f)) ||
			   fclose(f)) {
			rc = error_set(err, ERR_IO, "output: cannot write '%s': %s", tmp, strerror(errno));
			unlink(tmp);
		} else if (rename(tmp, c->out)) {
			rc = error_set(err, ERR_IO, "output: cannot rename '%s' to '%s': %s", tmp, c->out,
				       strerror(errno));
			unlink(tmp);
		}
		free(tmp);
	}
	strbuf_release(&out);
	return rc;
}

/* After a failed QMP step: if QEMU is gone, say how, and what it printed.  Returns -1. */
static int note_qemu_exit(struct error *err)
{
	struct strbuf tail = STRBUF_INIT;
	char how[64];
	int status;

	if (child_pid > 0 && wait_child(0, &status) == 0) {
		exit_text(status, how, sizeof(how));
		stderr_tail(&tail);
		if (strlen(err->msg) + strlen(how) + tail.len + 20 < sizeof(err->msg))
			snprintf(err->msg + strlen(err->msg), sizeof(err->msg) - strlen(err->msg),
				 "; qemu exited (%s)%s", how, tail.buf);
		strbuf_release(&tail);
	}
	return -1;
}

static int run(struct collect *c, struct error *err)
{
	const char *tmpbase = getenv("TMPDIR");

	if (!tmpbase || !*tmpbase || strlen(tmpbase) > 150)
		tmpbase = "/tmp";
	snprintf(tmp_dir, sizeof(tmp_dir), "%s/abidb-collect.XXXXXX", tmpbase);
	if (!mkdtemp(tmp_dir)) {
		int e = errno;

		tmp_dir[0] = 0;
		return error_set(err, ERR_IO, "cannot create a temporary folder in '%s': %s", tmpbase, strerror(e));
	}
	snprintf(tmp_sock, sizeof(tmp_sock), "%s/qmp.sock", tmp_dir);
	snprintf(tmp_log, sizeof(tmp_log), "%s/qemu.log", tmp_dir);
	snprintf(tmp_vmstate, sizeof(tmp_vmstate), "%s/vmstate.json", tmp_dir);
	snprintf(tmp_stream, sizeof(tmp_stream), "%s/migration.stream", tmp_dir);

	if (start_qemu(c, err))
		return -1;
	c->qom = json_object_new_object();
	c->qmp = json_object_new_object();
	if (walk_qom(c, "/machine", NULL, err) || walk_qom(c, "/objects", NULL, err) || collect_misc(c, err) ||
	    (!c->no_vmdesc && collect_vmdesc(c, err)) || quit_qemu(c, err))
		return note_qemu_exit(err);
	if (!c->no_vmstate && dump_vmstate(c, err))
		return -1;
	return write_document(c, err);
}

int cmd_collect(struct cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "qemu", required_argument, NULL, 'q' },
		{ "machine", required_argument, NULL, 'm' },
		{ "out", required_argument, NULL, 'o' },
		{ "stream", required_argument, NULL, 's' },
		{ "timeout", required_argument, NULL, 't' },
		{ "no-vmstate", no_argument, NULL, 'V' },
		{ "no-vmdesc", no_argument, NULL, 'D' },
		{ NULL, 0, NULL, 0 }
	};
	struct collect c;
	struct error err = ERROR_INIT;
	struct sigaction sa, old_int, old_term, old_hup, old_pipe;
	char *end;
	int ch, rc;
	size_t i;

	(void)cli;
	memset(&c, 0, sizeof(c));
	c.out = "-";
	c.timeout_s = DEFAULT_TIMEOUT_S;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': c.qemu = optarg; break;
		case 'm': c.machine = optarg; break;
		case 'o': c.out = optarg; break;
		case 's': c.stream = optarg; break;
		case 'V': c.no_vmstate = 1; break;
		case 'D': c.no_vmdesc = 1; break;
		case 't':
			c.timeout_s = strtol(optarg, &end, 10);
			if (!*optarg || *end || c.timeout_s < 1 || c.timeout_s > 86400)
				return cli_usage("collect", "--timeout needs a number of seconds (1..86400), not '%s'",
						 optarg);
			break;
		default: return cli_usage("collect", NULL);
		}
	}
	if (optind != argc)
		return cli_usage("collect", "unexpected argument '%s'", argv[optind]);
	if (!c.qemu || !c.machine)
		return cli_usage("collect", "need --qemu BINARY and --machine TYPE");
	if (!*c.machine || c.machine[0] == '-')
		return cli_usage("collect", "bad machine type '%s'", c.machine);
	for (i = 0; c.machine[i]; i++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-", c.machine[i]))
			return cli_usage("collect", "machine type '%s' has a character outside [A-Za-z0-9._-]",
					 c.machine);
	if (c.stream && !*c.stream)
		return cli_usage("collect", "--stream needs a name");
	if (!strchr(c.qemu, '/'))
		return cli_usage("collect", "--qemu needs a path to the binary, such as /usr/bin/qemu-system-x86_64");

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	/* a reader that went away is a write error, reported after the cleanup, not a silent death */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, &old_pipe);

	rc = run(&c, &err);

	qmp_close(c.q);
	kill_child();
	cleanup_files();
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	sigaction(SIGPIPE, &old_pipe, NULL);
	json_object_put(c.qom);
	json_object_put(c.qmp);
	json_object_put(c.vmstate);
	json_object_put(c.vmdesc);
	free(c.package);
	free(c.arch);
	return rc ? cli_fail(&err) : EXIT_OK;
}
