/* rules.h: the stored waivers and known-issue notes: (machine glob, path glob, release range, text) rows. */
#ifndef ABIDB_RULES_H
#define ABIDB_RULES_H

#include "error.h"
#include "store.h"

enum rule_table {
	RULE_WAIVER,	/* table waiver: text is the reason; no link */
	RULE_NOTE,	/* table note: text and an optional link */
};

struct rule_row {
	long long id;
	const char *machine_glob, *path_glob;
	const char *release_from, *release_to;	/* "" (or NULL when adding): open */
	const char *text;			/* a waiver's reason, a note's text */
	const char *link;			/* notes; "" (or NULL when adding): none */
};

/*
 * Call fn for every row of table t, in id order.  The row's strings are
 * borrowed for the call only.  fn returning nonzero stops the walk: then -1,
 * with err as fn left it.  A database error: -1, "cannot read waivers: ...".
 */
typedef int (*rule_fn)(void *data, const struct rule_row *r);
int store_rules(struct store *st, enum rule_table t, rule_fn fn, void *data, struct error *err);

/* Add a row (r->id is ignored; a waiver gets created_at now); its id into *id unless id is NULL. */
int store_rule_add(struct store *st, enum rule_table t, const struct rule_row *r, long long *id,
		   struct error *err);

/* Remove row `id`; ERR_NOTFOUND "no waiver ID" / "no note ID" when there is none. */
int store_rule_remove(struct store *st, enum rule_table t, long long id, struct error *err);

#endif
