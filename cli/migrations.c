/* migrations.c: abidb migrations: can release Y's QEMU load the stream release X's QEMU sends, for one machine type? */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "migrations.h"

static void print_grid(const struct migration_grid *g)
{
	size_t i, j, w = 9;

	for (i = 0; i < g->n; i++)
		if (strlen(g->labels[i]) > w)
			w = strlen(g->labels[i]);
	printf("%s: can the column's QEMU load the row's stream? (above the diagonal forward, below backward)\n",
	       g->machine);
	printf("%-*s", (int)w, "from\\to");
	for (j = 0; j < g->n; j++)
		printf(" %*s", (int)w, g->labels[j]);
	printf("\n");
	for (i = 0; i < g->n; i++) {
		printf("%-*s", (int)w, g->labels[i]);
		for (j = 0; j < g->n; j++)
			printf(" %*s", (int)w, i == j ? "-" : g->cells[i * g->n + j].ok ? "ok" : "break");
		printf("\n");
	}
	for (i = 0; i < g->n; i++)
		for (j = 0; j < g->n; j++) {
			const struct migration_cell *c = &g->cells[i * g->n + j];

			if (i == j || c->ok)
				continue;
			printf("%s -> %s: %s %s (source: %s, destination: %s)", g->labels[i], g->labels[j], c->rule, c->path,
			       c->source ? c->source : "absent", c->destination ? c->destination : "absent");
			if (c->nbreaks > 1)
				printf(" (and %zu more)", c->nbreaks - 1);
			printf("\n");
		}
}

static const struct cli_option options[] = {
	OPT_JSON,
	OPT_END
};

const struct cmd_help help_migrations = {
	"MACHINE", "which releases load each other's migration stream, both directions", options, NULL,
};

int cmd_migrations(struct cli *cli, int argc, char **argv)
{
	struct error err = ERROR_INIT;
	struct migration_grid g;
	int c, json = 0, code = EXIT_OK;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		if (c == 'j')
			json = 1;
		else
			return cli_usage("migrations", NULL);
	}
	if (argc - optind != 1)
		return cli_usage("migrations", "give one machine type");
	if (migration_grid_build(cli->st, argv[optind], &g, &err)) {
		migration_grid_release(&g);
		return cli_fail(&err);
	}
	if (json)
		cli_print_json(migration_grid_json(&g));
	else
		print_grid(&g);
	migration_grid_release(&g);
	return code;
}
