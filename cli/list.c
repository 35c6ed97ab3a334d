/* list.c: abidb list: the releases, machine types and records a database holds. */
#include <getopt.h>
#include <json-c/json.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "report.h"

static int list_releases(struct cli *cli, int json)
{
	struct release_row *v;
	struct error err = ERROR_INIT;
	size_t n, i;

	if (catalog_releases(cli->st, &v, &n, &err))
		return cli_fail(&err);
	if (json) {
		struct json_object *a = json_object_new_array();

		for (i = 0; i < n; i++)
			json_object_array_add(a, release_json(&v[i]));
		cli_print_json(a);
	} else {
		for (i = 0; i < n; i++)
			printf("%-10s %-10s %s\n", v[i].version, v[i].stream, v[i].package);
	}
	release_rows_free(v, n);
	return EXIT_OK;
}

static int list_machines(struct cli *cli, int json)
{
	struct machine_row *v;
	struct error err = ERROR_INIT;
	size_t n, i;

	if (catalog_machines(cli->st, &v, &n, &err))
		return cli_fail(&err);
	if (json) {
		struct json_object *a = json_object_new_array();

		for (i = 0; i < n; i++)
			json_object_array_add(a, machine_json(&v[i]));
		cli_print_json(a);
	} else {
		for (i = 0; i < n; i++)
			printf("%-16s %-8s %-10s %s\n", v[i].name, v[i].arch, v[i].family, v[i].family_version);
	}
	machine_rows_free(v, n);
	return EXIT_OK;
}

static int list_records(struct cli *cli, int json)
{
	struct record_row *v;
	struct error err = ERROR_INIT;
	size_t n, i;

	if (catalog_records(cli->st, &v, &n, &err))
		return cli_fail(&err);
	if (json) {
		struct json_object *a = json_object_new_array();

		for (i = 0; i < n; i++)
			json_object_array_add(a, record_json(&v[i]));
		cli_print_json(a);
	} else {
		printf("%-5s %-10s %-9s %-16s %7s  %s\n", "id", "release", "stream", "machine", "facts", "dumps");
		for (i = 0; i < n; i++)
			printf("%-5lld %-10s %-9s %-16s %7lld  %s\n", v[i].id, v[i].release, v[i].stream,
			       v[i].machine, v[i].nfacts, v[i].kinds);
	}
	record_rows_free(v, n);
	return EXIT_OK;
}

int cmd_list(struct cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	const char *what = "records";
	int c, json = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 'j')
			json = 1;
		else
			return cli_usage("list", NULL);
	}
	if (optind < argc)
		what = argv[optind++];
	if (optind < argc)
		return cli_usage("list", "too many arguments");
	if (!strcmp(what, "releases"))
		return list_releases(cli, json);
	if (!strcmp(what, "machines"))
		return list_machines(cli, json);
	if (!strcmp(what, "records"))
		return list_records(cli, json);
	return cli_usage("list", "unknown list '%s': releases, machines or records", what);
}
