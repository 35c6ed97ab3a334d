/* api.c: the read-only JSON API: releases, machine types, records, facts, matrix, diff, fixup, migrations, advise. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advise.h"
#include "catalog.h"
#include "diff.h"
#include "fixup.h"
#include "http.h"
#include "json.h"
#include "migrations.h"
#include "report.h"
#include "util.h"

enum format { FMT_JSON, FMT_CSV, FMT_NDJSON };

#define FACTS_DEFAULT_LIMIT 1000
#define FACTS_MAX_LIMIT 100000

/* ?format=json|csv|ndjson; -1 after answering 400. */
static int get_format(const struct http_request *req, struct http_response *resp, int tabular)
{
	const char *f = http_arg(req, "format");

	if (!f || !*f || !strcmp(f, "json"))
		return FMT_JSON;
	if (tabular && !strcmp(f, "csv"))
		return FMT_CSV;
	if (tabular && !strcmp(f, "ndjson"))
		return FMT_NDJSON;
	http_error(resp, 400, "unknown format '%s'%s", f, tabular ? ": json, csv or ndjson" : ": json");
	return -1;
}

/* A positive integer parameter; 0 when absent, -1 after answering 400. */
static long long get_uint(const struct http_request *req, struct http_response *resp, const char *name,
			  long long dflt)
{
	const char *v = http_arg(req, name);
	char *end;
	long long n;

	if (!v || !*v)
		return dflt;
	n = strtoll(v, &end, 10);
	if (*end || n < 0 || v[0] == '-' || v[0] == '+') {
		http_error(resp, 400, "parameter '%s': '%s' is not a non-negative integer", name, v);
		return -1;
	}
	return n;
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

static void add_str(struct json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, json_str_or_null(v));
}

static void put_diff_ndjson(struct http_response *resp, struct json_object *o, struct json_object *secs)
{
	size_t i, j, n = json_object_array_length(secs);

	strbuf_reset(&resp->body);
	for (i = 0; i < n; i++) {
		struct json_object *sec = json_object_array_get_idx(secs, i), *name = NULL, *ents = NULL;

		json_object_object_get_ex(sec, "section", &name);
		if (!json_object_object_get_ex(sec, "entries", &ents) || !json_object_is_type(ents, json_type_array))
			continue;
		for (j = 0; j < json_object_array_length(ents); j++) {
			struct json_object *e = json_object_array_get_idx(ents, j);

			if (name && !json_object_object_get_ex(e, "section", NULL))
				json_object_object_add(e, "section", json_object_get(name));
			strbuf_addstr(&resp->body, json_object_to_json_string_ext(e, JSON_C_TO_STRING_PLAIN |
				      JSON_C_TO_STRING_NOSLASHESCAPE));
			strbuf_addch(&resp->body, '\n');
		}
	}
	json_object_put(o);
	resp->status = 200;
	resp->content_type = "application/x-ndjson";
}

