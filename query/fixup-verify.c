/* fixup-verify.c: comparing a verified run's diff with the stored one: restored, residual, refused options. */
#include <stdlib.h>
#include <string.h>

#include "fixup-verify.h"
#include "json.h"
#include "strbuf.h"
#include "util.h"

void fixup_verify_init(struct fixup_verify *v)
{
	memset(v, 0, sizeof(*v));
}

static void item_free(struct fixup_item *it)
{
	free(it->path);
	free(it->old_value);
	free(it->new_value);
	free(it->why);
}

void fixup_verify_release(struct fixup_verify *v)
{
	size_t i;

	free(v->qemu_version);
	free(v->package);
	free(v->error);
	for (i = 0; i < v->nrefused; i++) {
		free(v->refused[i].option);
		free(v->refused[i].message);
	}
	free(v->refused);
	for (i = 0; i < v->nrestored; i++)
		item_free(&v->restored[i]);
	free(v->restored);
	for (i = 0; i < v->nresidual; i++)
		item_free(&v->residual[i].item);
	free(v->residual);
	fixup_verify_init(v);
}

void fixup_verify_refused(struct fixup_verify *v, const char *option, const char *message, int fatal)
{
	struct fixup_refusal *r;

	v->refused = xrealloc(v->refused, (v->nrefused + 1) * sizeof(*v->refused));
	r = &v->refused[v->nrefused++];
	r->option = xstrdup(option);
	r->message = xstrdup(message);
	r->fatal = fatal;
}

static int counted(const struct diff_entry *e)
{
	return !e->expected && !e->waiver_reason && e->severity >= SEV_CHANGE;
}

static int cmp_entry_path(const void *a, const void *b)
{
	return strcmp((*(const struct diff_entry *const *)a)->path, (*(const struct diff_entry *const *)b)->path);
}

/* The diff's entries sorted by path, for lookups; free() the array. */
static const struct diff_entry **by_path(const struct diff *d)
{
	const struct diff_entry **v = xcalloc(d->nr + 1, sizeof(*v));
	size_t i;

	for (i = 0; i < d->nr; i++)
		v[i] = &d->v[i];
	qsort(v, d->nr, sizeof(*v), cmp_entry_path);
	return v;
}

static const struct diff_entry *lookup(const struct diff_entry **v, size_t n, const char *path)
{
	struct diff_entry key;
	const struct diff_entry *k = &key, **hit;

	key.path = (char *)path;
	hit = bsearch(&k, v, n, sizeof(*v), cmp_entry_path);
	return hit ? *hit : NULL;
}

/* path is p itself or below it ("qom/ps2-kbd@sysbus" covers "qom/ps2-kbd@sysbus/type"). */
static int at_or_below(const char *path, const char *p)
{
	size_t n = strlen(p);

	return !strncmp(path, p, n) && (path[n] == 0 || path[n] == '/');
}

static const struct fixup_item *unrestorable_at(const struct fixup *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nunrestorable; i++)
		if (at_or_below(path, f->unrestorable[i].path))
			return &f->unrestorable[i];
	return NULL;
}

/* On a renamed object, under X's key or under Y's (the new type name before the '@' of X's key). */
static int on_renamed(const struct fixup *f, const char *path)
{
	size_t i;
	int hit = 0;

	for (i = 0; i < f->nrenamed && !hit; i++) {
		const struct fixup_item *r = &f->renamed[i];
		const char *at = strchr(r->path, '@');
		char *y;

		if (at_or_below(path, r->path))
			return 1;
		if (!at || !r->new_value)
			continue;
		y = xstrfmt("qom/%s%s", r->new_value, at);
		hit = at_or_below(path, y);
		free(y);
	}
	return hit;
}

static const struct fixup_item *omitted_at(const struct fixup *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nomitted; i++)
		if (!strcmp(path, f->omitted[i].path))
			return &f->omitted[i];
	return NULL;
}

