/* show.c: abidb show: the facts of one record, optionally only those matching a path glob. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>

#include "catalog.h"
#include "cli.h"
#include "report.h"

static int print_fact(void *data, const char *path, const char *value)
{
	(void)data;
	return printf("%s = %s\n", path, value) < 0;
}

static int add_fact(void *data, const char *path, const char *value)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "path", json_object_new_string(path));
	json_object_object_add(o, "value", json_object_new_string(value));
	json_object_array_add(data, o);
	return 0;
}

static const struct cli_option options[] = {
	OPT_JSON,
	OPT_END
};

const struct cmd_help help_show = {
	"RELEASE MACHINE [PATH-GLOB]", "print the facts of one record", options, NULL,
};

int cmd_show(struct cli *cli, int argc, char **argv)
{
	struct record_row rec;
	struct error err = ERROR_INIT;
	const char *glob = NULL;
	int c, json = 0, code = EXIT_OK;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		if (c == 'j')
			json = 1;
		else
			return cli_usage("show", NULL);
	}
	if (argc - optind < 2 || argc - optind > 3)
		return cli_usage("show", "need RELEASE and MACHINE");
	if (argc - optind == 3)
		glob = argv[optind + 2];
	if (catalog_find_record(cli->st, argv[optind], argv[optind + 1], &rec, &err))
		return cli_fail(&err);
	if (json) {
		struct json_object *o = json_object_new_object(), *facts = json_object_new_array();

		/* the shape of GET /api/v1/records/{id}/facts, all of them */
		if (catalog_facts(cli->st, rec.id, glob, add_fact, facts, &err)) {
			code = cli_fail(&err);
			json_object_put(facts);
			json_object_put(o);
		} else {
			json_object_object_add(o, "ok", json_object_new_boolean(1));
			json_object_object_add(o, "record", record_json(&rec));
			json_object_object_add(o, "glob", glob ? json_object_new_string(glob) : NULL);
			json_object_object_add(o, "total", json_object_new_int64((long long)json_object_array_length(facts)));
			json_object_object_add(o, "facts", facts);
			cli_print_json(o);
		}
	} else if (catalog_facts(cli->st, rec.id, glob, print_fact, NULL, &err)) {
		code = cli_fail(&err);
	}
	record_row_release(&rec);
	return code;
}
