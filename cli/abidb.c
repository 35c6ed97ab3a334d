/* abidb.c: the abidb program: global options, then dispatch from one table of subcommands. */
#include <json-c/json.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "strbuf.h"
#include "util.h"

static const struct cmd commands[] = {
	{ "import", cmd_import, NEED_DB, &help_import },
	{ "collect", cmd_collect, 0, &help_collect },
	{ "list", cmd_list, NEED_DB_RO, &help_list },
	{ "show", cmd_show, NEED_DB_RO, &help_show },
	{ "diff", cmd_diff, NEED_DB_RO, &help_diff },
	{ "matrix", cmd_matrix, NEED_DB_RO, &help_matrix },
	{ "migrations", cmd_migrations, NEED_DB_RO, &help_migrations },
	{ "check", cmd_check, NEED_DB, &help_check },
	{ "waive", cmd_waive, NEED_DB, &help_waive },
	{ "note", cmd_note, NEED_DB, &help_note },
	{ "fixup", cmd_fixup, NEED_DB_RO, &help_fixup },
	{ "advise", cmd_advise, NEED_DB_RO, &help_advise },
	{ "export", cmd_export, NEED_DB_RO, &help_export },
	{ "identify", cmd_identify, NEED_DB_RO, &help_identify },
	{ "serve", cmd_serve, 0, &help_serve },
	{ "token", cmd_token, NEED_DB, &help_token },
	{ "reindex", cmd_reindex, NEED_DB, &help_reindex },
	{ "gc", cmd_gc, NEED_DB, &help_gc },
};

static void usage_all(FILE *f)
{
	size_t i;

	fprintf(f, "usage: abidb [--db FILE] <command> [<args>]\n\n"
		"The ABI record database for QEMU machine types.  The database is --db FILE,\n"
		"else $ABIDB_DB, else abidb.sqlite in the current folder.\n\ncommands:\n");
	for (i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].help->help);
	fprintf(f, "\n'abidb <command> --help' describes a command's arguments.\n");
}

int cli_fail(const struct error *err)
{
	fprintf(stderr, "error: %s\n", err->msg[0] ? err->msg : "unknown error");
	return err->code == ERR_USAGE ? EXIT_USAGE : EXIT_ERROR;
}

int cli_usage(const char *name, const char *fmt, ...)
{
	size_t i;
	va_list ap;

	if (fmt) {
		fprintf(stderr, "error: ");
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	for (i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i].name, name)) {
			struct strbuf sb = STRBUF_INIT;

			cli_usage_line(commands[i].help, &sb);
			fprintf(stderr, "usage: abidb %s%s%s\n", name, *sb.buf ? " " : "", sb.buf);
			strbuf_release(&sb);
		}
	return EXIT_USAGE;
}

int cli_finish_stdout(int code)
{
	if (fflush(stdout) || ferror(stdout) || fclose(stdout)) {
		fprintf(stderr, "error: cannot write standard output\n");
		return code ? code : EXIT_ERROR;
	}
	return code;
}

void cli_print_json(struct json_object *o)
{
	printf("%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

void cli_print_short(const char *v)
{
	if (!v)
		fputs("(absent)", stdout);
	else if (strlen(v) > 60)
		printf("%.57s...", v);
	else
		fputs(v, stdout);
}

int cli_color(void)
{
	const char *nc = getenv("NO_COLOR");

	return isatty(STDOUT_FILENO) && !(nc && *nc);
}

/* Take --db FILE / --db=FILE out of argv, wherever it stands before "--". */
static void take_db_option(int *argc, char **argv, const char **db)
{
	int i, j;

	for (i = 1; i < *argc; i++) {
		int take = 0;

		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "--db") && i + 1 < *argc) {
			*db = argv[i + 1];
			take = 2;
		} else if (starts_with(argv[i], "--db=")) {
			*db = argv[i] + 5;
			take = 1;
		}
		if (take) {
			for (j = i; j + take <= *argc; j++)
				argv[j] = argv[j + take];
			*argc -= take;
			i--;
		}
	}
}

int main(int argc, char **argv)
{
	struct cli cli = { NULL, NULL, argv[0] };
	struct error err = ERROR_INIT;
	const struct cmd *cmd = NULL;
	size_t i;
	int code;

	cli.db_path = getenv("ABIDB_DB");
	take_db_option(&argc, argv, &cli.db_path);
	if (!cli.db_path || !*cli.db_path)
		cli.db_path = "abidb.sqlite";
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage_all(argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : cli_finish_stdout(EXIT_OK);
	}
	for (i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i].name, argv[1]))
			cmd = &commands[i];
	if (!cmd) {
		fprintf(stderr, "error: '%s' is not an abidb command\n", argv[1]);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	if (argc > 2 && (!strcmp(argv[2], "--help") || !strcmp(argv[2], "-h"))) {
		cli_print_help(stdout, cmd->name, cmd->help);
		return cli_finish_stdout(EXIT_OK);
	}
	if (cmd->flags & (NEED_DB | NEED_DB_RO)) {
		if ((cmd->flags & NEED_DB_RO) && access(cli.db_path, F_OK)) {
			fprintf(stderr, "error: no database '%s': import something first, or give --db\n",
				cli.db_path);
			return EXIT_ERROR;
		}
		if (store_open(&cli.st, cli.db_path, (cmd->flags & NEED_DB_RO) ? STORE_READONLY : 0, &err))
			return cli_fail(&err);
	}
	code = cmd->fn(&cli, argc - 1, argv + 1);
	store_close(cli.st);
	return cli_finish_stdout(code);
}
