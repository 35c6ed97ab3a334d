/* waiver.c: waivers and known-issue notes: the rule text format, the database rows, release ranges. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "rules.h"
#include "util.h"

/* ---- release ranges ---- */

/* v without a "/stream" suffix, into buf. */
static const char *bare_version(const char *v, char *buf, size_t size)
{
	const char *slash = strchr(v, '/');
	size_t n = slash ? (size_t)(slash - v) : strlen(v);

	if (n >= size)
		n = size - 1;
	memcpy(buf, v, n);
	buf[n] = '\0';
	return buf;
}

/* Does v fall under bound b read as a prefix ("7.2" covers "7.2.22")? */
static int under_prefix(const char *v, const char *b)
{
	size_t n = strlen(b);

	return !strncmp(v, b, n) && v[n] == '.';
}

int release_in_range(const char *v, const char *from, const char *to)
{
	char buf[128];

	if (!v)
		return 0;
	v = bare_version(v, buf, sizeof(buf));
	if (from && *from && version_cmp(v, from) < 0)
		return 0;
	if (to && *to && version_cmp(v, to) > 0 && !under_prefix(v, to))
		return 0;
	return 1;
}

/* ---- the text format (docs/waivers.md) ---- */

/*
 * One field: a run of non-blank characters, or "..." in double quotes (for
 * globs with spaces, such as QOM memory regions "mr:bus master").  No escapes:
 * backslashes are literal, as in ACPI paths.  Returns the end, or NULL on an
 * unterminated quote.
 */
static const char *next_field(const char *p, char **out)
{
	const char *s;

	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p) {
		*out = NULL;
		return p;
	}
	if (*p == '"') {
		s = strchr(p + 1, '"');
		if (!s)
			return NULL;
		*out = xstrndup(p + 1, (size_t)(s - p - 1));
		return s + 1;
	}
	for (s = p; *s && *s != ' ' && *s != '\t'; s++)
		;
	*out = xstrndup(p, (size_t)(s - p));
	return s;
}

static char *trim_dup(const char *p)
{
	const char *e;

	while (*p == ' ' || *p == '\t')
		p++;
	e = p + strlen(p);
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	return xstrndup(p, (size_t)(e - p));
}

static int looks_like_range(const char *f)
{
	const char *dd = strstr(f, "..");
	const char *c;

	if (!dd)
		return 0;
	for (c = f; *c; c++)
		if (!isalnum((unsigned char)*c) && !strchr(".-_/~+", *c))
			return 0;
	return 1;
}

struct rule_line {
	char *machine, *path, *from, *to, *rest;
};

static void rule_line_release(struct rule_line *r)
{
	free(r->machine);
	free(r->path);
	free(r->from);
	free(r->to);
	free(r->rest);
	memset(r, 0, sizeof(*r));
}

/* Parse "MACHINE-GLOB PATH-GLOB [FROM..TO] REST"; 1 for a blank or comment line, 0 parsed, -1 error. */
static int parse_rule_line(const char *line, const char *file, size_t lineno, struct rule_line *r,
			   struct error *err)
{
	const char *p = line, *q;
	char *range = NULL;

