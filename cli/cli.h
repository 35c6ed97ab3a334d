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

/*
 * One option of a command: what getopt_long needs and its usage text, side
 * by side (as git's parse-options), so a new option cannot miss its usage.
 */
struct cli_option {
	const char *name;	/* long name, without "--" */
	int val;		/* what cli_getopt() returns for it */
	const char *argh;	/* its argument in usage ("FILE"); NULL: it takes none */
	const char *help;	/* one line for `abidb <command> --help` */
	unsigned flags;		/* enum cli_option_flags */
};

enum cli_option_flags {
	OPT_SHORT = 1 << 0,	/* also -<val> (val is a character) */
	OPT_OR_NEXT = 1 << 1,	/* one bracket with the next option: [--json|--csv] */
};

#define OPT_END { NULL, 0, NULL, NULL, 0 }
/* --json, val 'j': the option most commands have */
#define OPT_JSON { "json", 'j', NULL, "JSON output", 0 }

/*
 * A command's usage, defined beside its option table in cli/<name>.c.  The
 * usage line is the synopsis, then "[--name ARG]" for every option the
 * synopsis does not mention itself, then the operands.
 */
struct cmd_help {
	const char *synopsis;	/* the forms of its arguments: "MACHINE --from R1 --to R2 | ..." */
	const char *help;	/* one line: what it does */
	const struct cli_option *options;	/* ends with OPT_END; may be NULL */
	const char *operands;	/* after the options: "INPUT..."; may be NULL */
};

struct cmd {
	const char *name;
	int (*fn)(struct cli *cli, int argc, char **argv);
	unsigned flags;
	const struct cmd_help *help;
};

/*
 * getopt_long() over a cli_option table: the next option's val, '?' for an
 * unknown one, -1 at the end (then optind is the first operand).  Start with
 * optind = 1.  Not reentrant: the CLI parses one command per process.
 */
int cli_getopt(int argc, char **argv, const struct cli_option *opts);
/* The usage line of `help` (after "usage: abidb NAME "), into out. */
struct strbuf;
void cli_usage_line(const struct cmd_help *help, struct strbuf *out);
/* `abidb NAME --help`: usage line, what it does, and one line per option. */
void cli_print_help(FILE *f, const char *name, const struct cmd_help *help);

/* Print "error: <msg>" to stderr and return the exit code for it. */
int cli_fail(const struct error *err);
/* Print "usage: abidb <name> <usage>" to stderr and return EXIT_USAGE. */
int cli_usage(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Flush and close stdout; report a write error (full disk) as EXIT_ERROR. */
int cli_finish_stdout(int code);
/* Print a JSON value on stdout, pretty, and put it (consumes o). */
struct json_object;
void cli_print_json(struct json_object *o);
/* A value on one line: "(absent)" for NULL, cut to 60 characters with "...". */
void cli_print_short(const char *v);
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
int cmd_advise(struct cli *cli, int argc, char **argv);
int cmd_export(struct cli *cli, int argc, char **argv);
int cmd_identify(struct cli *cli, int argc, char **argv);
int cmd_serve(struct cli *cli, int argc, char **argv);
int cmd_token(struct cli *cli, int argc, char **argv);
int cmd_collect(struct cli *cli, int argc, char **argv);

/* Their usage, each beside its option table (cli/<name>.c). */
extern const struct cmd_help help_import, help_list, help_show, help_reindex, help_gc, help_diff,
	help_matrix, help_migrations, help_check, help_waive, help_note, help_fixup, help_identify, help_serve,
	help_token, help_advise, help_collect, help_export;

/* The web/ folder beside the abidb binary when it holds an index.html, else NULL (cli/serve.c). */
char *cli_default_web(void);

#endif
