/* query.c: option handling and human output shared by diff, matrix and check. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "query.h"
#include "util.h"

int query_opt(struct query_opts *q, int c, const char *arg, const char *cmd)
{
	switch (c) {
	case 0x100:
		if (view_parse(arg, &q->diff.views)) {
			cli_usage(cmd, "unknown view '%s': guest, migration, properties, devices or all", arg);
			return -1;
		}
		return 1;
	case 0x101:
		q->diff.sections = arg;
		return 1;
	case 0x102:
		if (severity_parse(arg, &q->diff.min_severity)) {
			cli_usage(cmd, "unknown severity '%s': info, change or break", arg);
			return -1;
		}
		return 1;
	case 0x103:
		q->diff.path_glob = arg;
		return 1;
	case 0x104:
		if (q->nwaiver_files == ARRAY_SIZE(q->waiver_files)) {
			cli_usage(cmd, "too many --waivers files");
			return -1;
		}
		q->waiver_files[q->nwaiver_files++] = arg;
		return 1;
	case 0x105:
		q->json = 1;
		return 1;
	case 0x106:
		q->csv = 1;
		return 1;
	case 0x107:
		q->full = 1;
		return 1;
	case 0x108:
		q->no_notes = 1;
		return 1;
	case 0x109:
		if (direction_parse(arg, &q->diff.direction)) {
			cli_usage(cmd, "unknown direction '%s': forward, backward or both", arg);
			return -1;
		}
		return 1;
	}
	return 0;
}

int query_load(struct query_opts *q, struct store *st, struct error *err)
{
	size_t i;

	if (waivers_load_db(st, &q->waivers, &q->nwaivers, err))
		return -1;
	for (i = 0; i < q->nwaiver_files; i++) {
		struct waiver *more;
		size_t n;

		if (waivers_load_file(q->waiver_files[i], &more, &n, err))
			return -1;
		q->waivers = xrealloc(q->waivers, (q->nwaivers + n + 1) * sizeof(*q->waivers));
		if (n)
			memcpy(q->waivers + q->nwaivers, more, n * sizeof(*more));
		q->nwaivers += n;
		free(more);
	}
	if (!q->no_notes && notes_load_db(st, &q->notes, &q->nnotes, err))
		return -1;
	q->diff.waivers = q->waivers;
	q->diff.nwaivers = q->nwaivers;
	q->diff.notes = q->notes;
	q->diff.nnotes = q->nnotes;
	return 0;
}

void query_release(struct query_opts *q)
{
	waivers_free(q->waivers, q->nwaivers);
	notes_free(q->notes, q->nnotes);
	q->waivers = NULL;
	q->notes = NULL;
	q->nwaivers = q->nnotes = 0;
}

#define RED "\033[31m"
#define GREEN "\033[32m"
#define YELLOW "\033[33m"
#define DIM "\033[2m"
#define BOLD "\033[1m"
#define RESET "\033[0m"

/* Values can be whole AML method bodies: cut them for a terminal unless --full. */
static void print_value(const char *v, int full)
{
	size_t n = strlen(v);

	if (full || n <= 72)
		fputs(v, stdout);
	else
		printf("%.60s... (%zu chars)", v, n);
}

void print_diff_summary(const struct diff *d)
{
	size_t i, nb = 0, nc = 0, ni = 0;

	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->expected || e->waiver_reason)
			continue;
		if (e->severity == SEV_BREAK)
			nb++;
		else if (e->severity == SEV_CHANGE)
			nc++;
		else
			ni++;
	}
	printf("%zu difference%s (%zu break, %zu change, %zu info)", nb + nc + ni, nb + nc + ni == 1 ? "" : "s",
	       nb, nc, ni);
	if (d->waived)
		printf(", %zu waived", d->waived);
	if (d->expected)
		printf(", %zu expected (machine type name)", d->expected);
	printf("\n");
}

void print_diff(const struct diff *d, const struct query_opts *q, int color)
{
	const char *cursec = NULL;
	size_t cursec_len = 0, i;

	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];
		size_t len = strcspn(e->path, "/");
		const char *sevc = !color ? "" : e->severity == SEV_BREAK ? RED BOLD :
				   e->severity == SEV_CHANGE ? YELLOW : DIM;
		const char *sign = e->kind == ENTRY_ADDED ? "+" : e->kind == ENTRY_REMOVED ? "-" : "~";

		if (!cursec || len != cursec_len || strncmp(cursec, e->path, len)) {
			printf("%s%.*s%s\n", color ? BOLD : "", (int)len, e->path, color ? RESET : "");
			cursec = e->path;
			cursec_len = len;
		}
		printf("  %s%s%s %s", color ? (e->kind == ENTRY_ADDED ? GREEN : e->kind == ENTRY_REMOVED ? RED : "") : "",
		       sign, color ? RESET : "", e->path);
		if (e->kind == ENTRY_CHANGED) {
			printf(": ");
			print_value(e->old_value, q->full);
			printf(" -> ");
			print_value(e->new_value, q->full);
		} else {
			printf(" = ");
			print_value(e->kind == ENTRY_ADDED ? e->new_value : e->old_value, q->full);
		}
		printf("  %s[%s %s%s%s]%s", sevc, severity_name(e->severity), e->rule ? e->rule : "",
		       e->breaks ? " " : "", direction_name(e->breaks), color ? RESET : "");
		if (e->expected)
			printf(" (expected: machine type name)");
		if (e->waiver_reason)
			printf(" (waived: %s)", e->waiver_reason);
		printf("\n");
		if (e->note_text)
			printf("      note: %s%s%s\n", e->note_text, e->note_link && *e->note_link ? " " : "",
			       e->note_link ? e->note_link : "");
	}
}
