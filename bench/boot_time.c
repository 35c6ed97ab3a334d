/*
 * boot_time.c: time collect --boot's guest view (collector_boot) beside a boot of the same kernel with an
 * initramfs that powers off at once, in the same run (bench/boot.sh).
 *
 *   boot_time QEMU POWEROFF_INIT RUNS MACHINE...
 *
 * Per machine type, prints "<machine> bare <median_s> <min_s> <max_s>" and "<machine> probe <median_s> <min_s>
 * <max_s>".  The boots alternate (bare, probe, bare, probe ...) so that the load of a shared machine
 * weighs on both alike.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "boot.h"
#include "util.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void report(const char *machine, const char *what, double *t, int n)
{
	qsort(t, (size_t)n, sizeof(*t), cmp_double);
	printf("%s %s %.2f %.2f %.2f\n", machine, what, t[n / 2], t[0], t[n - 1]);
	fflush(stdout);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		return NULL;
	buf = xmalloc((size_t)n + 1);
	*len = fread(buf, 1, (size_t)n, f);
	fclose(f);
	return buf;
}

/* One boot of kernel + initrd to QEMU's exit, output discarded: seconds, or -1. */
static double bare_boot(const char *qemu, const char *machine, const char *kernel, const char *initrd)
{
	char *argv[] = { (char *)qemu, "-machine", (char *)machine, "-m", "512", "-accel", "tcg", "-nographic",
			 "-no-reboot", "-kernel", (char *)kernel, "-initrd", (char *)initrd, "-append",
			 "console=ttyS0 quiet panic=-1", NULL };
	double t0 = now_s();
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (!pid) {
		freopen("/dev/null", "r", stdin);
		freopen("/dev/null", "w", stdout);
		freopen("/dev/null", "w", stderr);
		execv(qemu, argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status))
		return -1;
	return now_s() - t0;
}

int main(int argc, char **argv)
{
	struct error err = ERROR_INIT;
	char *kernel = NULL, *init, dir[] = "/tmp/abidb-boot-bench.XXXXXX", initrd[64];
	size_t len;
	double *bare, *probe;
	int runs, i, m;

	if (argc < 5 || (runs = atoi(argv[3])) < 1) {
		fprintf(stderr, "usage: boot_time QEMU POWEROFF_INIT RUNS MACHINE...\n");
		return 2;
	}
	if (boot_find_kernel(BOOT_KERNEL_DIR, &kernel, &err)) {
		fprintf(stderr, "boot_time: %s\n", err.msg);
		return 1;
	}
	if (!(init = read_all(argv[2], &len)) || !mkdtemp(dir)) {
		fprintf(stderr, "boot_time: cannot read '%s' or make a temporary folder\n", argv[2]);
		return 1;
	}
	snprintf(initrd, sizeof(initrd), "%s/bare.cpio", dir);
	if (boot_initramfs(initrd, init, len, NULL, NULL, &err)) {
		fprintf(stderr, "boot_time: %s\n", err.msg);
		return 1;
	}
	bare = xcalloc((size_t)runs, sizeof(*bare));
	probe = xcalloc((size_t)runs, sizeof(*probe));
	for (m = 4; m < argc; m++) {
		struct boot_options o = { argv[1], argv[m], kernel, 0, NULL };

		for (i = 0; i < runs; i++) {
			struct json_object *g, *info;
			double t0;

			if ((bare[i] = bare_boot(argv[1], argv[m], kernel, initrd)) < 0) {
				fprintf(stderr, "boot_time: %s: the bare boot failed\n", argv[m]);
				return 1;
			}
			t0 = now_s();
			if (collector_boot(&o, &g, &info, &err)) {
				fprintf(stderr, "boot_time: %s: %s\n", argv[m], err.msg);
				return 1;
			}
			probe[i] = now_s() - t0;
			json_object_put(g);
			json_object_put(info);
		}
		report(argv[m], "bare", bare, runs);
		report(argv[m], "probe", probe, runs);
	}
	unlink(initrd);
	rmdir(dir);
	free(bare);
	free(probe);
	free(init);
	free(kernel);
	return 0;
}
