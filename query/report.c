/* report.c: the JSON and CSV shapes of records, diffs, matrices and check reports (docs/api.md). */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "report.h"
#include "util.h"


struct json_object *release_json(const struct release_row *r)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "id", json_object_new_int64(r->id));
	json_object_object_add(o, "version", json_str_or_null(r->version));
	json_object_object_add(o, "stream", json_str_or_null(r->stream));
	json_object_object_add(o, "package", json_str_or_null(r->package));
	return o;
}

struct json_object *machine_json(const struct machine_row *m)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "id", json_object_new_int64(m->id));
	json_object_object_add(o, "name", json_str_or_null(m->name));
	json_object_object_add(o, "arch", json_str_or_null(m->arch));
	json_object_object_add(o, "family", json_str_or_null(m->family));
	json_object_object_add(o, "family_version", json_str_or_null(m->family_version));
	return o;
}

struct json_object *record_json(const struct record_row *r)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "id", json_object_new_int64(r->id));
	json_object_object_add(o, "release", json_str_or_null(r->release));
	json_object_object_add(o, "stream", json_str_or_null(r->stream));
	json_object_object_add(o, "machine", json_str_or_null(r->machine));
	json_object_object_add(o, "arch", json_str_or_null(r->arch));
	if (r->digest) {
		/* a full row from the catalog (diffs carry the same rows) */
		json_object_object_add(o, "alias", r->alias && *r->alias ? json_object_new_string(r->alias) : NULL);
		json_object_object_add(o, "is_default", json_object_new_boolean(r->is_default));
		json_object_object_add(o, "deprecated", json_object_new_boolean(r->deprecated));
		json_object_object_add(o, "facts", json_object_new_int64(r->nfacts));
		json_object_object_add(o, "dumps", json_str_or_null(r->kinds));
		json_object_object_add(o, "digest", json_str_or_null(r->digest));
	}
	return o;
}

static struct json_object *entry_json(const struct diff_entry *e)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "path", json_object_new_string(e->path));
	json_object_object_add(o, "kind", json_object_new_string(entry_kind_name(e->kind)));
	json_object_object_add(o, "old", json_str_or_null(e->old_value));
	json_object_object_add(o, "new", json_str_or_null(e->new_value));
	json_object_object_add(o, "severity", json_object_new_string(severity_name(e->severity)));
	json_object_object_add(o, "rule", json_object_new_string(e->rule ? e->rule : ""));
	if (starts_with(e->path, "migration/") || starts_with(e->path, "vmstate/")) {
		/* the migration directions this entry breaks: [], ["forward"], ["backward"] or both */
		struct json_object *b = json_object_new_array();

		if (e->breaks & DIR_FORWARD)
			json_object_array_add(b, json_object_new_string("forward"));
		if (e->breaks & DIR_BACKWARD)
			json_object_array_add(b, json_object_new_string("backward"));
		json_object_object_add(o, "breaks", b);
	}
	json_object_object_add(o, "expected", json_object_new_boolean(e->expected));
	if (e->waiver_reason) {
		struct json_object *w = json_object_new_object();

		json_object_object_add(w, "id", json_object_new_int64(e->waiver_id));
		json_object_object_add(w, "reason", json_object_new_string(e->waiver_reason));
		json_object_object_add(o, "waived", w);
	} else {
		json_object_object_add(o, "waived", NULL);
	}
	if (e->note_text) {
		struct json_object *n = json_object_new_object();

		json_object_object_add(n, "text", json_object_new_string(e->note_text));
		json_object_object_add(n, "link", json_object_new_string(e->note_link ? e->note_link : ""));
		json_object_object_add(o, "note", n);
	} else {
		json_object_object_add(o, "note", NULL);
	}
	return o;
}

struct json_object *diff_json(const struct diff *d)
{
	struct json_object *o = json_object_new_object(), *sum = json_object_new_object();
	struct json_object *secs = json_object_new_array(), *cur = NULL;
	size_t i, curlen = 0;
	const char *curname = NULL;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "a", record_json(&d->a));
	json_object_object_add(o, "b", record_json(&d->b));
	json_object_object_add(sum, "entries", json_object_new_int64((long long)d->nr));
	json_object_object_add(sum, "counted", json_object_new_int64((long long)d->counted));
	json_object_object_add(sum, "waived", json_object_new_int64((long long)d->waived));
	json_object_object_add(sum, "expected", json_object_new_int64((long long)d->expected));
	json_object_object_add(sum, "max_severity", json_object_new_string(severity_name(d->max_severity)));
	json_object_object_add(o, "summary", sum);
	for (i = 0; i < d->nr; i++) {
		const char *p = d->v[i].path;
		size_t len = strcspn(p, "/");

		if (!curname || len != curlen || strncmp(curname, p, len)) {
			struct json_object *s = json_object_new_object();
			char *name = xstrndup(p, len);

			json_object_object_add(s, "section", json_object_new_string(name));
			free(name);
			cur = json_object_new_array();
			json_object_object_add(s, "entries", cur);
			json_object_array_add(secs, s);
			curname = p;
			curlen = len;
		}
		json_object_array_add(cur, entry_json(&d->v[i]));
	}
	json_object_object_add(o, "sections", secs);
	return o;
}

