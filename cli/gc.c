/* gc.c: abidb gc: delete groups, strings and raw inputs that no record uses. */
#include "cli.h"

const struct cmd_help help_gc = { "", "delete stored content no record uses any more", NULL, NULL };

int cmd_gc(struct cli *cli, int argc, char **argv)
{
	struct error err = ERROR_INIT;

	(void)argv;
	if (argc > 1)
		return cli_usage("gc", "no arguments expected");
	if (store_begin(cli->st, &err) || store_gc(cli->st, &err) || store_commit(cli->st, &err)) {
		store_rollback(cli->st);
		return cli_fail(&err);
	}
	return EXIT_OK;
}
