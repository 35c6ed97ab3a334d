/* list.c: abidb list: the releases, machine types and records a database holds. */
#include <getopt.h>
#include <json-c/json.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "report.h"

static void print_release(const struct release_row *r)
{
	printf("%-10s %-10s %s\n", r->version, r->stream, r->package);
}

static void print_machine(const struct machine_row *m)
{
	printf("%-16s %-8s %-10s %s\n", m->name, m->arch, m->family, m->family_version);
}

static void print_record(const struct record_row *r)
{
	printf("%-5lld %-10s %-9s %-16s %7lld  %s\n", r->id, r->release, r->stream, r->machine, r->nfacts,
	       r->kinds);
}

/*
 * The three lists share one shape: a catalog listing, then each row as JSON
 * (report.h) or as a text line under an optional header.  What differs is
 * passed in.
 */
#define LIST_COMMAND(name, row_type, list, to_json, print_row, header, free_rows) \
static int name(struct cli *cli, int json) \
{ \
	struct row_type *v; \
	struct error err = ERROR_INIT; \
	const char *head = header; \
	size_t n, i; \
 \
	if (list(cli->st, &v, &n, &err)) \
		return cli_fail(&err); \
	if (json) { \
		struct json_object *a = json_object_new_array(); \
 \
		for (i = 0; i < n; i++) \
			json_object_array_add(a, to_json(&v[i])); \
		cli_print_json(a); \
	} else { \
		if (head) \
			fputs(head, stdout); \
		for (i = 0; i < n; i++) \
			print_row(&v[i]); \
	} \
	free_rows(v, n); \
	return EXIT_OK; \
}

LIST_COMMAND(list_releases, release_row, catalog_releases, release_json, print_release, NULL, release_rows_free)
LIST_COMMAND(list_machines, machine_row, catalog_machines, machine_json, print_machine, NULL, machine_rows_free)
LIST_COMMAND(list_records, record_row, catalog_records, record_json, print_record,
	     "id    release    stream    machine            facts  dumps\n", record_rows_free)

static const struct cli_option options[] = {
	OPT_JSON,
	OPT_END
};

const struct cmd_help help_list = {
	"[releases|machines|records]", "list what the database holds", options, NULL,
};

int cmd_list(struct cli *cli, int argc, char **argv)
{
	const char *what = "records";
	int c, json = 0;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
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
