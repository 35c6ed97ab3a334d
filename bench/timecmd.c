/*
 * timecmd.c: run a command RUNS times and print wall-clock figures.
 *
 *   timecmd [-o FILE] RUNS CMD [ARGS...]
 *
 * The command's stdout goes to FILE (the last run's output) or /dev/null,
 * its stderr to /dev/null.  Prints "median_ms min_ms max_ms maxrss_kb", where
 * maxrss_kb is the largest ru_maxrss that wait4() reported (the figure GNU
 * time prints as %M).  Exits non-zero if any run failed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return a < b ? -1 : a > b;
}

int main(int argc, char **argv)
{
	const char *out = "/dev/null";
	double *t;
	long maxrss = 0;
	int runs, i, argi = 1, failed = 0;

	if (argc > 2 && !strcmp(argv[1], "-o")) {
		out = argv[2];
		argi = 3;
	}
	if (argc < argi + 2 || (runs = atoi(argv[argi])) <= 0) {
		fprintf(stderr, "usage: timecmd [-o FILE] RUNS CMD [ARGS...]\n");
		return 2;
	}
	t = calloc((size_t)runs, sizeof(*t));
	for (i = 0; i < runs; i++) {
		struct rusage ru;
		int status;
		double t0 = now_ms();
		pid_t pid = fork();

		if (pid < 0) {
			perror("fork");
			return 1;
		}
		if (!pid) {
			int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644), nul = open("/dev/null", O_WRONLY);

			if (fd < 0 || nul < 0) {
				perror(out);
				_exit(127);
			}
			dup2(fd, 1);
			dup2(nul, 2);
			execvp(argv[argi + 1], argv + argi + 1);
			perror(argv[argi + 1]);
			_exit(127);
		}
		if (wait4(pid, &status, 0, &ru) < 0) {
			perror("wait4");
			return 1;
		}
		t[i] = now_ms() - t0;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
		/* abidb diff exits 1 when records differ: only signals and >= 2 are failures */
		if (!WIFEXITED(status) || WEXITSTATUS(status) >= 2)
			failed = 1;
	}
	qsort(t, (size_t)runs, sizeof(*t), cmp_double);
	printf("%.3f %.3f %.3f %ld\n", runs % 2 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2,
	       t[0], t[runs - 1], maxrss);
	free(t);
	return failed;
}
