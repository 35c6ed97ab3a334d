/* waiver.c: waivers and known-issue notes: the rule text format, the database rows, release ranges. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
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

/* ---- waivers ---- */

struct waiver_vec {
	struct waiver *v;
	size_t nr, alloc;
};

static struct waiver *waiver_push(struct waiver_vec *w)
{
	if (w->nr == w->alloc) {
		w->alloc = w->alloc ? 2 * w->alloc : 16;
		w->v = xrealloc(w->v, w->alloc * sizeof(*w->v));
	}
	memset(&w->v[w->nr], 0, sizeof(*w->v));
	return &w->v[w->nr++];
}

static int waiver_line(void *data, struct rule_line *r, const char *file, size_t lineno, struct error *err)
{
	struct waiver *w = waiver_push(data);

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

int waivers_load_file(const char *path, struct waiver **out, size_t *n, struct error *err)
{
	struct waiver_vec w = { NULL, 0, 0 };

	if (read_rule_file(path, waiver_line, &w, err)) {
		waivers_free(w.v, w.nr);
		return -1;
	}
	*out = w.v;
	*n = w.nr;
	return 0;
}

static char *col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return xstrdup(t ? (const char *)t : "");
}

int waivers_load_db(struct store *st, struct waiver **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, machine_glob, path_glob, release_from, release_to, reason "
				     "FROM waiver ORDER BY id", err);
	struct waiver_vec w = { NULL, 0, 0 };
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct waiver *x = waiver_push(&w);

		x->id = sqlite3_column_int64(s, 0);
		x->machine_glob = col_dup(s, 1);
		x->path_glob = col_dup(s, 2);
		x->release_from = col_dup(s, 3);
		x->release_to = col_dup(s, 4);
		x->reason = col_dup(s, 5);
		x->origin = xstrdup("db");
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		waivers_free(w.v, w.nr);
		return error_set(err, ERR_DB, "cannot read waivers: %s", sqlite3_errmsg(store_db(st)));
	}
	*out = w.v;
	*n = w.nr;
	return 0;
}

void waivers_free(struct waiver *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].machine_glob);
		free(v[i].path_glob);
		free(v[i].release_from);
		free(v[i].release_to);
		free(v[i].reason);
		free(v[i].origin);
	}
	free(v);
}

static int check_range(const char *from, const char *to, struct error *err)
{
	if (from && *from && to && *to && version_cmp(from, to) > 0)
		return error_set(err, ERR_USAGE, "release range '%s..%s' is empty", from, to);
	return 0;
}

int waiver_add_db(struct store *st, const struct waiver *w, long long *id, struct error *err)
{
	sqlite3_stmt *s;
	char now[32];
	int rc;

	if (!w->machine_glob || !*w->machine_glob || !w->path_glob || !*w->path_glob)
		return error_set(err, ERR_USAGE, "a waiver needs a machine glob and a path glob");
	if (!w->reason || !*w->reason)
		return error_set(err, ERR_USAGE, "a waiver needs a reason");
	if (check_range(w->release_from, w->release_to, err))
		return -1;
	s = store_stmt(st, "INSERT INTO waiver (machine_glob, path_glob, release_from, release_to, reason, created_at) "
		       "VALUES (?, ?, ?, ?, ?, ?)", err);
	if (!s)
		return -1;
	store_now(now);
	sqlite3_bind_text(s, 1, w->machine_glob, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, w->path_glob, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, w->release_from ? w->release_from : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, w->release_to ? w->release_to : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 5, w->reason, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 6, now, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot add waiver: %s", sqlite3_errmsg(store_db(st)));
	if (id)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return 0;
}

static int rm_row(struct store *st, const char *sql, const char *what, long long id, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot remove %s %lld: %s", what, id, sqlite3_errmsg(store_db(st)));
	if (sqlite3_changes(store_db(st)) == 0)
		return error_set(err, ERR_NOTFOUND, "no %s %lld", what, id);
	return 0;
}

int waiver_rm_db(struct store *st, long long id, struct error *err)
{
	return rm_row(st, "DELETE FROM waiver WHERE id = ?", "waiver", id, err);
}

/* ---- notes ---- */

struct note_vec {
	struct note *v;
	size_t nr, alloc;
};

static struct note *note_push(struct note_vec *w)
{
	if (w->nr == w->alloc) {
		w->alloc = w->alloc ? 2 * w->alloc : 16;
		w->v = xrealloc(w->v, w->alloc * sizeof(*w->v));
	}
	memset(&w->v[w->nr], 0, sizeof(*w->v));
	return &w->v[w->nr++];
}

/* The text of a notes line ends with an optional link: a last word starting with http:// or https://. */
static int note_line(void *data, struct rule_line *r, const char *file, size_t lineno, struct error *err)
{
	struct note *nt = note_push(data);
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

int notes_load_file(const char *path, struct note **out, size_t *n, struct error *err)
{
	struct note_vec w = { NULL, 0, 0 };

	if (read_rule_file(path, note_line, &w, err)) {
		notes_free(w.v, w.nr);
		return -1;
	}
	*out = w.v;
	*n = w.nr;
	return 0;
}

int notes_load_db(struct store *st, struct note **out, size_t *n, struct error *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, machine_glob, path_glob, release_from, release_to, text, link "
				     "FROM note ORDER BY id", err);
	struct note_vec w = { NULL, 0, 0 };
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct note *x = note_push(&w);

		x->id = sqlite3_column_int64(s, 0);
		x->machine_glob = col_dup(s, 1);
		x->path_glob = col_dup(s, 2);
		x->release_from = col_dup(s, 3);
		x->release_to = col_dup(s, 4);
		x->text = col_dup(s, 5);
		x->link = col_dup(s, 6);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		notes_free(w.v, w.nr);
		return error_set(err, ERR_DB, "cannot read notes: %s", sqlite3_errmsg(store_db(st)));
	}
	*out = w.v;
	*n = w.nr;
	return 0;
}

void notes_free(struct note *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].machine_glob);
		free(v[i].path_glob);
		free(v[i].release_from);
		free(v[i].release_to);
		free(v[i].text);
		free(v[i].link);
	}
	free(v);
}

int note_add_db(struct store *st, const struct note *nt, long long *id, struct error *err)
{
	sqlite3_stmt *s;
	int rc;

	if (!nt->machine_glob || !*nt->machine_glob || !nt->path_glob || !*nt->path_glob)
		return error_set(err, ERR_USAGE, "a note needs a machine glob and a path glob");
	if (!nt->text || !*nt->text)
		return error_set(err, ERR_USAGE, "a note needs a text");
	if (check_range(nt->release_from, nt->release_to, err))
		return -1;
	s = store_stmt(st, "INSERT INTO note (machine_glob, path_glob, release_from, release_to, text, link) "
		       "VALUES (?, ?, ?, ?, ?, ?)", err);
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, nt->machine_glob, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, nt->path_glob, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, nt->release_from ? nt->release_from : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, nt->release_to ? nt->release_to : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 5, nt->text, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 6, nt->link ? nt->link : "", -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return error_set(err, ERR_DB, "cannot add note: %s", sqlite3_errmsg(store_db(st)));
	if (id)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return 0;
}

int note_rm_db(struct store *st, long long id, struct error *err)
{
	return rm_row(st, "DELETE FROM note WHERE id = ?", "note", id, err);
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
