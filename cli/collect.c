/*
 * collect.c: abidb collect: options and output of the collector (collector/collect.c):
 * one machine type's abidb-dump to a file or stdout, or every machine type of a
 * binary into a release folder or to a server (--all, collector/all.c).  With --boot the
 * guest view comes from the in-guest probe booted in the machine (collector/boot.c).
 */
#include <errno.h>
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "all.h"
#include "boot.h"
#include "cli.h"
#include "collect.h"
#include "guest.h"
#include "util.h"

/* --qemu given as a bare name, found in $PATH; reachable until exit. */
static char *resolved_qemu;

/* The first executable `name` in $PATH, as a path (the caller's); NULL when none. */
static char *find_in_path(const char *name)
{
	const char *path = getenv("PATH"), *p, *e;

	for (p = path ? path : "/usr/bin:/bin"; *p; p = *e ? e + 1 : e) {
		char *full;

		e = strchrnul(p, ':');
		if (e == p)
			continue;
		full = xstrfmt("%.*s/%s", (int)(e - p), p, name);
		if (!access(full, X_OK))
			return full;
		free(full);
	}
	return NULL;
}

static int valid_machine(const char *m)
{
	size_t i;

	if (!*m || m[0] == '-')
		return 0;
	for (i = 0; m[i]; i++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-", m[i]))
			return 0;
	return 1;
}

/*
 * --boot: the host view without a guest view, then the probe's guest view
 * spliced in as sections.guest, with how it was made as collector.guest.
 */
static int collect_booted(const struct collect_options *o, const struct boot_options *b, struct json_object **doc,
			  struct error *err)
{
	struct collect_options host = *o;
	struct json_object *guest = NULL, *info = NULL, *secs, *coll;

	host.boot = 0;
	host.no_guest = 1;
	if (collect_machine(&host, doc, err))
		return -1;
	if (json_object_object_get_ex(*doc, "machine", &coll) && json_object_object_get_ex(coll, "arch", &secs) &&
	    !guest_fast_applies(json_object_get_string(secs))) {
		error_set(err, ERR_USAGE, "--boot: the probe boots an x86 Linux kernel; this QEMU's target is %s",
			  json_object_get_string(secs));
		json_object_put(*doc);
		*doc = NULL;
		return -1;
	}
	if (collector_boot(b, &guest, &info, err)) {
		json_object_put(*doc);
		*doc = NULL;
		return error_prefix(err, "--boot");
	}
	if (json_object_object_get_ex(*doc, "sections", &secs))
		json_object_object_add(secs, "guest", guest);
	else
		json_object_put(guest);
	if (json_object_object_get_ex(*doc, "collector", &coll))
		json_object_object_add(coll, "guest", info);
	else
		json_object_put(info);
	return 0;
}

static int collect_one(const struct collect_options *o, const struct boot_options *b, const char *out)
{
	struct json_object *doc = NULL;
	struct strbuf text = STRBUF_INIT;
	struct error err = ERROR_INIT;
	int rc;

	rc = b ? collect_booted(o, b, &doc, &err) : collect_machine(o, &doc, &err);
	if (!rc) {
		collect_document_text(doc, &text);
		rc = collect_write_file(out, text.buf, text.len, &err);
	}
	json_object_put(doc);
	strbuf_release(&text);
	return rc ? cli_fail(&err) : EXIT_OK;
}

/* --boot of one machine type: the kernel is found (or its absence named) before anything runs. */
static int boot_one(const struct collect_options *o, struct boot_options *b, const char *out)
{
	struct error err = ERROR_INIT;
	char *kernel = NULL;
	int rc;

	if (o->kernel && access(o->kernel, R_OK)) {
		error_set(&err, ERR_NOTFOUND, "--boot: no kernel to boot: '%s': %s", o->kernel, strerror(errno));
		return cli_fail(&err);
	}
	if (!o->kernel && boot_find_kernel(BOOT_KERNEL_DIR, &kernel, &err)) {
		error_prefix(&err, "--boot");
		return cli_fail(&err);
	}
	b->kernel = o->kernel ? o->kernel : kernel;
	rc = collect_one(o, b, out);
	free(kernel);
	return rc;
}

/* A progress bar on standard error, redrawn in place; only when it is a terminal. */
static void progress(void *ctx, const struct collect_all_event *ev)
{
	static const char bar[] = "==============================";
	const int width = (int)sizeof(bar) - 1;
	int filled;

	(void)ctx;
	if (ev->error)
		fprintf(stderr, "\r\033[Kcollect: %s: %s\n", ev->machine, ev->error);
	if (!ev->total)
		return;
	filled = (int)((size_t)width * ev->done / ev->total);
	fprintf(stderr, "\r\033[K[%.*s%*s] %zu/%zu", filled, bar, width - filled, "", ev->done, ev->total);
	if (ev->failed)
		fprintf(stderr, ", %zu failed", ev->failed);
	if (ev->machine && !ev->error)
		fprintf(stderr, " %s", ev->machine);
	if (ev->done == ev->total)
		fputc('\n', stderr);
	fflush(stderr);
}

static int collect_many(struct collect_all_options *a)
{
	struct collect_all_result res;
	struct error err = ERROR_INIT;
	size_t i;
	int rc;

	if (isatty(STDERR_FILENO)) {
		a->progress = progress;
		a->ctx = NULL;
	}
	rc = collect_all(a, &res, &err);
	if (rc) {
		collect_all_result_release(&res);
		return cli_fail(&err);
	}
	for (i = 0; i < res.nfailed; i++)
		fprintf(stderr, "error: %s: %s\n", res.failed[i].machine, res.failed[i].msg);
	printf("collect: %zu machine types: %zu collected, %zu already in %s, %zu failed\n", res.total, res.collected,
	       res.skipped, a->out_dir ? a->out_dir : "the folder", res.nfailed);
	rc = res.nfailed ? EXIT_ERROR : EXIT_OK;
	collect_all_result_release(&res);
	return rc;
}

static const struct cli_option options[] = {
	{ "qemu", 'q', "BINARY", "the QEMU to run (a path, or a name in $PATH)", 0 },
	{ "machine", 'm', "TYPE", "one machine type", 0 },
	{ "out", 'o', "FILE|DIR", "where to write: a dump (default -, stdout), or with --all a release folder", 0 },
	{ "all", 'a', NULL, "every versioned machine type the binary offers (query-machines)", 0 },
	{ "machines", 'M', "GLOB", "with --all: only machine types matching", 0 },
	{ "jobs", 'j', "N", "with --all: machine types at once (default 1)", OPT_SHORT },
	{ "upload", 'u', "URL", "with --all: send each record to an abidb server instead", 0 },
	{ "token", 'T', "T", "the upload token", 0 },
	{ "stream", 's', "S", "the release's stream (default: from the binary's package)", 0 },
	{ "timeout", 't', "S", "seconds a QEMU may take (default 120)", 0 },
	{ "no-vmstate", 'V', NULL, "skip -dump-vmstate", 0 },
	{ "no-vmdesc", 'D', NULL, "skip the migration description", 0 },
	{ "no-guest", 'G', NULL, "skip the guest view", 0 },
	{ "no-dtb", 'Y', NULL, "skip the device tree (-machine M,dumpdtb=FILE; arm, ppc, riscv)", 0 },
	{ "boot", 'b', NULL, "take the guest view from a booted Linux with abidb-probe (docs/probe.md)", 0 },
	{ "kernel", 'k', "FILE", "with --boot: the kernel (default: the newest /boot/vmlinuz-*)", 0 },
	{ "console", 'c', "FILE", "with --boot: keep the guest's console log here", 0 },
	{ "boot-timeout", 'B', "S", "with --boot: seconds the guest may take (default 60)", 0 },
	OPT_END
};

const struct cmd_help help_collect = {
	"--qemu BINARY (--machine TYPE | --all (--out DIR | --upload URL --token T))",
	"run QEMU on machine types and write their abidb-dumps (host view; guest view over fw_cfg, or --boot)",
	options, NULL,
};

int cmd_collect(struct cli *cli, int argc, char **argv)
{
	struct boot_options b = { NULL, NULL, NULL, 0, NULL };
	struct collect_all_options a;
	struct collect_options *o = &a.one;
	const char *out = NULL;
	char *end;
	int ch, all = 0;

	(void)cli;
	memset(&a, 0, sizeof(a));
	o->timeout_s = COLLECT_DEFAULT_TIMEOUT_S;
	a.jobs = 1;
	optind = 1;
	while ((ch = cli_getopt(argc, argv, options)) != -1) {
		switch (ch) {
		case 'q': o->qemu = optarg; break;
		case 'm': o->machine = optarg; break;
		case 'o': out = optarg; break;
		case 's': o->stream = optarg; break;
		case 'V': o->no_vmstate = 1; break;
		case 'D': o->no_vmdesc = 1; break;
		case 'G': o->no_guest = 1; break;
		case 'Y': o->no_dtb = 1; break;
		case 'a': all = 1; break;
		case 'M': a.glob = optarg; break;
		case 'u': a.upload_url = optarg; break;
		case 'T': a.token = optarg; break;
		case 'b': o->boot = 1; break;
		case 'k': o->kernel = optarg; break;
		case 'c': b.console = optarg; break;
		case 'B':
			b.timeout_s = strtol(optarg, &end, 10);
			if (!*optarg || *end || b.timeout_s < 1 || b.timeout_s > 86400)
				return cli_usage("collect", "--boot-timeout needs a number of seconds (1..86400), not '%s'",
						 optarg);
			break;
		case 'j':
			a.jobs = (int)strtol(optarg, &end, 10);
			if (!*optarg || *end || a.jobs < 1 || a.jobs > 64)
				return cli_usage("collect", "-j needs a number of jobs (1..64), not '%s'", optarg);
			break;
		case 't':
			o->timeout_s = strtol(optarg, &end, 10);
			if (!*optarg || *end || o->timeout_s < 1 || o->timeout_s > 86400)
				return cli_usage("collect", "--timeout needs a number of seconds (1..86400), not '%s'",
						 optarg);
			break;
		default: return cli_usage("collect", NULL);
		}
	}
	if (optind != argc)
		return cli_usage("collect", "unexpected argument '%s'", argv[optind]);
	if (!o->qemu || (!o->machine && !all))
		return cli_usage("collect", "need --qemu BINARY and --machine TYPE (or --all)");
	if (o->machine && all)
		return cli_usage("collect", "--machine and --all exclude each other (--machines GLOB picks among all)");
	if (o->machine && !valid_machine(o->machine))
		return cli_usage("collect", "bad machine type '%s': it needs characters of [A-Za-z0-9._-] only",
				 o->machine);
	if (!all && (a.glob || a.upload_url || a.token || a.jobs != 1))
		return cli_usage("collect", "--machines, --upload, --token and -j go with --all");
	if (o->stream && !*o->stream)
		return cli_usage("collect", "--stream needs a name");
	if (!strchr(o->qemu, '/') && !(resolved_qemu = find_in_path(o->qemu)))
		return cli_usage("collect", "--qemu: no '%s' in $PATH (give a path to the binary, such as "
				 "/usr/bin/qemu-system-x86_64)", o->qemu);
	if (resolved_qemu)
		o->qemu = resolved_qemu;
	if ((o->kernel || b.console || b.timeout_s) && !o->boot)
		return cli_usage("collect", "--kernel, --console and --boot-timeout go with --boot");
	if (o->boot && o->no_guest)
		return cli_usage("collect", "--boot and --no-guest exclude each other");
	if (o->boot && all && (b.console || b.timeout_s))
		return cli_usage("collect", "--console and --boot-timeout go with one --machine, not --all");
	if (!all && !o->boot)
		return collect_one(o, NULL, out ? out : "-");
	if (!all) {
		b.qemu = o->qemu;
		b.machine = o->machine;
		if (!b.timeout_s)
			b.timeout_s = BOOT_DEFAULT_TIMEOUT_S;	/* the whole boot; --timeout is per host-view QEMU run */
		return boot_one(o, &b, out ? out : "-");
	}
	if (!out == !a.upload_url)
		return cli_usage("collect", "--all needs --out DIR (a release folder) or --upload URL");
	if (a.upload_url && (!a.token || !*a.token))
		return cli_usage("collect", "--upload needs --token T");
	a.out_dir = out;
	return collect_many(&a);
}
