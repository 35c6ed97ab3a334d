/* fixup.c: abidb fixup: the options that make release Y present release X's ABI for a machine type. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "collect.h"
#include "diff.h"
#include "fixup.h"
#include "util.h"
#include "verify.h"

#define MAX_EXTRA 32


static void print_value(const char *v)
{
	size_t n;

	if (!v) {
		fputs("(absent)", stdout);
		return;
	}
	n = strlen(v);
	if (n > 72)
		printf("%.69s...", v);
	else
		fputs(v, stdout);
}

static void print_human(const struct fixup *f)
{
	char *cl = fixup_command_line(f);
	size_t i;

	printf("# %s: make QEMU %s present what %s presented\n", f->machine, f->to, f->from);
	if (f->noptions)
		printf("%s\n", cl);
	else
		printf("# no property differs: no option to set\n");
	if (f->nnew_knobs)
		printf("# %zu propert%s only in %s (new knobs) left at their defaults: see --json\n", f->nnew_knobs,
		       f->nnew_knobs == 1 ? "y exists" : "ies exist", f->to);
	for (i = 0; i < f->nrenamed; i++)
		printf("# renamed: %s is '%s' in %s: the options use that name\n", f->renamed[i].path,
		       f->renamed[i].new_value, f->to);
	for (i = 0; i < f->nomitted; i++)
		printf("# left out: %s: %s\n", f->omitted[i].path, f->omitted[i].why);
	if (f->explained)
		printf("# %zu guest/migration difference%s on devices these options touch: verify\n", f->explained,
		       f->explained == 1 ? "" : "s");
	if (f->nunrestorable) {
		printf("\n# not restored by any option (%zu):\n", f->nunrestorable);
		for (i = 0; i < f->nunrestorable; i++) {
			const struct fixup_item *it = &f->unrestorable[i];

			printf("%-6s %s: ", severity_name((enum severity)it->severity), it->path);
			print_value(it->old_value);
			fputs(" -> ", stdout);
			print_value(it->new_value);
			printf("\n       %s\n", it->why);
		}
	} else {
		printf("# complete: every difference found has an option\n");
	}
	free(cl);
}

static void print_verify(const struct fixup *f, const struct fixup_verify *v)
{
	size_t i;

	if (v->qemu_version)
		printf("\n# verify: QEMU %s (%s) ", v->qemu_version, *v->package ? v->package : "upstream");
	else
		printf("\n# verify: QEMU ");
	if (!v->ran) {
		printf("did not run: %s\n", v->error ? v->error : "");
	} else {
		printf("ran %s with the options kept; its record against %s's\n", f->machine, f->from);
	}
	for (i = 0; i < v->nrefused; i++)
		printf("# refused%s: %s: %s\n", v->refused[i].fatal ? " (dropped, QEMU run again)" : " (a warning)",
		       v->refused[i].option, v->refused[i].message);
	if (!v->ran)
		return;
	printf("# restored (%zu of the %zu counted differences %s -> %s):\n", v->nrestored, v->compared, f->from, f->to);
	for (i = 0; i < v->nrestored; i++) {
		printf("  %-6s %s: ", severity_name((enum severity)v->restored[i].severity), v->restored[i].path);
		print_value(v->restored[i].old_value);
		fputs(" (was ", stdout);
		print_value(v->restored[i].new_value);
		fputs(")", stdout);
		if (v->restored[i].why)
			printf(": %s", v->restored[i].why);
		putchar('\n');
	}
	printf("# residual (%zu: %zu break, %zu change; %zu not restorable, %zu renamed, %zu left out, "
	       "%zu different before, %zu missed, %zu new)%s\n", v->nresidual, v->breaks, v->changes,
	       v->by_origin[FIXUP_RES_UNRESTORABLE], v->by_origin[FIXUP_RES_RENAMED], v->by_origin[FIXUP_RES_OMITTED],
	       v->by_origin[FIXUP_RES_BEFORE], v->by_origin[FIXUP_RES_MISSED], v->by_origin[FIXUP_RES_NEW],
	       v->nresidual ? ":" : "");
	for (i = 0; i < v->nresidual; i++) {
		const struct fixup_residual *r = &v->residual[i];

		printf("  %-6s %s: ", severity_name((enum severity)r->item.severity), r->item.path);
		print_value(r->item.old_value);
		fputs(" -> ", stdout);
		print_value(r->item.new_value);
		printf("  [%s]\n", fixup_residual_origin_name(r->origin));
	}
}

/* --global DRIVER.PROP=VALUE: one more -global for --verify to try, after the fixup's own. */
static int add_extra(struct fixup *f, const char *arg)
{
	const char *dot = strchr(arg, '.'), *eq = strchr(arg, '=');
	struct fixup_option *o;

	if (!dot || !eq || dot == arg || eq < dot + 2)
		return -1;
	f->options = xrealloc(f->options, (f->noptions + 1) * sizeof(*f->options));
	o = &f->options[f->noptions++];
	memset(o, 0, sizeof(*o));
	o->kind = FIXUP_GLOBAL;
	o->driver = xstrndup(arg, (size_t)(dot - arg));
	o->prop = xstrndup(dot + 1, (size_t)(eq - dot - 1));
	o->value = xstrdup(eq + 1);
	return 0;
}