	memset(r, 0, sizeof(*r));
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p || *p == '#' || *p == '\n' || *p == '\r')
		return 1;
	if (!(p = next_field(p, &r->machine)) || !(p = next_field(p, &r->path))) {
		rule_line_release(r);
		return error_set(err, ERR_INPUT, "%s:%zu: unterminated quote", file, lineno);
	}
	if (!r->path) {
		rule_line_release(r);
		return error_set(err, ERR_INPUT, "%s:%zu: expected MACHINE-GLOB PATH-GLOB [FROM..TO] TEXT",
				 file, lineno);
	}
	q = next_field(p, &range);
	if (q && range && looks_like_range(range)) {
		char *dd = strstr(range, "..");

		r->from = xstrndup(range, (size_t)(dd - range));
		r->to = xstrdup(dd + 2);
		if (strstr(r->to, "..")) {
			free(range);
			rule_line_release(r);
			return error_set(err, ERR_INPUT, "%s:%zu: bad release range", file, lineno);
		}
		p = q;
	} else {
		r->from = xstrdup("");
		r->to = xstrdup("");
	}
	free(range);
	r->rest = trim_dup(p);
	if (*r->from && *r->to && version_cmp(r->from, r->to) > 0) {
		error_set(err, ERR_INPUT, "%s:%zu: release range '%s..%s' is empty", file, lineno, r->from, r->to);
		rule_line_release(r);
		return -1;
	}
	if (!*r->rest) {
		rule_line_release(r);
		return error_set(err, ERR_INPUT, "%s:%zu: missing the reason", file, lineno);
	}
	return 0;
}

typedef int (*line_fn)(void *data, struct rule_line *r, const char *file, size_t lineno, struct error *err);

static int read_rule_file(const char *path, line_fn fn, void *data, struct error *err)
{
	struct strbuf sb = STRBUF_INIT;
	char *p, *nl;
	size_t lineno = 0;
	int ret = -1;

	if (read_input(path, &sb, 16 << 20, err))
		return -1;
	for (p = sb.buf; p && *p; p = nl ? nl + 1 : NULL) {
		struct rule_line r;
		int rc;

		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		rc = parse_rule_line(p, path, lineno, &r, err);
		if (rc < 0)
			goto out;
		if (rc > 0)
			continue;
		rc = fn(data, &r, path, lineno, err);
		rule_line_release(&r);
		if (rc)
			goto out;
	}
	ret = 0;
out:
	strbuf_release(&sb);
	return ret;
}

/* ---- waivers and notes: one shape, what differs in a rule_kind ---- */

#define RULE_STRINGS 6

/*
 * What differs between waivers and notes.  Both hold an id and six strings:
 * machine glob, path glob, release from, release to, the text (a waiver's
 * reason, a note's text), and the sixth (a waiver's origin, a note's link).
 */
struct rule_kind {
	enum rule_table table;
	const char *name;	/* "waiver", "note" */
	const char *text_name;	/* what a rule must say: "a reason", "a text" */
	size_t size;		/* of one element */
	/* the id and the six string fields of element x */
	long long *(*fields)(void *x, char **f[RULE_STRINGS]);
	/* a parsed line of a rules file into the new element x */
	int (*from_line)(void *x, struct rule_line *r, const char *file, size_t lineno, struct error *err);
	/* the sixth string of a stored row: a waiver says "db", a note has its link */
	const char *(*sixth)(const struct rule_row *r);
};

/* A growing array of waivers or notes. */
struct rule_vec {
	const struct rule_kind *k;
	void *v;
	size_t nr, alloc;
};

static void *rule_push(struct rule_vec *w)
{
	void *x;

	if (w->nr == w->alloc) {
		w->alloc = w->alloc ? 2 * w->alloc : 16;
		w->v = xrealloc(w->v, w->alloc * w->k->size);
	}
	x = (char *)w->v + w->nr++ * w->k->size;
	memset(x, 0, w->k->size);
	return x;
}

static void free_rules(const struct rule_kind *k, void *v, size_t n)
{
	char **f[RULE_STRINGS];
	size_t i, j;

	for (i = 0; i < n; i++) {
		k->fields((char *)v + i * k->size, f);
		for (j = 0; j < RULE_STRINGS; j++)
			free(*f[j]);
	}
	free(v);
}

static int rule_from_line(void *data, struct rule_line *r, const char *file, size_t lineno, struct error *err)
{
	struct rule_vec *w = data;

	return w->k->from_line(rule_push(w), r, file, lineno, err);
}

