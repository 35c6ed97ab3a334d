/* child.c: the QEMU child of a collect run and its private temporary folder (see child.h). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child.h"
#include "qmp.h"
#include "util.h"

#define MAX_FILES 16

/* Global so that a fatal signal can clean up (see child.h). */
static volatile sig_atomic_t child_pid;
static char tmp_dir[256];
static char tmp_files[MAX_FILES][320];
static int handlers_set;
static char label[64] = "qemu";	/* who speaks in child_stderr_tail() */
static const char *log_name = "qemu.log";	/* where the child's stderr goes, in the folder */
static const char *qmp_name = "qmp.sock";	/* child_start_qemu()'s socket, in the folder */
static struct sigaction old_int, old_term, old_hup, old_pipe;

static int folder_owner = 1;	/* 0 in a forked side or twin process: the folder is its parent's */

static void cleanup_files(void)
{
	int i;

	if (!folder_owner)
		return;
	for (i = 0; i < MAX_FILES; i++)
		if (tmp_files[i][0])
			unlink(tmp_files[i]);
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

int child_setup(struct error *err)
{
	const char *tmpbase = getenv("TMPDIR");
	struct sigaction sa;

	if (!tmpbase || !*tmpbase || strlen(tmpbase) > 150)
		tmpbase = "/tmp";
	memset(tmp_files, 0, sizeof(tmp_files));
	snprintf(tmp_dir, sizeof(tmp_dir), "%s/abidb-collect.XXXXXX", tmpbase);
	if (!mkdtemp(tmp_dir)) {
		int e = errno;

		tmp_dir[0] = 0;
		return error_set(err, ERR_IO, "cannot create a temporary folder in '%s': %s", tmpbase, strerror(e));
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	/* a reader that went away is a write error, reported after the cleanup, not a silent death */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, &old_pipe);
	handlers_set = 1;
	return 0;
}

void child_teardown(void)
{
	child_kill();
	cleanup_files();
	tmp_dir[0] = 0;
	memset(tmp_files, 0, sizeof(tmp_files));
	if (handlers_set) {
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGTERM, &old_term, NULL);
		sigaction(SIGHUP, &old_hup, NULL);
		sigaction(SIGPIPE, &old_pipe, NULL);
		handlers_set = 0;
	}
}

const char *child_file(const char *name)
{
	char path[320];
	int i, free_slot = -1;

	snprintf(path, sizeof(path), "%s/%s", tmp_dir, name);
	for (i = 0; i < MAX_FILES; i++) {
		if (!strcmp(tmp_files[i], path))
			return tmp_files[i];
		if (!tmp_files[i][0] && free_slot < 0)
			free_slot = i;
	}
	if (free_slot < 0)
		abort();	/* a programming error: more names than MAX_FILES */
	memcpy(tmp_files[free_slot], path, sizeof(path));
	return tmp_files[free_slot];
}

void child_forked(void)
{
	folder_owner = 0;
	child_pid = 0;
}

void child_use_log(const char *name)
{
	log_name = name;
}

void child_use_qmp_socket(const char *name)
{
	qmp_name = name;
}

int child_running(void)
{
	return child_pid > 0;
}

void child_kill(void)
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

void child_stop_process(pid_t pid)
{
	long long until = qmp_now_ms() + 2000;
	pid_t r;

	if (pid <= 0)
		return;
	/* SIGTERM: its handler (on_fatal_signal, inherited) kills its child's process group first */
	kill(pid, SIGTERM);
	for (;;) {
		r = waitpid(pid, NULL, WNOHANG);
		if (r == pid || (r < 0 && errno != EINTR))
			return;
		if (qmp_now_ms() >= until)
			break;
		usleep(1000);
	}
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

void child_stderr_tail(struct strbuf *sb)
{
	struct strbuf all = STRBUF_INIT;
	struct error ignore = ERROR_INIT;
	size_t start;

	strbuf_reset(sb);
	if (!tmp_dir[0] || read_input(child_file(log_name), &all, 1 << 20, &ignore) || !all.len) {
		strbuf_release(&all);
		return;
	}
	while (all.len && (all.buf[all.len - 1] == '\n' || all.buf[all.len - 1] == '\r'))
		strbuf_setlen(&all, all.len - 1);
	start = all.len > 400 ? all.len - 400 : 0;
	strbuf_addf(sb, " (%s said: ", label);
	for (; start < all.len; start++)
		strbuf_addch(sb, all.buf[start] == '\n' ? ' ' : all.buf[start]);
	strbuf_addch(sb, ')');
	strbuf_release(&all);
}

void child_stderr_all(struct strbuf *sb)
{
	struct error ignore = ERROR_INIT;
	struct strbuf all = STRBUF_INIT;

	if (tmp_dir[0] && !read_input(child_file("qemu.log"), &all, 1 << 20, &ignore))
		strbuf_add(sb, all.buf, all.len);
	strbuf_release(&all);
}

char **child_argv(char *const base[], char *const extra[])
{
	size_t nb = 0, ne = 0;
	char **argv;

	while (base[nb])
		nb++;
	while (extra && extra[ne])
		ne++;
	argv = xcalloc(nb + ne + 1, sizeof(*argv));
	memcpy(argv, base, nb * sizeof(*argv));
	if (ne)
		memcpy(argv + nb, extra, ne * sizeof(*argv));
	return argv;
}

int child_fork(int pfd[2], pid_t *pid, struct error *err)
{
	if (pipe2(pfd, O_CLOEXEC))
		return error_set(err, ERR_IO, "cannot create a pipe: %s", strerror(errno));
	fflush(NULL);
	*pid = fork();
	if (*pid < 0) {
		close(pfd[0]);
		close(pfd[1]);
		return error_set(err, ERR_IO, "cannot fork: %s", strerror(errno));
	}
	return 0;
}

int child_spawn(char *const argv[], struct error *err)
{
	const char *log = child_file(log_name);
	int pfd[2], null_fd, log_fd, child_errno = 0;
	ssize_t n;
	pid_t pid;
	const char *base = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];

	snprintf(label, sizeof(label), "%s", strstr(base, "qemu") ? "qemu" : base);
	if (child_fork(pfd, &pid, err))
		return -1;
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
		log_fd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
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
		child_kill();
		return error_set(err, ERR_IO, "%s: cannot run '%s': %s", label, argv[0], strerror(child_errno));
	}
	return 0;
}