static const struct cli_option options[] = {
	{ "from", 'f', "R1", "the release whose ABI is wanted", 0 },
	{ "to", 't', "R2", "the release that runs the guest", 0 },
	{ "format", 'F', "FORMAT", "qemu (the default: human text with the command line), json or libvirt", 0 },
	{ "json", 'j', NULL, "JSON output (--format json)", 0 },
	{ "verify", 'v', NULL, "run R2's QEMU with the options, diff it against R1: exit 0 same, 1 residual, 3 no run", 0 },
	{ "qemu", 'q', "BINARY", "with --verify: the target QEMU (a path); its version must be R2's", 0 },
	{ "global", 'g', "D.P=V", "with --verify: one more -global to try (repeatable)", 0 },
	{ "timeout", 'T', "S", "with --verify: seconds a QEMU run may take (default 120)", 0 },
	OPT_END
};

const struct cmd_help help_fixup = {
	"MACHINE --from R1 --to R2 [--verify --qemu BINARY]", "options that make release R2 present R1's ABI", options,
	NULL,
};

int cmd_fixup(struct cli *cli, int argc, char **argv)
{
	const char *from = NULL, *to = NULL, *qemu = NULL, *extra[MAX_EXTRA];
	struct error err = ERROR_INIT;
	struct fixup f;
	struct fixup_verify v;
	enum fixup_format fmt = FIXUP_FORMAT_QEMU;
	long timeout_s = COLLECT_DEFAULT_TIMEOUT_S;
	size_t nextra = 0, i;
	char *end;
	int c, verify = 0, code = EXIT_OK;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'f': from = optarg; break;
		case 't': to = optarg; break;
		case 'j': fmt = FIXUP_FORMAT_JSON; break;
		case 'v': verify = 1; break;
		case 'q': qemu = optarg; break;
		case 'g':
			if (nextra == MAX_EXTRA)
				return cli_usage("fixup", "at most %d --global options", MAX_EXTRA);
			extra[nextra++] = optarg;
			break;
		case 'T':
			timeout_s = strtol(optarg, &end, 10);
			if (!*optarg || *end || timeout_s < 1 || timeout_s > 86400)
				return cli_usage("fixup", "--timeout needs a number of seconds (1..86400), not '%s'", optarg);
			break;
		case 'F':
			if (fixup_format_parse(optarg, &fmt))
				return cli_usage("fixup", "--format: qemu, json or libvirt");
			break;
		default: return cli_usage("fixup", NULL);
		}
	}
	if (argc - optind != 1 || !from || !to)
		return cli_usage("fixup", "need MACHINE, --from RELEASE and --to RELEASE");
	if (verify && (!qemu || !strchr(qemu, '/')))
		return cli_usage("fixup", "--verify needs --qemu with a path to the target QEMU, such as "
				 "/usr/bin/qemu-system-x86_64");
	if (!verify && (qemu || nextra || timeout_s != COLLECT_DEFAULT_TIMEOUT_S))
		return cli_usage("fixup", "--qemu, --global and --timeout go with --verify");
	if (verify && fmt == FIXUP_FORMAT_LIBVIRT)
		return cli_usage("fixup", "--verify reports in the qemu or json format, not libvirt");
	if (fixup_compute(cli->st, argv[optind], from, to, &f, &err))
		return cli_fail(&err);
	for (i = 0; i < nextra; i++)
		if (add_extra(&f, extra[i])) {
			fixup_release(&f);
			return cli_usage("fixup", "--global needs DRIVER.PROPERTY=VALUE, not '%s'", extra[i]);
		}
	if (verify) {
		struct error verr = ERROR_INIT;

		if (verify_fixup(cli->st, &f, qemu, timeout_s, &v, &verr))
			code = EXIT_ERROR;
		else
			code = v.nresidual ? EXIT_DIFFERENT : EXIT_OK;
		if (code == EXIT_ERROR)
			fprintf(stderr, "error: %s\n", verr.msg);
	}
	if (fmt == FIXUP_FORMAT_JSON) {
		struct json_object *o = fixup_json(&f);

		if (verify)
			json_object_object_add(o, "verify", fixup_verify_json(&v));
		cli_print_json(o);
	} else if (fmt == FIXUP_FORMAT_LIBVIRT) {
		char *xml = fixup_libvirt_xml(&f);

		fputs(xml, stdout);
		free(xml);
	} else {
		print_human(&f);
		if (verify)
			print_verify(&f, &v);
	}
	if (verify)
		fixup_verify_release(&v);
	fixup_release(&f);
	return code;
}
