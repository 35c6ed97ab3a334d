/* advise.c: abidb advise: what a VM created on release X meets on release Y, and what restores it. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "advise.h"
#include "cli.h"
#include "util.h"

static void print_item(const struct advice_item *it)
{
	printf("%-6s %-12s %s: ", severity_name(it->e.severity), it->id, it->e.path);
	cli_print_short(it->e.old_value);
	fputs(" -> ", stdout);
	cli_print_short(it->e.new_value);
	printf("  (%s)\n", it->view);
	if (it->e.note_text)
		printf("       known issue: %s%s%s\n", it->e.note_text, it->e.note_link ? " " : "",
		       it->e.note_link ? it->e.note_link : "");
	if (it->acked)
		printf("       acknowledged (--ack %s)\n", it->id);
	else if (it->restored)
		printf("       restored by the fixup options below\n");
	else {
		/* the fixup's reason may repeat the note printed above: once is enough */
		const char *rep = it->e.note_text ? strstr(it->why, " (known issue") : NULL;

		printf("       no option restores it: %.*s\n", rep ? (int)(rep - it->why) : (int)strlen(it->why), it->why);
	}
}

static void print_human(const struct advice *a, int all)
{
	char *cl = fixup_command_line(&a->fixup);
	size_t i;

	printf("# %s created on %s, running on %s: %zu break%s, %zu change%s\n", a->machine, a->created_on,
	       a->running, a->breaks, a->breaks == 1 ? "" : "s", a->changes, a->changes == 1 ? "" : "s");
	if (a->same_class)
		printf("# %s and %s share %s's ABI class: nothing a guest relies on differs\n", a->created_on,
		       a->running, a->machine);
	for (i = 0; i < a->nr; i++)
		if (all || a->v[i].e.severity >= SEV_BREAK)
			print_item(&a->v[i]);
	if (!all && a->changes)
		printf("# %zu change%s a guest may see but does not rely on: --all lists them\n", a->changes,
		       a->changes == 1 ? "" : "s");
	if (a->fixup.noptions)
		printf("# fixup (QEMU %s options): %s\n", a->running, cl);
	if (a->remaining)
		printf("# verdict: %zu break%s remain%s after the fixups: a guest notices\n", a->remaining,
		       a->remaining == 1 ? "" : "s", a->remaining == 1 ? "s" : "");
	else
		printf("# verdict: ok: nothing a guest relies on remains different%s\n",
		       a->acked ? " (acknowledged issues aside)" : "");
	free(cl);
}

static const struct cli_option options[] = {
	{ "created-on", 'c', "X", "the release the VM was created on", 0 },
	{ "running", 'r', "Y", "the release it runs on now", 0 },
	{ "ack", 'a', "ID", "silence one known issue or difference by the id advise prints (repeatable)", 0 },
	{ "all", 'A', NULL, "list change entries too, not only breaks", 0 },
	OPT_JSON,
	OPT_END
};

const struct cmd_help help_advise = {
	"MACHINE --created-on X --running Y", "what a VM created on release X meets on release Y, and what restores it",
	options, NULL,
};

int cmd_advise(struct cli *cli, int argc, char **argv)
{
	const char *created = NULL, *running = NULL;
	const char **acks = xcalloc((size_t)argc + 1, sizeof(*acks));
	struct error err = ERROR_INIT;
	struct advice a;
	size_t nacks = 0;
	int c, json = 0, all = 0, code;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'c': created = optarg; break;
		case 'r': running = optarg; break;
		case 'a': acks[nacks++] = optarg; break;
		case 'A': all = 1; break;
		case 'j': json = 1; break;
		default: free(acks); return cli_usage("advise", NULL);
		}
	}
	if (argc - optind != 1 || !created || !running) {
		free(acks);
		return cli_usage("advise", "need MACHINE, --created-on RELEASE and --running RELEASE");
	}
	if (advise(cli->st, argv[optind], created, running, acks, &a, &err)) {
		free(acks);
		advice_release(&a);
		return cli_fail(&err);
	}
	if (json)
		cli_print_json(advice_json(&a));
	else
		print_human(&a, all);
	code = a.remaining ? EXIT_DIFFERENT : EXIT_OK;
	advice_release(&a);
	free(acks);
	return code;
}
