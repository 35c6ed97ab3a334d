/* acpi-iasl.c: running iasl -d on ACPI tables in a private directory, bounded in time and output. */
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "acpi.h"
#include "util.h"

/* ---- running iasl ---- */

/* The absolute path of iasl on $PATH, or NULL. */
static char *find_iasl(void)
{
	const char *path = getenv("PATH");
	const char *p, *end;

	if (!path || !*path)
		return NULL;
	for (p = path; ; p = end + 1) {
		char *cand;

		end = strchrnul(p, ':');
		cand = xstrfmt("%.*s/iasl", (int)(end - p), p);
		if (end > p && cand[0] == '/' && !access(cand, X_OK))
			return cand;
		free(cand);
		if (!*end)
			return NULL;
	}
}

#define DSL_LIMIT (64u << 20)	/* per output file: RLIMIT_FSIZE of the child, and what we read */
#define DEFAULT_TIMEOUT_MS 10000

enum run_status { RUN_EXITED, RUN_SIGNALED, RUN_TIMEOUT, RUN_FAILED };

struct run_result {
	enum run_status status;
	int code;		/* exit status, or the signal */
};

static long timeout_ms(void)
{
	const char *e = getenv("ABIDB_IASL_TIMEOUT_MS");
	long v = e && *e ? strtol(e, NULL, 10) : 0;

	return v > 0 ? v : DEFAULT_TIMEOUT_MS;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Run "iasl -d names..." inside dir, stdio on /dev/null, files capped at
 * DSL_LIMIT bytes (a bigger one kills the child with SIGXFSZ), killed after
 * the timeout.  The child's own process group is killed with it.  The wait
 * sleeps on a pidfd (woken when the child exits), or polls where the kernel
 * has none.
 */
static struct run_result run_iasl(const char *iasl, const char *dir, char **names, size_t nr)
{
	struct run_result r = { RUN_FAILED, 0 };
	char **argv = xcalloc(nr + 3, sizeof(*argv));
	long long deadline = now_ms() + timeout_ms();
	long long left;
	long nap_us = 200;
	pid_t pid, w;
	int status = 0, pfd = -1;
	size_t i;

	argv[0] = (char *)"iasl";
	argv[1] = (char *)"-d";
	for (i = 0; i < nr; i++)
		argv[i + 2] = names[i];
	argv[nr + 2] = NULL;

	pid = fork();
	if (pid < 0)
		goto out;
	if (!pid) {
		/* only async-signal-safe calls here: the parent may be threaded */
		struct rlimit fsize = { DSL_LIMIT, DSL_LIMIT };
		int fd = open("/dev/null", O_RDWR);

		setpgid(0, 0);
		if (fd < 0 || chdir(dir) < 0 || setrlimit(RLIMIT_FSIZE, &fsize) < 0)
			_exit(127);
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
		execv(iasl, argv);
		_exit(127);
	}
	pfd = (int)syscall(SYS_pidfd_open, pid, 0);
	for (;;) {
		w = waitpid(pid, &status, WNOHANG);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			goto out;
		if (w == pid)
			break;
		left = deadline - now_ms();
		if (left <= 0) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			r.status = RUN_TIMEOUT;
			goto out;
		}
		if (pfd >= 0) {
			/* the pidfd becomes readable when the child exits */
			struct pollfd p = { pfd, POLLIN, 0 };

			poll(&p, 1, left > 1000 ? 1000 : (int)left);
		} else {
			struct timespec ts = { 0, nap_us * 1000 };

			nanosleep(&ts, NULL);
			if (nap_us < 20000)
				nap_us *= 2;
		}
	}
	if (WIFEXITED(status)) {
		r.status = WEXITSTATUS(status) == 127 ? RUN_FAILED : RUN_EXITED;
		r.code = WEXITSTATUS(status);
	} else {
		r.status = RUN_SIGNALED;
		r.code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	}
out:
	if (pfd >= 0)
		close(pfd);
	free(argv);
	return r;
}

static int write_file(const char *path, const void *data, size_t len)
{
	const unsigned char *p = data;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd < 0)
		return -1;
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		p += n;
		len -= n;
	}
	return close(fd);
}

/* Read t<i>.dsl of dir into dsl; 0, or -1 when iasl left none. */
static int read_dsl(const char *dir, size_t i, struct strbuf *dsl)
{
	char *p = xstrfmt("%s/t%zu.dsl", dir, i);
	int rc;

	strbuf_reset(dsl);
	rc = read_file(p, dsl, DSL_LIMIT, NULL);
	free(p);
	return rc;
}

/* The error for a table iasl did not turn into a .dsl, from how its run ended. */
static int run_error(const struct iasl_job *j, const char *iasl, struct run_result r, struct error *err)
{
	switch (r.status) {
	case RUN_FAILED:
		return error_set(err, ERR_INTERNAL, "cannot run '%s'", iasl);
	case RUN_TIMEOUT:
		return error_set(err, ERR_INPUT, "'%s': iasl did not finish the table within %ld ms", j->path,
				 timeout_ms());
	case RUN_SIGNALED:
		return error_set(err, ERR_INPUT, "'%s': iasl died on signal %d (%s) disassembling the table",
				 j->path, r.code, r.code == SIGXFSZ ? "output over 64 MiB" : strsignal(r.code));
	default:
		return error_set(err, ERR_INPUT, "'%s': iasl cannot disassemble the table", j->path);
	}
}

int iasl_disassemble(struct iasl_job *jobs, size_t n, struct error *err)
{
	char **names = NULL, *iasl = NULL, *dir = NULL;
	const char *tmp = getenv("TMPDIR");
	struct run_result r;
	size_t i;
	int ret = -1;

	if (!n)
		return 0;
	iasl = find_iasl();
	if (!iasl)
		return error_set(err, ERR_INTERNAL, "iasl not found: install acpica-tools");
	dir = xstrfmt("%s/abidb-acpi-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		error_set(err, ERR_IO, "cannot create a temporary directory for iasl: %s", strerror(errno));
		free(dir);
		dir = NULL;
		goto out;
	}
	names = xcalloc(n, sizeof(*names));
	for (i = 0; i < n; i++) {
		char *p;

		names[i] = xstrfmt("t%zu.bin", i);
		p = xstrfmt("%s/%s", dir, names[i]);
		if (write_file(p, jobs[i].data, jobs[i].len) < 0) {
			error_set(err, ERR_IO, "cannot write '%s': %s", p, strerror(errno));
			free(p);
			goto out;
		}
		free(p);
	}
	r = run_iasl(iasl, dir, names, n);
	if (r.status == RUN_FAILED) {
		run_error(&jobs[0], iasl, r, err);
		goto out;
	}
	for (i = 0; i < n; i++) {
		struct run_result one;

		/* output of a killed run may be cut short: only a finished run's counts */
		if (r.status == RUN_EXITED && !read_dsl(dir, i, &jobs[i].dsl))
			continue;
		/* a batch may stop at a bad table: retry this one alone */
		one = run_iasl(iasl, dir, &names[i], 1);
		if (one.status != RUN_EXITED || read_dsl(dir, i, &jobs[i].dsl) < 0) {
			run_error(&jobs[i], iasl, one, err);
			goto out;
		}
	}
	ret = 0;
out:
	if (dir)
		remove_tree(dir);
	for (i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
	free(dir);
	free(iasl);
	return ret;
}
