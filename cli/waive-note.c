/* waive-note.c: what abidb waive and abidb note share: removing rules by id. */
#include <stdlib.h>

#include "waive-note.h"

static int parse_id(const char *s, long long *id)
{
	char *end;

	*id = strtoll(s, &end, 10);
	return *s && !*end && *id > 0 ? 0 : -1;
}

int rules_rm(struct cli *cli, const char *cmd, const char *what, int argc, char **argv,
	     int (*rm)(struct store *st, long long id, struct error *err))
{
	struct error err = ERROR_INIT;
	long long id;
	int i;

	if (argc < 2)
		return cli_usage(cmd, "rm needs a %s ID", what);
	for (i = 1; i < argc; i++)
		if (parse_id(argv[i], &id))
			return cli_usage(cmd, "'%s' is not a %s ID", argv[i], what);
	for (i = 1; i < argc; i++) {
		parse_id(argv[i], &id);
		if (rm(cli->st, id, &err))
			return cli_fail(&err);
		printf("%s %lld removed\n", what, id);
	}
	return EXIT_OK;
}
