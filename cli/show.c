/* show.c: abidb show: the facts of one record, optionally only those matching a path glob. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>

#include "catalog.h"
#include "cli.h"

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

int cmd_show(struct cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct record_row rec;
	struct error err = ERROR_INIT;
	const char *glob = NULL;
	int c, json = 0, code = EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
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

		if (catalog_facts(cli->st, rec.id, glob, add_fact, facts, &err)) {
			code = cli_fail(&err);
		} else {
			json_object_object_add(o, "id", json_object_new_int64(rec.id));
			json_object_object_add(o, "release", json_object_new_string(rec.release));
			json_object_object_add(o, "stream", json_object_new_string(rec.stream));
			json_object_object_add(o, "machine", json_object_new_string(rec.machine));
			json_object_object_add(o, "arch", json_object_new_string(rec.arch));
			json_object_object_add(o, "facts", json_object_get(facts));
			printf("%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY |
								       JSON_C_TO_STRING_NOSLASHESCAPE));
		}
		json_object_put(facts);
		json_object_put(o);
	} else if (catalog_facts(cli->st, rec.id, glob, print_fact, NULL, &err)) {
		code = cli_fail(&err);
	}
	record_row_release(&rec);
	return code;
}