int child_wait(long long deadline_ms, int *status)
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
		usleep(2000);
	}
}

void child_exit_text(int status, char *buf, size_t len)
{
	if (WIFEXITED(status))
		snprintf(buf, len, "exit status %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, len, "killed by signal %d", WTERMSIG(status));
	else
		snprintf(buf, len, "status %d", status);
}

int child_note_exit(struct error *err)
{
	struct strbuf tail = STRBUF_INIT;
	char how[64];
	int status;

	if (child_pid > 0 && child_wait(0, &status) == 0) {
		child_exit_text(status, how, sizeof(how));
		child_stderr_tail(&tail);
		if (strlen(err->msg) + strlen(how) + tail.len + 20 < sizeof(err->msg))
			snprintf(err->msg + strlen(err->msg), sizeof(err->msg) - strlen(err->msg),
				 "; qemu exited (%s)%s", how, tail.buf);
		strbuf_release(&tail);
	}
	return -1;
}

int child_run(char *const argv[], const char *what, long long deadline_ms, struct error *err)
{
	struct strbuf tail = STRBUF_INIT;
	char how[64];
	int status;

	if (child_spawn(argv, err))
		return error_prefix(err, "%s", what);
	if (child_wait(deadline_ms, &status)) {
		child_kill();
		return error_set(err, ERR_IO, "%s: did not finish in time", what);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		child_exit_text(status, how, sizeof(how));
		child_stderr_tail(&tail);
		error_set(err, ERR_INPUT, "%s failed (%s)%s", what, how, tail.buf);
		strbuf_release(&tail);
		return -1;
	}
	return 0;
}

int child_start_qemu(const char *qemu, const char *machine, char *const extra[], long timeout_s,
		     long long deadline_ms, struct qmp **q, struct error *err)
{
	const char *sock = child_file(qmp_name);
	char *qmparg = xstrfmt("unix:%s,server=on,wait=off", sock);
	char *base[] = { (char *)qemu, "-machine", (char *)machine, "-accel", "tcg", "-S",
			 "-display", "none", "-qmp", qmparg, NULL };
	char **argv = child_argv(base, extra);
	struct error last = ERROR_INIT;
	struct strbuf tail = STRBUF_INIT;
	struct stat st;
	int status, rc;

	*q = NULL;
	rc = child_spawn(argv, err);
	free(argv);
	free(qmparg);
	if (rc)
		return -1;
	for (;;) {
		if (child_wait(0, &status) == 0) {
			char how[64];

			child_exit_text(status, how, sizeof(how));
			child_stderr_tail(&tail);
			error_set(err, ERR_INPUT, "qemu: '%s -machine %s' exited (%s) before QMP was ready%s",
				  qemu, machine, how, tail.buf);
			strbuf_release(&tail);
			return -1;
		}
		if (!stat(sock, &st) && !qmp_connect(q, sock, deadline_ms, &last))
			return 0;
		if (qmp_now_ms() >= deadline_ms) {
			child_stderr_tail(&tail);
			error_set(err, ERR_IO, "qemu: no QMP connection within %ld s%s%s%s", timeout_s,
				  last.msg[0] ? ": " : "", last.msg, tail.buf);
			strbuf_release(&tail);
			return -1;
		}
		usleep(5000);
	}
}

int child_quit_qemu(struct qmp **q, long long deadline_ms, long timeout_s, struct error *err)
{
	struct json_object *reply = NULL;
	int status;

	/* QEMU may close the socket before or after it answers: only its exit counts */
	if (qmp_execute(*q, "quit", NULL, NULL, deadline_ms, &reply, err) && !strstr(err->msg, "closed the connection"))
		return -1;
	json_object_put(reply);
	error_clear(err);
	qmp_close(*q);
	*q = NULL;
	if (child_wait(deadline_ms, &status))
		return error_set(err, ERR_IO, "qemu: did not exit within %ld s after quit", timeout_s);
	return 0;
}
