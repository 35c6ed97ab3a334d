/* token.c: abidb token: add, list and revoke the bearer tokens that may upload. */
#include <string.h>

#include "cli.h"
#include "token.h"

const struct cmd_help help_token = { "add NAME | list | revoke NAME", "manage upload tokens (only their SHA-256 is stored)", NULL, NULL };

static int token_usage(void)
{
	return cli_usage("token", "expected 'add NAME', 'list' or 'revoke NAME'");
}

int cmd_token(struct cli *cli, int argc, char **argv)
{
	struct error err = ERROR_INIT;
	const char *what;

	if (argc < 2)
		return token_usage();
	what = argv[1];
	if (!strcmp(what, "add") && argc == 3) {
		char tok[TOKEN_HEX_LEN + 1];

		if (token_add(cli->st, argv[2], tok, &err))
			return cli_fail(&err);
		/* the only time the token is shown: the store keeps its SHA-256 */
		printf("%s\n", tok);
		memset(tok, 0, sizeof(tok));
		return EXIT_OK;
	}
	if (!strcmp(what, "list") && argc == 2) {
		struct token_row *v;
		size_t n, i;

		if (token_list(cli->st, &v, &n, &err))
			return cli_fail(&err);
		printf("%-24s %-20s %s\n", "name", "created", "revoked");
		for (i = 0; i < n; i++)
			printf("%-24s %-20s %s\n", v[i].name, v[i].created_at,
			       v[i].revoked_at ? v[i].revoked_at : "-");
		token_rows_free(v, n);
		return EXIT_OK;
	}
	if (!strcmp(what, "revoke") && argc == 3) {
		if (token_revoke(cli->st, argv[2], &err))
			return cli_fail(&err);
		return EXIT_OK;
	}
	return token_usage();
}