/* Each element of the answer's first array, one per line (NDJSON). */
static void put_ndjson(struct http_response *resp, struct json_object *o)
{
	static const char *const keys[] = { "entries", "rows", "records", "items", "facts" };
	struct json_object *a = NULL;
	size_t i, n;

	if (json_object_is_type(o, json_type_array))
		a = o;
	if (!a && json_object_object_get_ex(o, "sections", &a) && json_object_is_type(a, json_type_array)) {
		/* a diff: its entries, each with its section */
		put_diff_ndjson(resp, o, a);
		return;
	}
	a = NULL;
	for (i = 0; !a && i < ARRAY_SIZE(keys); i++)
		if (json_object_object_get_ex(o, keys[i], &a) && !json_object_is_type(a, json_type_array))
			a = NULL;
	if (!a) {
		json_object_object_foreach(o, k, v) {
			(void)k;
			if (json_object_is_type(v, json_type_array)) {
				a = v;
				break;
			}
		}
	}
	strbuf_reset(&resp->body);
	n = a ? json_object_array_length(a) : 0;
	for (i = 0; i < n; i++) {
		strbuf_addstr(&resp->body, json_object_to_json_string_ext(json_object_array_get_idx(a, i),
			      JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
		strbuf_addch(&resp->body, '\n');
	}
	json_object_put(o);
	resp->status = 200;
	resp->content_type = "application/x-ndjson";
}

/* Capture a FILE-writing printer (diff_csv, matrix_csv) into the body. */
static FILE *body_stream(char **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	return open_memstream(buf, len);
}

/* fclose() sets *buf and *len: read them only after it. */
static void put_stream(struct http_response *resp, FILE *f, char **buf, size_t *len)
{
	fclose(f);
	strbuf_reset(&resp->body);
	strbuf_add(&resp->body, *buf, *len);
	free(*buf);
	resp->status = 200;
	resp->content_type = "text/csv; charset=utf-8";
}

/* A JSON answer in the asked shape: whole (FMT_JSON) or one line per element (FMT_NDJSON); consumes o. */
static void put_shaped(struct http_response *resp, int fmt, struct json_object *o)
{
	if (fmt == FMT_NDJSON)
		put_ndjson(resp, o);
	else
		http_json(resp, 200, o);
}

/* A CSV answer: `print` writes it to the FILE *f this macro opens on the body. */
#define PUT_CSV(resp, f, print) do { \
		char *csv_buf_; \
		size_t csv_len_; \
		FILE *f = body_stream(&csv_buf_, &csv_len_); \
 \
		print; \
		put_stream(resp, f, &csv_buf_, &csv_len_); \
	} while (0)

/*
 * The list routes share one shape: a catalog listing, each row in its JSON
 * shape (report.h), the rows freed.  What differs is passed in.
 */
#define LIST_ROUTE(name, row_type, list, to_json, free_rows) \
void name(struct route_ctx *c, const struct http_request *req, struct http_response *resp) \
{ \
	struct json_object *a; \
	struct row_type *v; \
	struct error err = ERROR_INIT; \
	size_t n, i; \
 \
	(void)req; \
	if (list(c->st, &v, &n, &err)) \
		return http_error_from(resp, &err); \
	a = json_object_new_array(); \
	for (i = 0; i < n; i++) \
		json_object_array_add(a, to_json(&v[i])); \
	free_rows(v, n); \
	http_json(resp, 200, a); \
}

LIST_ROUTE(api_releases, release_row, catalog_releases, release_json, release_rows_free)
LIST_ROUTE(api_machines, machine_row, catalog_machines, machine_json, machine_rows_free)
LIST_ROUTE(api_records, record_row, catalog_records, record_json, record_rows_free)

void api_record(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	struct record_row r;
	struct error err = ERROR_INIT;

	memset(&r, 0, sizeof(r));
	if (catalog_record_by_id(c->st, req->id, &r, &err))
		return http_error_from(resp, &err);
	http_json(resp, 200, record_json(&r));
	record_row_release(&r);
}

struct facts_page {
	long long offset, limit, total;
	enum format fmt;
	struct json_object *facts;
	FILE *out;
};

static int fact_cb(void *data, const char *path, const char *value)
{
	struct facts_page *p = data;
	long long i = p->total++;

	if (i < p->offset || (p->limit && i >= p->offset + p->limit))
		return 0;
	if (p->fmt == FMT_CSV) {
		csv_field(p->out, path);
		fputc(',', p->out);
		csv_field(p->out, value);
		fputc('\n', p->out);
	} else {
		struct json_object *o = json_object_new_object();

		add_str(o, "path", path);
		add_str(o, "value", value);
		json_object_array_add(p->facts, o);
	}
	return 0;
}

/* GET /api/v1/records/{id}/facts?glob=&offset=&limit= */
void api_facts(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	struct facts_page p = { 0, 0, 0, FMT_JSON, NULL, NULL };
	struct record_row r;
	struct error err = ERROR_INIT;
	int fmt = get_format(req, resp, 1);
	char *buf = NULL;
	size_t len = 0;

	memset(&r, 0, sizeof(r));
	if (fmt < 0)
		return;
	p.fmt = fmt;
	if ((p.offset = get_uint(req, resp, "offset", 0)) < 0 ||
	    (p.limit = get_uint(req, resp, "limit", fmt == FMT_JSON ? FACTS_DEFAULT_LIMIT : 0)) < 0)
		return;
	if (p.limit > FACTS_MAX_LIMIT)
		p.limit = FACTS_MAX_LIMIT;
	if (catalog_record_by_id(c->st, req->id, &r, &err))
		return http_error_from(resp, &err);
	if (fmt == FMT_CSV) {
		p.out = body_stream(&buf, &len);
		fputs("path,value\n", p.out);
	} else {
		p.facts = json_object_new_array();
	}
	if (catalog_facts(c->st, req->id, nonempty(http_arg(req, "glob")), fact_cb, &p, &err)) {
		if (p.out) {
			fclose(p.out);
			free(buf);
		}
		json_object_put(p.facts);
		record_row_release(&r);
		return http_error_from(resp, &err);
	}
	if (fmt == FMT_CSV) {
		put_stream(resp, p.out, &buf, &len);
	} else {
		struct json_object *o = json_object_new_object();
		long long next = p.offset + (long long)json_object_array_length(p.facts);

		json_object_object_add(o, "ok", json_object_new_boolean(1));
		json_object_object_add(o, "record", record_json(&r));
		add_str(o, "glob", nonempty(http_arg(req, "glob")));
		json_object_object_add(o, "total", json_object_new_int64(p.total));
		json_object_object_add(o, "offset", json_object_new_int64(p.offset));
		json_object_object_add(o, "limit", json_object_new_int64(p.limit));
		json_object_object_add(o, "next", next < p.total ? json_object_new_int64(next) : NULL);
		json_object_object_add(o, "facts", p.facts);
		put_shaped(resp, fmt, o);
	}
	record_row_release(&r);
}

/* The options diff and matrix share: view, section, min_severity, direction, path. 0, or -1 after a 400. */
static int diff_options(const struct http_request *req, struct http_response *resp, struct diff_opts *o)
{
	const char *v;

	memset(o, 0, sizeof(*o));
	if ((v = nonempty(http_arg(req, "view"))) && view_parse(v, &o->views)) {
		http_error(resp, 400, "unknown view '%s': guest, migration, properties, devices or all", v);
		return -1;
	}
	if ((v = nonempty(http_arg(req, "min_severity"))) && severity_parse(v, &o->min_severity)) {
		http_error(resp, 400, "unknown severity '%s': info, change or break", v);
		return -1;
	}
	if ((v = nonempty(http_arg(req, "direction"))) && direction_parse(v, &o->direction)) {
		http_error(resp, 400, "unknown direction '%s': forward, backward or both", v);
		return -1;
	}
	o->sections = nonempty(http_arg(req, "section"));
	o->path_glob = nonempty(http_arg(req, "path"));
	return 0;
}

struct annotations {
	struct waiver *waivers;
	size_t nwaivers;
	struct note *notes;
	size_t nnotes;
};

static int load_annotations(struct store *st, struct annotations *a, struct diff_opts *o, struct error *err)
{
	memset(a, 0, sizeof(*a));
	if (waivers_load_db(st, &a->waivers, &a->nwaivers, err) ||
	    notes_load_db(st, &a->notes, &a->nnotes, err))
		return -1;
	o->waivers = a->waivers;
	o->nwaivers = a->nwaivers;
	o->notes = a->notes;
	o->nnotes = a->nnotes;
	return 0;
}

static void annotations_release(struct annotations *a)
{
	if (a->waivers)
		waivers_free(a->waivers, a->nwaivers);
	if (a->notes)
		notes_free(a->notes, a->nnotes);
}

/* GET /api/v1/matrix?family=&arch=&machine=&view=&min_severity=&section=&path= */
void api_matrix(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	struct matrix_opts o;
	struct annotations an;
	struct matrix m;
	struct error err = ERROR_INIT;
	int fmt = get_format(req, resp, 1);

	memset(&o, 0, sizeof(o));
	memset(&m, 0, sizeof(m));
	memset(&an, 0, sizeof(an));
	if (fmt < 0 || diff_options(req, resp, &o.diff))
		return;
	o.family = nonempty(http_arg(req, "family"));
	o.arch = nonempty(http_arg(req, "arch"));
	o.machine = nonempty(http_arg(req, "machine"));
	if (!o.diff.views)
		o.diff.views = VIEW_GUEST;	/* as abidb matrix: the guest view is the promise */
	if (load_annotations(c->st, &an, &o.diff, &err) || matrix_build(c->st, &o, &m, &err)) {
		http_error_from(resp, &err);
		goto out;
	}
	if (fmt == FMT_CSV)
		PUT_CSV(resp, f, matrix_csv(&m, f));
	else
		put_shaped(resp, fmt, matrix_json(&m, &o));
	matrix_release(&m);
out:
	annotations_release(&an);
}

/* a=ID&b=ID, or machine=M&from=R1&to=R2: the two record ids; 0 or -1 after answering. */
static int diff_pair(struct route_ctx *c, const struct http_request *req, struct http_response *resp,
		     long long *a, long long *b)
{
	const char *machine = nonempty(http_arg(req, "machine")), *arch = nonempty(http_arg(req, "arch"));
	struct error err = ERROR_INIT;
	struct record_row r;

	if (!machine) {
		if ((*a = get_uint(req, resp, "a", 0)) < 0 || (*b = get_uint(req, resp, "b", 0)) < 0)
			return -1;
		if (!*a || !*b) {
			http_error(resp, 400, "give two records: a=ID&b=ID, or machine=M&from=R1&to=R2");
			return -1;
		}
		return 0;
	}
	if (!nonempty(http_arg(req, "from")) || !nonempty(http_arg(req, "to"))) {
		http_error(resp, 400, "machine=M needs from=RELEASE and to=RELEASE");
		return -1;
	}
	memset(&r, 0, sizeof(r));
	if (catalog_find_record_arch(c->st, http_arg(req, "from"), machine, arch, &r, &err)) {
		http_error_from(resp, &err);
		return -1;
	}
	*a = r.id;
	record_row_release(&r);
	memset(&r, 0, sizeof(r));
	if (catalog_find_record_arch(c->st, http_arg(req, "to"), machine, arch, &r, &err)) {
		http_error_from(resp, &err);
		return -1;
	}
	*b = r.id;
	record_row_release(&r);
	return 0;
}

/* GET /api/v1/diff?a=&b= | ?machine=&from=&to=[&arch=], with view, section, min_severity, path, format */
void api_diff(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	struct diff_opts o;
	struct annotations an;
	struct diff d;
	struct error err = ERROR_INIT;
	long long a, b;
	int fmt = get_format(req, resp, 1);

	memset(&an, 0, sizeof(an));
	if (fmt < 0 || diff_options(req, resp, &o) || diff_pair(c, req, resp, &a, &b))
		return;
	diff_init(&d);
	if (load_annotations(c->st, &an, &o, &err) || diff_records(c->st, a, b, &o, &d, &err)) {
		http_error_from(resp, &err);
		goto out;
	}
	if (fmt == FMT_CSV)
		PUT_CSV(resp, f, diff_csv(&d, f));
	else
		put_shaped(resp, fmt, diff_json(&d));
out:
	diff_release(&d);
	annotations_release(&an);
}

/*
 * GET /api/v1/fixup?machine=&from=&to=[&format=json|qemu|libvirt]: the options
 * that make release `to` present `from`'s ABI; qemu: the command line as
 * text/plain, libvirt: the <domain> fragment (<qemu:override>, <qemu:commandline>) as application/xml.
 */
void api_fixup(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	const char *m = nonempty(http_arg(req, "machine"));
	const char *from = nonempty(http_arg(req, "from")), *to = nonempty(http_arg(req, "to"));
	const char *fname = nonempty(http_arg(req, "format"));
	enum fixup_format fmt = FIXUP_FORMAT_JSON;
	struct error err = ERROR_INIT;
	struct fixup f;
	char *text;

	if (fname && fixup_format_parse(fname, &fmt)) {
		http_error(resp, 400, "unknown format '%s': json, qemu or libvirt", fname);
		return;
	}
	if (!m || !from || !to) {
		http_error(resp, 400, "give machine=M&from=RELEASE&to=RELEASE");
		return;
	}
	fixup_init(&f);
	if (fixup_compute(c->st, m, from, to, &f, &err)) {
		http_error_from(resp, &err);
	} else if (fmt == FIXUP_FORMAT_JSON) {
		http_json(resp, 200, fixup_json(&f));
	} else {
		text = fmt == FIXUP_FORMAT_LIBVIRT ? fixup_libvirt_xml(&f) : fixup_command_line(&f);
		resp->status = 200;
		resp->content_type = fmt == FIXUP_FORMAT_LIBVIRT ? "application/xml" : "text/plain; charset=utf-8";
		strbuf_addstr(&resp->body, text);
		if (fmt == FIXUP_FORMAT_QEMU)
			strbuf_addch(&resp->body, '\n');
		free(text);
	}
	fixup_release(&f);
}

/* GET /api/v1/migrations?machine=: which releases load each other's migration stream, both directions. */
void api_migrations(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	const char *m = nonempty(http_arg(req, "machine"));
	struct error err = ERROR_INIT;
	struct migration_grid g;

	if (get_format(req, resp, 0) < 0)
		return;
	if (!m) {
		http_error(resp, 400, "give machine=M");
		return;
	}
	if (migration_grid_build(c->st, m, &g, &err))
		http_error_from(resp, &err);
	else
		http_json(resp, 200, migration_grid_json(&g));
	migration_grid_release(&g);
}

/*
 * GET /api/v1/advise?machine=&created_on=&running=[&ack=ID,ID...]: what a VM
 * created on one release meets on another, the notes, the fixups, and the
 * verdict (docs/advise.md).
 */
void api_advise(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	const char *m = nonempty(http_arg(req, "machine"));
	const char *x = nonempty(http_arg(req, "created_on")), *y = nonempty(http_arg(req, "running"));
	const char *ackarg = nonempty(http_arg(req, "ack"));
	struct error err = ERROR_INIT;
	char *acks = ackarg ? xstrdup(ackarg) : NULL, *save = NULL, *tok;
	const char *list[65];
	size_t n = 0;
	struct advice a;

	if (get_format(req, resp, 0) < 0)
		goto out;
	if (!m || !x || !y) {
		http_error(resp, 400, "give machine=M&created_on=RELEASE&running=RELEASE");
		goto out;
	}
	for (tok = acks ? strtok_r(acks, ",", &save) : NULL; tok; tok = strtok_r(NULL, ",", &save)) {
		if (n == ARRAY_SIZE(list) - 1) {
			http_error(resp, 400, "ack: at most %zu ids", ARRAY_SIZE(list) - 1);
			goto out;
		}
		list[n++] = tok;
	}
	list[n] = NULL;
	if (advise(c->st, m, x, y, list, &a, &err))
		http_error_from(resp, &err);
	else
		http_json(resp, 200, advice_json(&a));
	advice_release(&a);
out:
	free(acks);
}
