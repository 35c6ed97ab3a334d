/* waive-note.h: what abidb waive and abidb note share: the options that say where a rule applies, and rm. */
#ifndef ABIDB_CLI_WAIVE_NOTE_H
#define ABIDB_CLI_WAIVE_NOTE_H

#include "cli.h"

/* Where a waiver or note applies: --machine, --path, --from, --to (vals m, p, f, t). */
#define RULE_WHERE_OPTIONS \
	{ "machine", 'm', "GLOB", "machine types it applies to", 0 }, \
	{ "path", 'p', "GLOB", "fact paths it applies to", 0 }, \
	{ "from", 'f', "R", "first release it applies to (default: any)", 0 }, \
	{ "to", 't', "R", "last release it applies to; 5.2 covers 5.2.x (default: any)", 0 }

/*
 * `abidb CMD rm ID...`: every ID is checked before any is removed; then
 * rm(st, id) each, printing "WHAT ID removed".
 */
int rules_rm(struct cli *cli, const char *cmd, const char *what, int argc, char **argv,
	     int (*rm)(struct store *st, long long id, struct error *err));

#endif
