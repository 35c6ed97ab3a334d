/* reindex.c: abidb reindex: rebuild every record's facts from its stored raw inputs. */
#include "cli.h"
#include "import.h"

const struct cmd_help help_reindex = { "", "rebuild every record's facts from its stored raw inputs", NULL, NULL };

int cmd_reindex(struct cli *cli, int argc, char **argv)
{
	struct error err = ERROR_INIT;
	size_t records, facts;

	(void)argv;
	if (argc > 1)
		return cli_usage("reindex", "no arguments expected");
	if (reindex_all(cli->st, &records, &facts, &err))
		return cli_fail(&err);
	printf("reindexed %zu records, %zu facts\n", records, facts);
	return EXIT_OK;
}
