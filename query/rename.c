/* rename.c: the migration rename pass: a field that only changed name is `change`; entry ranges by path prefix. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "util.h"

/* Indices of the entries (sorted by path) under dir/ : [*lo, *hi). */
void diff_prefix_range(const struct diff *d, const char *dir, size_t *lo, size_t *hi)
{
	size_t n = strlen(dir), l = 0, h = d->nr;

	while (l < h) {		/* first path >= dir + "/" */
		size_t m = (l + h) / 2;
		int c = strncmp(d->v[m].path, dir, n);

		if (c < 0 || (!c && d->v[m].path[n] < '/'))
			l = m + 1;
		else
			h = m;
	}
	*lo = l;
	for (h = l; h < d->nr && !strncmp(d->v[h].path, dir, n) && d->v[h].path[n] == '/'; h++)
		;
	*hi = h;
}

static char *dir_of(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? xstrndup(path, (size_t)(s - path)) : xstrdup("");
}

struct sized_field {
	size_t at;		/* the "/size" entry */
	char *dir, *parent;	/* the field's path, its parent's */
	int used;
};

static size_t collect_sizes(const struct diff *d, enum entry_kind kind, struct sized_field **out)
{
	size_t i, n = 0;

	*out = NULL;
	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->kind != kind || e->severity != SEV_BREAK || !ends_with(e->path, "/size") ||
		    !starts_with(e->path, "vmstate/"))
			continue;
		*out = xrealloc(*out, (n + 1) * sizeof(**out));
		(*out)[n].at = i;
		(*out)[n].dir = dir_of(e->path);
		(*out)[n].parent = dir_of((*out)[n].dir);
		(*out)[n].used = 0;
		n++;
	}
	return n;
}

/* The value of the entry dir/leaf of this kind ("" if none): the element count of a field. */
static const char *sibling(const struct diff *d, const char *dir, const char *leaf, enum entry_kind kind)
{
	size_t lo, hi, n = strlen(dir), k;

	diff_prefix_range(d, dir, &lo, &hi);
	for (k = lo; k < hi; k++)
		if (d->v[k].kind == kind && !strcmp(d->v[k].path + n + 1, leaf))
			return kind == ENTRY_ADDED ? d->v[k].new_value : d->v[k].old_value;
	return "";
}

static void demote_range(struct diff *d, const char *dir, enum entry_kind kind, enum severity sev,
			 const char *rule)
{
	size_t lo, hi, k;

	diff_prefix_range(d, dir, &lo, &hi);
	for (k = lo; k < hi; k++)
		if (d->v[k].kind == kind) {
			d->v[k].severity = sev;
			d->v[k].rule = rule;
		}
}

/*
 * Field names are not on the migration wire (binary-wide -dump-vmstate: the
 * machine's own stream is compared by its wire layout, query/migration.c): a field removed and another
 * added under the same parent with the same size is a rename (QEMU's
 * vmstate-static-checker keeps an allow-list of them).  Such pairs, what is
 * nested under them, and the "after" links naming them become `change`.
 * Entries are sorted by path.
 */
void demote_migration_renames(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps)
{
	(void)ps;
	struct sized_field *rem, *add;
	size_t nr = collect_sizes(d, ENTRY_REMOVED, &rem), na = collect_sizes(d, ENTRY_ADDED, &add), i, j, k;

	for (i = 0; i < nr; i++) {
		for (j = 0; j < na; j++) {
			const char *fname, *gname;

			if (add[j].used || strcmp(add[j].parent, rem[i].parent) ||
			    strcmp(d->v[add[j].at].new_value, d->v[rem[i].at].old_value) ||
			    strcmp(sibling(d, add[j].dir, "num", ENTRY_ADDED), sibling(d, rem[i].dir, "num", ENTRY_REMOVED)))
				continue;
			add[j].used = 1;
			demote_range(d, rem[i].dir, ENTRY_REMOVED, sev, rule);
			demote_range(d, add[j].dir, ENTRY_ADDED, sev, rule);
			fname = rem[i].dir + strlen(rem[i].parent) + 1;
			gname = add[j].dir + strlen(add[j].parent) + 1;
			for (k = 0; k < d->nr; k++) {
				struct diff_entry *e = &d->v[k];

				if (e->kind == ENTRY_CHANGED && e->severity == SEV_BREAK && ends_with(e->path, "/after") &&
				    !strcmp(e->old_value, fname) && !strcmp(e->new_value, gname)) {
					e->severity = sev;
					e->rule = rule;
				}
			}
			break;
		}
	}
	for (i = 0; i < nr; i++) {
		free(rem[i].dir);
		free(rem[i].parent);
	}
	for (j = 0; j < na; j++) {
		free(add[j].dir);
		free(add[j].parent);
	}
	free(rem);
	free(add);
}