/* The option that sets the property at path (qom/<key>/<prop>: key's type is its driver, or qom/machine/<prop>). */
static const struct fixup_option *targeted(const struct fixup *f, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t i;

	if (strncmp(path, "qom/", 4) || !slash)
		return NULL;
	for (i = 0; i < f->noptions; i++) {
		const struct fixup_option *o = &f->options[i];
		char *key, *type;
		int hit;

		if (strcmp(slash + 1, o->prop))
			continue;
		if (o->path && !strcmp(o->path, path))
			return o;
		key = xstrndup(path + 4, (size_t)(slash - path - 4));
		if (o->kind == FIXUP_MACHINE) {
			hit = !strcmp(key, "machine");
		} else {
			type = qom_key_type(key);
			hit = type && !strcmp(type, o->driver);
			free(type);
		}
		free(key);
		if (hit)
			return o;
	}
	return NULL;
}

/* V's value at e's path is the one the option sets, as Y's type shows it ("on" for 5.0's "true")? */
static const struct fixup_option *typed_restore(const struct fixup *f, const struct diff_entry *e)
{
	const struct fixup_option *o = targeted(f, e->path);

	return o && o->fact && e->kind == ENTRY_CHANGED && e->new_value && !strcmp(o->fact, e->new_value) ? o : NULL;
}

void fixup_verify_compare(const struct fixup *f, const struct diff *xy, const struct diff *xv, struct fixup_verify *v)
{
	const struct diff_entry **sy = by_path(xy), **sv = by_path(xv);
	size_t i;

	for (i = 0; i < xy->nr; i++) {
		const struct diff_entry *e = &xy->v[i], *still;
		const struct fixup_option *o = NULL;
		char *why = NULL;

		if (!counted(e))
			continue;
		v->compared++;
		if ((still = lookup(sv, xv->nr, e->path)) && !(o = typed_restore(f, still)))
			continue;
		if (o)
			why = xstrfmt("restored as %s's type '%s' shows it: %s", f->to, o->type ? o->type : "?", o->fact);
		v->restored = xrealloc(v->restored, (v->nrestored + 1) * sizeof(*v->restored));
		fixup_item_set(&v->restored[v->nrestored++], e, why);
		free(why);
	}
	for (i = 0; i < xv->nr; i++) {
		const struct diff_entry *e = &xv->v[i];
		const struct fixup_item *u;
		struct fixup_residual *r;
		enum fixup_residual_origin o;
		char *why;

		if (!counted(e) || typed_restore(f, e))
			continue;
		if ((u = unrestorable_at(f, e->path))) {
			o = FIXUP_RES_UNRESTORABLE;
			why = xstrfmt("not restorable (fixup): %s", u->why ? u->why : "");
		} else if (on_renamed(f, e->path)) {
			o = FIXUP_RES_RENAMED;
			why = xstrdup("on an object whose QOM type was renamed (fixup: renamed)");
		} else if ((u = omitted_at(f, e->path))) {
			o = FIXUP_RES_OMITTED;
			why = xstrfmt("left out (fixup): %s", u->why ? u->why : "");
		} else if (targeted(f, e->path)) {
			o = FIXUP_RES_MISSED;
			why = xstrdup("an option sets this property, yet it still differs");
		} else if (lookup(sy, xy->nr, e->path)) {
			o = FIXUP_RES_BEFORE;
			why = xstrfmt("differed before too (%s -> %s) and no option targets it", f->from, f->to);
		} else {
			o = FIXUP_RES_NEW;
			why = xstrfmt("not different between the stored records of %s and %s: the options or the run "
				      "brought it", f->from, f->to);
		}
		v->residual = xrealloc(v->residual, (v->nresidual + 1) * sizeof(*v->residual));
		r = &v->residual[v->nresidual++];
		fixup_item_set(&r->item, e, why);
		r->rule = e->rule;
		r->origin = o;
		v->by_origin[o]++;
		if (e->severity == SEV_BREAK)
			v->breaks++;
		else
			v->changes++;
		free(why);
	}
	free(sy);
	free(sv);
}

/* The option's property in QEMU's messages: "global DRIVER.PROP" for -global, ".PROP'" or "'PROP'" for -machine. */
static int names_option(const struct fixup_option *o, const char *line)
{
	char *a, *b;
	int hit;

	if (o->kind == FIXUP_GLOBAL) {
		a = xstrfmt("global %s.%s=", o->driver, o->prop);
		b = xstrfmt("global %s.%s ", o->driver, o->prop);
	} else {
		a = xstrfmt(".%s'", o->prop);
		b = xstrfmt("'%s'", o->prop);
	}
	hit = strstr(line, a) || strstr(line, b);
	free(a);
	free(b);
	return hit;
}

