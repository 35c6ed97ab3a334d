/* fixup.c: abidb fixup: the options that make release Y present release X's ABI for a machine type. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diff.h"
#include "fixup.h"


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

static const struct cli_option options[] = {
	{ "from", 'f', "R1", "the release whose ABI is wanted", 0 },
	{ "to", 't', "R2", "the release that runs the guest", 0 },
	{ "format", 'F', "FORMAT", "qemu (the default: human text with the command line), json or libvirt", 0 },
	{ "json", 'j', NULL, "JSON output (--format json)", 0 },
	OPT_END
};

const struct cmd_help help_fixup = {
	"MACHINE --from R1 --to R2", "options that make release R2 present R1's ABI", options, NULL,
};

int cmd_fixup(struct cli *cli, int argc, char **argv)
{
	const char *from = NULL, *to = NULL;
	struct error err = ERROR_INIT;
	struct fixup f;
	enum fixup_format fmt = FIXUP_FORMAT_QEMU;
	int c;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'f': from = optarg; break;
		case 't': to = optarg; break;
		case 'j': fmt = FIXUP_FORMAT_JSON; break;
		case 'F':
			if (fixup_format_parse(optarg, &fmt))
				return cli_usage("fixup", "--format: qemu, json or libvirt");
			break;
		default: return cli_usage("fixup", NULL);
		}
	}
	if (argc - optind != 1 || !from || !to)
		return cli_usage("fixup", "need MACHINE, --from RELEASE and --to RELEASE");
	if (fixup_compute(cli->st, argv[optind], from, to, &f, &err))
		return cli_fail(&err);
	if (fmt == FIXUP_FORMAT_JSON) {
		struct json_object *o = fixup_json(&f);

		cli_print_json(o);
	} else if (fmt == FIXUP_FORMAT_LIBVIRT) {
		char *xml = fixup_libvirt_xml(&f);

		fputs(xml, stdout);
		free(xml);
	} else {
		print_human(&f);
	}
	fixup_release(&f);
	return EXIT_OK;
}