static int rule_from_row(void *data, const struct rule_row *r)
{
	struct rule_vec *w = data;
	const char *v[RULE_STRINGS] = { r->machine_glob, r->path_glob, r->release_from, r->release_to, r->text,
					w->k->sixth(r) };
	char **f[RULE_STRINGS];
	size_t j;

	*w->k->fields(rule_push(w), f) = r->id;
	for (j = 0; j < RULE_STRINGS; j++)
		*f[j] = xstrdup(v[j]);
	return 0;
}

/* Fill *out from a rules file (path) or from the database (path NULL). */
static int load_rules(const struct rule_kind *k, const char *path, struct store *st, void **out, size_t *n,
		      struct error *err)
{
	struct rule_vec w = { k, NULL, 0, 0 };
	int rc = path ? read_rule_file(path, rule_from_line, &w, err) : store_rules(st, k->table, rule_from_row, &w, err);

	if (rc) {
		free_rules(k, w.v, w.nr);
		return -1;
	}
	*out = w.v;
	*n = w.nr;
	return 0;
}

static int check_range(const char *from, const char *to, struct error *err)
{
	if (from && *from && to && *to && version_cmp(from, to) > 0)
		return error_set(err, ERR_USAGE, "release range '%s..%s' is empty", from, to);
	return 0;
}

/* Check what every rule needs, then store it. */
static int add_rule(const struct rule_kind *k, struct store *st, const struct rule_row *r, long long *id,
		    struct error *err)
{
	if (!r->machine_glob || !*r->machine_glob || !r->path_glob || !*r->path_glob)
		return error_set(err, ERR_USAGE, "a %s needs a machine glob and a path glob", k->name);
	if (!r->text || !*r->text)
		return error_set(err, ERR_USAGE, "a %s needs %s", k->name, k->text_name);
	if (check_range(r->release_from, r->release_to, err))
		return -1;
	return store_rule_add(st, k->table, r, id, err);
}

/*
 * The typed API of one kind: PLURAL_load_file(path, ...), PLURAL_load_db(st,
 * ...), PLURAL_free(v, n) and SINGULAR_rm_db(st, id).
 */
#define RULE_API(plural, type, kind) \
int plural##_load_file(const char *path, struct type **out, size_t *n, struct error *err) \
{ \
	void *v; \
 \
	if (load_rules(&kind, path, NULL, &v, n, err)) \
		return -1; \
	*out = v; \
	return 0; \
} \
 \
int plural##_load_db(struct store *st, struct type **out, size_t *n, struct error *err) \
{ \
	void *v; \
 \
	if (load_rules(&kind, NULL, st, &v, n, err)) \
		return -1; \
	*out = v; \
	return 0; \
} \
 \
void plural##_free(struct type *v, size_t n) \
{ \
	free_rules(&kind, v, n); \
} \
 \
int type##_rm_db(struct store *st, long long id, struct error *err) \
{ \
	return store_rule_remove(st, kind.table, id, err); \
}

/* A rules-file line gives a waiver its globs, range and reason; its origin is FILE:LINE. */
static int waiver_line(void *x, struct rule_line *r, const char *file, size_t lineno, struct error *err)
{
	struct waiver *w = x;

	(void)err;
	w->machine_glob = r->machine;
	w->path_glob = r->path;
	w->release_from = r->from;
	w->release_to = r->to;
	w->reason = r->rest;
	w->origin = xstrfmt("%s:%zu", file, lineno);
	memset(r, 0, sizeof(*r));
	return 0;
}

static long long *waiver_fields(void *x, char **f[RULE_STRINGS])
{
	struct waiver *w = x;

	f[0] = &w->machine_glob;
	f[1] = &w->path_glob;
	f[2] = &w->release_from;
	f[3] = &w->release_to;
	f[4] = &w->reason;
	f[5] = &w->origin;
	return &w->id;
}

static const char *waiver_origin(const struct rule_row *r)
{
	(void)r;
	return "db";
}

