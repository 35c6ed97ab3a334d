/* migrations.c: the release x release grid of migration verdicts of one machine type, and its JSON. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "json.h"
#include "migrations.h"
#include "util.h"

/* The verdict of one direction of d: the first entry (in path order) that breaks it. */
static void fill_cell(struct migration_cell *c, const struct diff *d, unsigned dir)
{
	size_t i;

	c->ok = 1;
	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		if (e->severity != SEV_BREAK || !(e->breaks & dir) || e->waiver_reason)
			continue;
		if (c->ok) {
			c->ok = 0;
			c->path = xstrdup(e->path);
			c->rule = xstrdup(e->rule ? e->rule : "");
			c->source = xstrdup_or_null(dir == DIR_FORWARD ? e->old_value : e->new_value);
			c->destination = xstrdup_or_null(dir == DIR_FORWARD ? e->new_value : e->old_value);
		}
		c->nbreaks++;
	}
}

int migration_grid_build(struct store *st, const char *machine, struct migration_grid *out, struct error *err)
{
	struct record_row *recs = NULL;
	struct diff_cache cache;
	struct diff_opts o;
	size_t nrecs = 0, i, j, n = 0;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	memset(&cache, 0, sizeof(cache));
	memset(&o, 0, sizeof(o));
	o.views = VIEW_MIGRATION;
	o.min_severity = SEV_BREAK;
	if (catalog_records(st, &recs, &nrecs, err))
		return -1;
	out->machine = xstrdup(machine);
	out->recs = xcalloc(nrecs ? nrecs : 1, sizeof(*out->recs));
	for (i = 0; i < nrecs; i++)
		if (!strcmp(recs[i].machine, machine))
			record_row_copy(&out->recs[n++], &recs[i]);
	out->n = n;
	if (!n) {
		error_set(err, ERR_NOTFOUND, "no record of machine type '%s'", machine);
		goto out;
	}
	out->labels = xcalloc(n, sizeof(*out->labels));
	for (i = 0; i < n; i++) {
		int shared = 0;

		for (j = 0; j < n; j++)
			shared |= j != i && !strcmp(out->recs[j].release, out->recs[i].release);
		out->labels[i] = shared ? xstrfmt("%s/%s", out->recs[i].release, out->recs[i].stream) :
					  xstrdup(out->recs[i].release);
	}
	out->cells = xcalloc(n * n, sizeof(*out->cells));
	for (i = 0; i < n; i++)
		out->cells[i * n + i].ok = 1;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			struct diff d;

			if (diff_rows(st, &out->recs[i], &out->recs[j], &o, &cache, &d, err)) {
				diff_release(&d);
				goto out;
			}
			fill_cell(&out->cells[i * n + j], &d, DIR_FORWARD);	/* i's stream, loaded by j */
			fill_cell(&out->cells[j * n + i], &d, DIR_BACKWARD);	/* j's stream, loaded by i */
			diff_release(&d);
		}
	ret = 0;
out:
	diff_cache_free(&cache);
	record_rows_free(recs, nrecs);
	return ret;
}

void migration_grid_release(struct migration_grid *g)
{
	size_t i;

	for (i = 0; g->cells && i < g->n * g->n; i++) {
		free(g->cells[i].path);
		free(g->cells[i].rule);
		free(g->cells[i].source);
		free(g->cells[i].destination);
	}
	free(g->cells);
	for (i = 0; g->labels && i < g->n; i++)
		free(g->labels[i]);
	free(g->labels);
	record_rows_free(g->recs, g->n);
	free(g->machine);
	memset(g, 0, sizeof(*g));
}


struct json_object *migration_grid_json(const struct migration_grid *g)
{
	struct json_object *o = json_object_new_object(), *rels = json_object_new_array(), *cells = json_object_new_array();
	size_t i, j;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "machine", json_object_new_string(g->machine));
	for (i = 0; i < g->n; i++) {
		struct json_object *r = json_object_new_object();

		json_object_object_add(r, "label", json_object_new_string(g->labels[i]));
		json_object_object_add(r, "release", json_object_new_string(g->recs[i].release));
		json_object_object_add(r, "stream", json_object_new_string(g->recs[i].stream));
		json_object_object_add(r, "record", json_object_new_int64(g->recs[i].id));
		json_object_array_add(rels, r);
	}
	json_object_object_add(o, "releases", rels);
	for (i = 0; i < g->n; i++)
		for (j = 0; j < g->n; j++) {
			const struct migration_cell *c = &g->cells[i * g->n + j];
			struct json_object *x;

			if (i == j)
				continue;
			x = json_object_new_object();
			json_object_object_add(x, "from", json_object_new_string(g->labels[i]));
			json_object_object_add(x, "to", json_object_new_string(g->labels[j]));
			json_object_object_add(x, "direction", json_object_new_string(i < j ? "forward" : "backward"));
			json_object_object_add(x, "ok", json_object_new_boolean(c->ok));
			json_object_object_add(x, "breaks", json_object_new_int64((int64_t)c->nbreaks));
			if (c->ok) {
				json_object_object_add(x, "reason", NULL);
			} else {
				struct json_object *r = json_object_new_object();

				json_object_object_add(r, "path", json_object_new_string(c->path));
				json_object_object_add(r, "rule", json_object_new_string(c->rule));
				json_object_object_add(r, "source", json_str_or_null(c->source));
				json_object_object_add(r, "destination", json_str_or_null(c->destination));
				json_object_object_add(x, "reason", r);
			}
			json_object_array_add(cells, x);
		}
	json_object_object_add(o, "cells", cells);
	return o;
}