void matrix_cell_label(const struct matrix_cell *c, char *buf, size_t n)
{
	int k = 0, i;

	buf[k++] = c->cls;
	for (i = 0; i < c->sub && k + 1 < (int)n; i++)
		buf[k++] = '\'';
	buf[k] = '\0';
}

struct json_object *matrix_json(const struct matrix *m, const struct matrix_opts *mo)
{
	struct json_object *o = json_object_new_object(), *rels = json_object_new_array();
	struct json_object *rows = json_object_new_array();
	unsigned views = mo && mo->diff.views ? mo->diff.views : VIEW_ALL;
	const char *view = views == VIEW_GUEST ? "guest" : views == VIEW_MIGRATION ? "migration" :
			   views == VIEW_PROPERTIES ? "properties" : views == VIEW_DEVICES ? "devices" :
			   views == VIEW_ALL ? "all" : "mixed";
	size_t i, j;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "view", json_object_new_string(view));
	/* classes split at min_severity (break unless change or above was asked for) */
	json_object_object_add(o, "min_severity", json_object_new_string(severity_name(m->split ? m->split : SEV_BREAK)));
	json_object_object_add(o, "path", json_str_or_null(mo ? mo->diff.path_glob : NULL));
	for (i = 0; i < m->nreleases; i++) {
		struct json_object *r = json_object_new_object();

		json_object_object_add(r, "version", json_object_new_string(m->releases[i].version));
		json_object_object_add(r, "stream", json_object_new_string(m->releases[i].stream));
		json_object_object_add(r, "package", json_object_new_string(m->releases[i].package));
		json_object_array_add(rels, r);
	}
	json_object_object_add(o, "releases", rels);
	for (i = 0; i < m->nrows; i++) {
		const struct matrix_row *row = &m->rows[i];
		struct json_object *r = json_object_new_object(), *cells = json_object_new_array();

		json_object_object_add(r, "machine", json_object_new_string(row->machine));
		json_object_object_add(r, "family", json_object_new_string(row->family));
		json_object_object_add(r, "arch", json_object_new_string(row->arch));
		json_object_object_add(r, "classes", json_object_new_int64((long long)row->nclasses));
		for (j = 0; j < row->ncells; j++) {
			const struct matrix_cell *c = &row->cells[j];
			struct json_object *cell;
			char cls[2] = { c->cls, 0 }, label[16];

			if (!c->record_id) {
				json_object_array_add(cells, NULL);
				continue;
			}
			cell = json_object_new_object();
			json_object_object_add(cell, "release", json_object_new_string(c->release));
			json_object_object_add(cell, "stream", json_object_new_string(c->stream));
			json_object_object_add(cell, "record", json_object_new_int64(c->record_id));
			json_object_object_add(cell, "class", json_object_new_string(cls));
			json_object_object_add(cell, "sub", json_object_new_int(c->sub));
			matrix_cell_label(c, label, sizeof(label));
			json_object_object_add(cell, "label", json_object_new_string(label));
			json_object_object_add(cell, "partial", json_object_new_boolean(c->partial));
			json_object_object_add(cell, "explain", json_str_or_null(c->explain));
			json_object_object_add(cell, "severity", json_object_new_string(severity_name(c->severity)));
			json_object_object_add(cell, "diff", json_object_new_int64((long long)c->ndiff));
			json_object_object_add(cell, "waived", json_object_new_int64((long long)c->nwaived));
			if (c->note_text) {
				struct json_object *n = json_object_new_object();

				json_object_object_add(n, "text", json_object_new_string(c->note_text));
				json_object_object_add(n, "link", json_object_new_string(c->note_link ? c->note_link : ""));
				json_object_object_add(cell, "note", n);
			} else {
				json_object_object_add(cell, "note", NULL);
			}
			json_object_array_add(cells, cell);
		}
		json_object_object_add(r, "cells", cells);
		json_object_array_add(rows, r);
	}
	json_object_object_add(o, "rows", rows);
	return o;
}

struct json_object *waiver_json(const struct waiver *w)
{
	struct json_object *y = json_object_new_object();

	json_object_object_add(y, "id", w->id > 0 ? json_object_new_int64(w->id) : NULL);
	json_object_object_add(y, "origin", json_str_or_null(w->origin));
	json_object_object_add(y, "machine_glob", json_str_or_null(w->machine_glob));
	json_object_object_add(y, "path_glob", json_str_or_null(w->path_glob));
	json_object_object_add(y, "from", json_str_or_null(w->release_from));
	json_object_object_add(y, "to", json_str_or_null(w->release_to));
	json_object_object_add(y, "reason", json_str_or_null(w->reason));
	json_object_object_add(y, "used", json_object_new_int64((long long)w->used));
	return y;
}