static const struct rule_kind waiver_kind = {
	RULE_WAIVER, "waiver", "a reason", sizeof(struct waiver), waiver_fields, waiver_line, waiver_origin,
};

RULE_API(waivers, waiver, waiver_kind)

int waiver_add_db(struct store *st, const struct waiver *w, long long *id, struct error *err)
{
	struct rule_row r = { 0, w->machine_glob, w->path_glob, w->release_from, w->release_to, w->reason, NULL };

	return add_rule(&waiver_kind, st, &r, id, err);
}

/* The text of a notes line ends with an optional link: a last word starting with http:// or https://. */
static int note_line(void *x, struct rule_line *r, const char *file, size_t lineno, struct error *err)
{
	struct note *nt = x;
	char *last = strrchr(r->rest, ' '), *tab = strrchr(r->rest, '\t');

	if (tab && (!last || tab > last))
		last = tab;
	last = last ? last + 1 : r->rest;
	if (starts_with(last, "http://") || starts_with(last, "https://")) {
		nt->link = xstrdup(last);
		*last = '\0';
		nt->text = trim_dup(r->rest);
		free(r->rest);
	} else {
		nt->link = xstrdup("");
		nt->text = r->rest;
	}
	r->rest = NULL;
	if (!*nt->text)
		return error_set(err, ERR_INPUT, "%s:%zu: missing the note's text", file, lineno);
	nt->machine_glob = r->machine;
	nt->path_glob = r->path;
	nt->release_from = r->from;
	nt->release_to = r->to;
	r->machine = r->path = r->from = r->to = NULL;
	return 0;
}

static long long *note_fields(void *x, char **f[RULE_STRINGS])
{
	struct note *nt = x;

	f[0] = &nt->machine_glob;
	f[1] = &nt->path_glob;
	f[2] = &nt->release_from;
	f[3] = &nt->release_to;
	f[4] = &nt->text;
	f[5] = &nt->link;
	return &nt->id;
}

static const char *note_link(const struct rule_row *r)
{
	return r->link;
}

static const struct rule_kind note_kind = {
	RULE_NOTE, "note", "a text", sizeof(struct note), note_fields, note_line, note_link,
};

RULE_API(notes, note, note_kind)

int note_add_db(struct store *st, const struct note *nt, long long *id, struct error *err)
{
	struct rule_row r = { 0, nt->machine_glob, nt->path_glob, nt->release_from, nt->release_to, nt->text,
			      nt->link };

	return add_rule(&note_kind, st, &r, id, err);
}

static int same_note(const struct note *a, const struct note *b)
{
	return !strcmp(a->machine_glob, b->machine_glob) && !strcmp(a->path_glob, b->path_glob) &&
	       !strcmp(a->release_from, b->release_from) && !strcmp(a->release_to, b->release_to) &&
	       !strcmp(a->text, b->text) && !strcmp(a->link, b->link);
}

/*
 * Add the notes of a notes file that the database does not hold yet (same
 * globs, range, text and link), in one transaction: importing twice adds
 * nothing.
 */
int notes_import_file(struct store *st, const char *path, size_t *added, size_t *known, struct error *err)
{
	struct note *f = NULL, *d = NULL;
	size_t nf = 0, nd = 0, i, j;
	int ret = -1;

	*added = *known = 0;
	if (notes_load_file(path, &f, &nf, err) || notes_load_db(st, &d, &nd, err))
		goto out;
	if (store_begin(st, err))
		goto out;
	for (i = 0; i < nf; i++) {
		for (j = 0; j < nd && !same_note(&f[i], &d[j]); j++)
			;
		if (j < nd) {
			(*known)++;
			continue;
		}
		if (note_add_db(st, &f[i], NULL, err)) {
			store_rollback(st);
			goto out;
		}
		(*added)++;
	}
	if (store_commit(st, err))
		goto out;
	ret = 0;
out:
	notes_free(f, nf);
	notes_free(d, nd);
	return ret;
}
