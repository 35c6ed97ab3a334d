/* cli.h: what every abidb subcommand shares: the command table's types, exit codes, the database. */
#ifndef ABIDB_CLI_H
#define ABIDB_CLI_H

#include <stdio.h>

#include "error.h"
#include "store.h"

/* Exit codes, stable and documented (README "Exit codes"), like diff(1) and abidiff. */
enum exit_code {
	EXIT_OK = 0,		/* success; for diff and check: same ABI */
	EXIT_DIFFERENT = 1,	/* diff and check: differences that are not waived */
	EXIT_USAGE = 2,		/* bad arguments */
	EXIT_ERROR = 3,		/* anything else: bad input, missing record, I/O, database */
};

/* Preconditions the dispatcher checks once before a command runs. */
enum cmd_flags {
	NEED_DB = 1 << 0,	/* open the database read-write (created if missing) */
	NEED_DB_RO = 1 << 1,	/* open an existing database read-only */
};

struct cli {
	const char *db_path;	/* --db, $ABIDB_DB, or abidb.sqlite */
	struct store *st;	/* opened per the command's flags */
	const char *argv0;
};

struct cmd {
	const char *name;
	int (*fn)(struct cli *cli, int argc, char **argv);
	unsigned flags;
	const char *usage;	/* one line: arguments after the command name */
	const char *help;	/* one line: what it does */
};

/* Print "error: <msg>" to stderr and return the exit code for it. */
int cli_fail(const struct error *err);
/* Print "usage: abidb <name> <usage>" to stderr and return EXIT_USAGE. */
int cli_usage(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Flush and close stdout; report a write error (full disk) as EXIT_ERROR. */
int cli_finish_stdout(int code);
/* Print a JSON value on stdout, pretty, and put it (consumes o). */
struct json_object;
void cli_print_json(struct json_object *o);
/* Colour on? stdout is a tty and NO_COLOR is unset. */
int cli_color(void);

/* One function per subcommand, each in cli/<name>.c. */
int cmd_import(struct cli *cli, int argc, char **argv);
int cmd_list(struct cli *cli, int argc, char **argv);
int cmd_show(struct cli *cli, int argc, char **argv);
int cmd_reindex(struct cli *cli, int argc, char **argv);
int cmd_gc(struct cli *cli, int argc, char **argv);
int cmd_diff(struct cli *cli, int argc, char **argv);
int cmd_matrix(struct cli *cli, int argc, char **argv);
int cmd_migrations(struct cli *cli, int argc, char **argv);
int cmd_check(struct cli *cli, int argc, char **argv);
int cmd_waive(struct cli *cli, int argc, char **argv);
int cmd_note(struct cli *cli, int argc, char **argv);
int cmd_fixup(struct cli *cli, int argc, char **argv);
int cmd_identify(struct cli *cli, int argc, char **argv);
int cmd_serve(struct cli *cli, int argc, char **argv);
int cmd_token(struct cli *cli, int argc, char **argv);
int cmd_collect(struct cli *cli, int argc, char **argv);

#endif