struct json_object *note_json(const struct note *n)
{
	struct json_object *y = json_object_new_object();

	json_object_object_add(y, "id", json_object_new_int64(n->id));
	json_object_object_add(y, "machine_glob", json_str_or_null(n->machine_glob));
	json_object_object_add(y, "path_glob", json_str_or_null(n->path_glob));
	json_object_object_add(y, "from", json_str_or_null(n->release_from));
	json_object_object_add(y, "to", json_str_or_null(n->release_to));
	json_object_object_add(y, "text", json_str_or_null(n->text));
	json_object_object_add(y, "link", json_str_or_null(n->link));
	return y;
}

struct json_object *check_json(const struct check_report *r)
{
	struct json_object *o = json_object_new_object(), *items = json_object_new_array();
	struct json_object *wa = json_object_new_array();
	size_t i, j;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "passed", json_object_new_boolean(r->failed == 0));
	json_object_object_add(o, "checked", json_object_new_int64((long long)r->nr));
	json_object_object_add(o, "failed", json_object_new_int64((long long)r->failed));
	json_object_object_add(o, "waived", json_object_new_int64((long long)r->waived));
	for (i = 0; i < r->nr; i++) {
		const struct check_item *it = &r->v[i];
		struct json_object *x = json_object_new_object(), *ents = json_object_new_array();
		struct json_object *cnt = json_object_new_object();
		size_t nbreak = 0, nchange = 0;

		json_object_object_add(x, "record", record_json(&it->rec));
		json_object_object_add(x, "baseline", it->base.id ? record_json(&it->base) : NULL);
		json_object_object_add(x, "status", json_object_new_string(
			it->is_new ? "new" : it->diff.counted ? "changed" : "ok"));
		/* what counts or was waived; info and expected entries are in `abidb diff` */
		for (j = 0; j < it->diff.nr; j++) {
			const struct diff_entry *e = &it->diff.v[j];

			if (e->expected || (!e->waiver_reason && e->severity < SEV_CHANGE))
				continue;
			if (!e->waiver_reason)
				nbreak += e->severity == SEV_BREAK, nchange += e->severity == SEV_CHANGE;
			json_object_array_add(ents, entry_json(e));
		}
		json_object_object_add(cnt, "break", json_object_new_int64((long long)nbreak));
		json_object_object_add(cnt, "change", json_object_new_int64((long long)nchange));
		json_object_object_add(x, "counts", cnt);
		json_object_object_add(x, "waived", json_object_new_int64((long long)it->diff.waived));
		json_object_object_add(x, "entries", ents);
		json_object_array_add(items, x);
	}
	json_object_object_add(o, "items", items);
	for (i = 0; i < r->nwaivers; i++)
		json_object_array_add(wa, waiver_json(&r->waivers[i]));
	json_object_object_add(o, "waivers", wa);
	return o;
}

void csv_field(FILE *out, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\n\r")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

void diff_csv(const struct diff *d, FILE *out)
{
	size_t i;

	fputs("path,kind,old,new,severity,rule,expected,waived,note\n", out);
	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		csv_field(out, e->path);
		fprintf(out, ",%s,", entry_kind_name(e->kind));
		csv_field(out, e->old_value);
		fputc(',', out);
		csv_field(out, e->new_value);
		fprintf(out, ",%s,%s,%s,", severity_name(e->severity), e->rule ? e->rule : "",
			e->expected ? "yes" : "no");
		csv_field(out, e->waiver_reason);
		fputc(',', out);
		csv_field(out, e->note_text);
		fputc('\n', out);
	}
}

void matrix_csv(const struct matrix *m, FILE *out)
{
	size_t i, j;

	fputs("machine,family,arch", out);
	for (i = 0; i < m->nreleases; i++) {
		fputc(',', out);
		csv_field(out, m->releases[i].version);
	}
	fputc('\n', out);
	for (i = 0; i < m->nrows; i++) {
		const struct matrix_row *r = &m->rows[i];

		csv_field(out, r->machine);
		fputc(',', out);
		csv_field(out, r->family);
		fputc(',', out);
		csv_field(out, r->arch);
		for (j = 0; j < r->ncells; j++) {
			char label[16];

			matrix_cell_label(&r->cells[j], label, sizeof(label));
			if (r->cells[j].record_id)
				fprintf(out, ",%s:%s%s", label, severity_name(r->cells[j].severity),
					r->cells[j].partial ? ":partial" : "");
			else
				fputc(',', out);
		}
		fputc('\n', out);
	}
}
