/* waive.c: abidb waive add|list|rm: waivers kept in the database (file waivers: docs/waivers.md). */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "waive-note.h"
#include "report.h"
#include "diff.h"
#include "util.h"

static const struct cli_option options[] = {
	RULE_WHERE_OPTIONS,
	{ "reason", 'r', "TEXT", "why the difference is accepted", 0 },
	OPT_END
};

const struct cmd_help help_waive = {
	"add --machine GLOB --path GLOB [--from R] [--to R] --reason TEXT | list [--json] | rm ID",
	"manage waivers: accepted, explained differences", options, NULL,
};

static int waive_add(struct cli *cli, int argc, char **argv)
{
	struct waiver w;
	struct error err = ERROR_INIT;
	long long id;
	int c;

	memset(&w, 0, sizeof(w));
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'm': w.machine_glob = optarg; break;
		case 'p': w.path_glob = optarg; break;
		case 'f': w.release_from = optarg; break;
		case 't': w.release_to = optarg; break;
		case 'r': w.reason = optarg; break;
		default: return cli_usage("waive", NULL);
		}
	}
	if (optind < argc)
		return cli_usage("waive", "unexpected argument '%s'", argv[optind]);
	if (!w.machine_glob || !w.path_glob || !w.reason)
		return cli_usage("waive", "add needs --machine, --path and --reason");
	if (waiver_add_db(cli->st, &w, &id, &err))
		return cli_fail(&err);
	printf("waiver %lld added\n", id);
	return EXIT_OK;
}

static int waive_list(struct cli *cli, int argc, char **argv)
{
	struct waiver *w;
	struct error err = ERROR_INIT;
	size_t n, i;
	int json = 0;

	if (argc > 2 || (argc == 2 && strcmp(argv[1], "--json")))
		return cli_usage("waive", "list takes only --json");
	json = argc == 2;
	if (waivers_load_db(cli->st, &w, &n, &err))
		return cli_fail(&err);
	if (json) {
		struct json_object *a = json_object_new_array();

		for (i = 0; i < n; i++)
			json_object_array_add(a, waiver_json(&w[i]));
		cli_print_json(a);
	} else {
		for (i = 0; i < n; i++)
			printf("%-4lld %-16s %-32s %s..%s  %s\n", w[i].id, w[i].machine_glob, w[i].path_glob,
			       w[i].release_from, w[i].release_to, w[i].reason);
	}
	waivers_free(w, n);
	return EXIT_OK;
}

static int waive_rm(struct cli *cli, int argc, char **argv)
{
	return rules_rm(cli, "waive", "waiver", argc, argv, waiver_rm_db);
}

int cmd_waive(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("waive", "need add, list or rm");
	if (!strcmp(argv[1], "add"))
		return waive_add(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "list"))
		return waive_list(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "rm"))
		return waive_rm(cli, argc - 1, argv + 1);
	return cli_usage("waive", "unknown subcommand '%s'", argv[1]);
}
