/* note.c: abidb note add|list|rm|import: known-issue notes shown beside matching differences. */
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
	{ "text", 'x', "TEXT", "what is known about the difference", 0 },
	{ "link", 'l', "URL", "where to read more", 0 },
	OPT_END
};

const struct cmd_help help_note = {
	"add --machine GLOB --path GLOB [--from R] [--to R] --text TEXT [--link URL] | list [--json] | rm ID | import FILE",
	"manage known-issue notes shown beside differences", options, NULL,
};

static int note_add(struct cli *cli, int argc, char **argv)
{
	struct note nt;
	struct error err = ERROR_INIT;
	long long id;
	int c;

	memset(&nt, 0, sizeof(nt));
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'm': nt.machine_glob = optarg; break;
		case 'p': nt.path_glob = optarg; break;
		case 'f': nt.release_from = optarg; break;
		case 't': nt.release_to = optarg; break;
		case 'x': nt.text = optarg; break;
		case 'l': nt.link = optarg; break;
		default: return cli_usage("note", NULL);
		}
	}
	if (optind < argc)
		return cli_usage("note", "unexpected argument '%s'", argv[optind]);
	if (!nt.machine_glob || !nt.path_glob || !nt.text)
		return cli_usage("note", "add needs --machine, --path and --text");
	if (note_add_db(cli->st, &nt, &id, &err))
		return cli_fail(&err);
	printf("note %lld added\n", id);
	return EXIT_OK;
}

static int note_list(struct cli *cli, int argc, char **argv)
{
	struct note *v;
	struct error err = ERROR_INIT;
	size_t n, i;
	int json;

	if (argc > 2 || (argc == 2 && strcmp(argv[1], "--json")))
		return cli_usage("note", "list takes only --json");
	json = argc == 2;
	if (notes_load_db(cli->st, &v, &n, &err))
		return cli_fail(&err);
	if (json) {
		struct json_object *a = json_object_new_array();

		for (i = 0; i < n; i++)
			json_object_array_add(a, note_json(&v[i]));
		cli_print_json(a);
	} else {
		for (i = 0; i < n; i++) {
			printf("%-4lld %-16s %-40s %s..%s\n     %s\n", v[i].id, v[i].machine_glob, v[i].path_glob,
			       v[i].release_from, v[i].release_to, v[i].text);
			if (*v[i].link)
				printf("     %s\n", v[i].link);
		}
	}
	notes_free(v, n);
	return EXIT_OK;
}

static int note_rm(struct cli *cli, int argc, char **argv)
{
	return rules_rm(cli, "note", "note", argc, argv, note_rm_db);
}

static int note_import(struct cli *cli, int argc, char **argv)
{
	struct error err = ERROR_INIT;
	size_t added, known;
	int i;

	if (argc < 2)
		return cli_usage("note", "import needs a notes FILE (such as notes/known-issues.txt)");
	for (i = 1; i < argc; i++) {
		if (notes_import_file(cli->st, argv[i], &added, &known, &err))
			return cli_fail(&err);
		printf("%s: %zu notes added, %zu known already\n", argv[i], added, known);
	}
	return EXIT_OK;
}

int cmd_note(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("note", "need add, list, rm or import");
	if (!strcmp(argv[1], "add"))
		return note_add(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "list"))
		return note_list(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "rm"))
		return note_rm(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "import"))
		return note_import(cli, argc - 1, argv + 1);
	return cli_usage("note", "unknown subcommand '%s'", argv[1]);
}
