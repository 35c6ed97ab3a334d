/* diff-match.c: what a diff matches beside the rules: the machine type's own name, waivers and notes. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "util.h"

/* Replace whole-token occurrences of name (not followed by [.0-9]) with "\x01". */
static char *normalize_name(const char *value, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = strlen(name);
	const char *p = value, *hit;

	while ((hit = strstr(p, name))) {
		const char *after = hit + n;

		strbuf_add(&sb, p, (size_t)(hit - p));
		if ((*after == '.' && after[1] >= '0' && after[1] <= '9') || (*after >= '0' && *after <= '9')) {
			strbuf_add(&sb, hit, n);
		} else {
			strbuf_addch(&sb, 1);
		}
		p = after;
	}
	strbuf_addstr(&sb, p);
	return strbuf_detach(&sb, NULL);
}

/*
 * Sizes that grow with the machine type's name: the SMBIOS tables carry the
 * name three times (types 1, 3, 4), the 8.2 migration "configuration"
 * section once.  A change there by a multiple of the names' length
 * difference is the name, nothing else.
 */
static const char *const name_length_paths[] = {
	"fw_cfg/etc/smbios/smbios-tables/size",
	"migration/configuration/name/size",
	"smbios/entry/table_length",
};

static int only_name_length_differs(const struct diff_entry *e, const char *na, const char *nb)
{
	long long delta = (long long)strlen(nb) - (long long)strlen(na), d;
	char *end1, *end2;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(name_length_paths); i++)
		if (!strcmp(e->path, name_length_paths[i]))
			break;
	if (i == ARRAY_SIZE(name_length_paths) || !delta)
		return 0;
	d = strtoll(e->new_value, &end1, 0) - strtoll(e->old_value, &end2, 0);
	if (*end1 || *end2 || d % delta)
		return 0;
	return d / delta >= 1 && d / delta <= 4;
}

int diff_only_name_differs(const struct diff_entry *e, const char *na, const char *nb)
{
	char *x, *y;
	int same;

	if (e->kind != ENTRY_CHANGED || !strcmp(na, nb))
		return 0;
	if (only_name_length_differs(e, na, nb))
		return 1;
	x = normalize_name(e->old_value, na);
	y = normalize_name(e->new_value, nb);
	same = !strcmp(x, y);
	free(x);
	free(y);
	return same;
}

/*
 * Waivers and notes whose machine glob and release range fit this diff:
 * decided once per diff, so entries only test their path globs.
 */
void diff_match_waivers_notes(struct diff *d, const struct diff_opts *o)
{
	size_t i, k;
	size_t *w = xcalloc(o->nwaivers + 1, sizeof(*w)), *n = xcalloc(o->nnotes + 1, sizeof(*n)), nw = 0, nn = 0;

	for (k = 0; k < o->nwaivers; k++)
		if (glob_match(o->waivers[k].machine_glob, d->b.machine) &&
		    release_in_range(d->b.release, o->waivers[k].release_from, o->waivers[k].release_to))
			w[nw++] = k;
	for (k = 0; k < o->nnotes; k++)
		if ((glob_match(o->notes[k].machine_glob, d->b.machine) ||
		     glob_match(o->notes[k].machine_glob, d->a.machine)) &&
		    (release_in_range(d->b.release, o->notes[k].release_from, o->notes[k].release_to) ||
		     release_in_range(d->a.release, o->notes[k].release_from, o->notes[k].release_to)))
			n[nn++] = k;
	for (i = 0; i < d->nr && (nw || nn); i++) {
		struct diff_entry *e = &d->v[i];

		for (k = 0; k < nw && !e->waiver_reason; k++) {
			const struct waiver *wv = &o->waivers[w[k]];

			if (glob_match(wv->path_glob, e->path)) {
				e->waiver_id = wv->id ? wv->id : -(long long)(w[k] + 1);
				e->waiver_reason = wv->reason;
				((struct waiver *)wv)->used++;
			}
		}
		for (k = 0; k < nn && !e->note_text; k++) {
			const struct note *nt = &o->notes[n[k]];

			if (glob_match(nt->path_glob, e->path)) {
				e->note_id = nt->id;
				e->note_text = nt->text;
				e->note_link = nt->link;
			}
		}
	}
	free(w);
	free(n);
}