ssize_t fixup_option_named(const struct fixup *f, const char *line)
{
	size_t i, pass;

	/* -global first: its messages are the more specific ("can't apply global VGA.xres=abc: Parameter 'xres' ...") */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < f->noptions; i++)
			if ((f->options[i].kind == FIXUP_GLOBAL) == !pass && names_option(&f->options[i], line))
				return (ssize_t)i;
	return -1;
}

char *fixup_option_text(const struct fixup *f, size_t i)
{
	const struct fixup_option *o = &f->options[i];

	if (o->kind == FIXUP_GLOBAL)
		return xstrfmt("-global %s.%s=%s", o->driver, o->prop, o->value);
	return xstrfmt("-machine %s,%s=%s", f->machine, o->prop, o->value);
}

const char *fixup_residual_origin_name(enum fixup_residual_origin o)
{
	static const char *const names[FIXUP_RES_ORIGINS] = {
		"unrestorable", "renamed", "omitted", "before", "missed", "new",
	};

	return (unsigned)o < FIXUP_RES_ORIGINS ? names[o] : "?";
}

static struct json_object *item_json(const struct fixup_item *it)
{
	struct json_object *o = json_object_new_object();

	json_object_object_add(o, "path", json_str_or_null(it->path));
	json_object_object_add(o, "old", json_str_or_null(it->old_value));
	json_object_object_add(o, "new", json_str_or_null(it->new_value));
	json_object_object_add(o, "severity", json_object_new_string(severity_name((enum severity)it->severity)));
	if (it->why)
		json_object_object_add(o, "why", json_object_new_string(it->why));
	return o;
}

struct json_object *fixup_verify_json(const struct fixup_verify *v)
{
	struct json_object *o = json_object_new_object(), *a, *q, *c, *byo;
	size_t i;

	json_object_object_add(o, "ran", json_object_new_boolean(v->ran));
	q = json_object_new_object();
	json_object_object_add(q, "version", json_str_or_null(v->qemu_version));
	json_object_object_add(q, "package", json_str_or_null(v->package));
	json_object_object_add(o, "qemu", q);
	json_object_object_add(o, "error", json_str_or_null(v->error));
	a = json_object_new_array();
	for (i = 0; i < v->nrefused; i++) {
		struct json_object *r = json_object_new_object();

		json_object_object_add(r, "option", json_str_or_null(v->refused[i].option));
		json_object_object_add(r, "message", json_str_or_null(v->refused[i].message));
		json_object_object_add(r, "fatal", json_object_new_boolean(v->refused[i].fatal));
		json_object_array_add(a, r);
	}
	json_object_object_add(o, "refused", a);
	a = json_object_new_array();
	for (i = 0; i < v->nrestored; i++)
		json_object_array_add(a, item_json(&v->restored[i]));
	json_object_object_add(o, "restored", a);
	a = json_object_new_array();
	for (i = 0; i < v->nresidual; i++) {
		const struct fixup_residual *r = &v->residual[i];
		struct json_object *x = item_json(&r->item);

		json_object_object_add(x, "rule", json_str_or_null(r->rule));
		json_object_object_add(x, "origin", json_object_new_string(fixup_residual_origin_name(r->origin)));
		json_object_array_add(a, x);
	}
	json_object_object_add(o, "residual", a);
	c = json_object_new_object();
	json_object_object_add(c, "compared", json_object_new_int64((long long)v->compared));
	json_object_object_add(c, "restored", json_object_new_int64((long long)v->nrestored));
	json_object_object_add(c, "residual", json_object_new_int64((long long)v->nresidual));
	json_object_object_add(c, "break", json_object_new_int64((long long)v->breaks));
	json_object_object_add(c, "change", json_object_new_int64((long long)v->changes));
	byo = json_object_new_object();
	for (i = 0; i < FIXUP_RES_ORIGINS; i++)
		json_object_object_add(byo, fixup_residual_origin_name((enum fixup_residual_origin)i),
				       json_object_new_int64((long long)v->by_origin[i]));
	json_object_object_add(c, "residual_by_origin", byo);
	json_object_object_add(o, "counts", c);
	return o;
}
