/* fixup.c: turning a properties diff into -global / -machine options, and saying what they cannot restore. */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diff.h"
#include "fixup.h"
#include "fixup-internal.h"
#include "strbuf.h"
#include "util.h"

void fixup_init(struct fixup *f)
{
	memset(f, 0, sizeof(*f));
}

static void items_free(struct fixup_item *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].path);
		free(v[i].old_value);
		free(v[i].new_value);
		free(v[i].why);
	}
	free(v);
}

void fixup_release(struct fixup *f)
{
	size_t i;

	free(f->machine);
	free(f->from);
	free(f->to);
	for (i = 0; i < f->noptions; i++) {
		free(f->options[i].driver);
		free(f->options[i].prop);
		free(f->options[i].value);
		free(f->options[i].path);
		free(f->options[i].recorded);
		free(f->options[i].type);
		free(f->options[i].fact);
	}
	free(f->options);
	items_free(f->unrestorable, f->nunrestorable);
	items_free(f->new_knobs, f->nnew_knobs);
	items_free(f->omitted, f->nomitted);
	items_free(f->renamed, f->nrenamed);
	fixup_init(f);
}

/* ---- QOM paths ---- */

char *qom_key_type(const char *key)
{
	const char *last = strrchr(key, '/');
	size_t n;

	last = last ? last + 1 : key;
	n = strcspn(last, "@:#");
	return xstrndup(last, n);
}

/*
 * Split "qom/KEY/PROP" into KEY and PROP.  0 when it names a settable
 * property: not a memory region (their values follow from the device), not
 * the "type" itself.
 */
static int split_qom_path(const char *path, char **key, const char **prop)
{
	const char *last = strrchr(path, '/'), *p;

	*key = NULL;
	if (!starts_with(path, "qom/") || !last || last < path + 4)
		return -1;
	*prop = last + 1;
	if (!strcmp(*prop, "type"))
		return -1;
	for (p = path + 3; p && p < last; p = strchr(p + 1, '/'))
		if (starts_with(p + 1, "mr:"))
			return -1;
	*key = xstrndup(path + 4, (size_t)(last - path - 4));
	return 0;
}

/* The object key -> type map of a record: its "qom/<key>/type" facts. */
struct type_map {
	struct fixup_fact *v;
	size_t nr, alloc;
};

static int add_type(void *data, const char *path, const char *value)
{
	struct type_map *m = data;

	if (m->nr == m->alloc) {
		m->alloc = m->alloc ? 2 * m->alloc : 64;
		m->v = xrealloc(m->v, m->alloc * sizeof(*m->v));
	}
	m->v[m->nr].path = xstrndup(path + 4, strlen(path) - 4 - 5);	/* the key */
	m->v[m->nr].value = xstrdup(value);
	m->nr++;
	return 0;
}

static void type_map_release(struct type_map *m)
{
	size_t i;

	for (i = 0; i < m->nr; i++) {
		free(m->v[i].path);
		free(m->v[i].value);
	}
	free(m->v);
	memset(m, 0, sizeof(*m));
}

static char *type_of(const struct type_map *m, const char *key)
{
	size_t i;

	for (i = 0; i < m->nr; i++)
		if (!strcmp(m->v[i].path, key))
			return xstrdup(m->v[i].value);
	return qom_key_type(key);
}

/* ---- building ---- */

void fixup_item_set(struct fixup_item *it, const struct diff_entry *e, const char *why)
{
	it->path = xstrdup(e->path);
	it->old_value = xstrdup_or_null(e->old_value);
	it->new_value = xstrdup_or_null(e->new_value);
	it->why = xstrdup_or_null(why);
	it->severity = (int)e->severity;
}

static struct fixup_item *push_item(struct fixup_item **v, size_t *n, const struct diff_entry *e,
				    const char *why)
{
	struct fixup_item *it;

	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	it = &(*v)[(*n)++];
	fixup_item_set(it, e, why);
	return it;
}

static struct fixup_option *find_option(struct fixup *f, enum fixup_kind kind, const char *driver,
					const char *prop)
{
	size_t i;

	for (i = 0; i < f->noptions; i++)
		if (f->options[i].kind == kind && !strcmp(f->options[i].driver, driver) &&
		    !strcmp(f->options[i].prop, prop))
			return &f->options[i];
	return NULL;
}

/* What fixup_compute works with: both records' types and key -> type maps. */
struct fixup_ctx {
	struct fixup *f;
	struct qom_types types_x, types_y;
};

/*
 * An option setting prop of `driver` (Y's QOM type; x_type: X's name of it)
 * to X's value, rendered in Y's type; not restorable when Y's type cannot
 * express it, left out when X's value is empty or is Y's value in Y's type.
 * 0 when an option holds it.
 */
static int add_option(struct fixup_ctx *c, enum fixup_kind kind, const char *driver, const char *x_type,
		      const struct diff_entry *e, const char *prop)
{
	struct fixup *f = c->f;
	struct fixup_option *o;
	const char *qt = kind == FIXUP_MACHINE ? "machine" : driver;
	const char *to_type = qom_types_get(&c->types_y, qt, prop);
	const char *from_type = qom_types_get(&c->types_x, kind == FIXUP_MACHINE ? "machine" : x_type, prop);
	const char *vga;
	char *qemu, *fact, *why;

	if (!*e->old_value) {
		why = xstrfmt("empty in %s (unset): an empty option value sets the empty string, not the "
			      "unset default; left out", f->from);
		push_item(&f->omitted, &f->nomitted, e, why);
		free(why);
		return -1;
	}
	if (fixup_render_value(from_type, to_type, e->old_value, &qemu, &fact, &why)) {
		push_item(&f->unrestorable, &f->nunrestorable, e, why);
		free(why);
		return -1;
	}
	if (e->new_value && !strcmp(fact, e->new_value)) {
		why = xstrfmt("the same value in %s's type '%s' (%s): only the type changed", f->to, to_type, fact);
		push_item(&f->omitted, &f->nomitted, e, why);
		free(why);
		free(qemu);
		free(fact);
		return -1;
	}
	if (kind == FIXUP_GLOBAL && fixup_default_device(driver, &vga) && !vga) {
		why = xstrfmt("-global %s.%s makes QEMU drop its default '%s' device (vl.c default_driver_check): "
			      "with -nodefaults and the device given explicitly, set %s=%s on its -device",
			      driver, prop, driver, prop, qemu);
		push_item(&f->unrestorable, &f->nunrestorable, e, why);
		free(why);
		free(qemu);
		free(fact);
		return -1;
	}
	o = find_option(f, kind, driver, prop);
	if (o) {
		if (strcmp(o->value, qemu)) {
			why = xstrfmt("objects of type '%s' had different values of '%s' in %s: "
				      "-global sets them all to one", driver, prop, f->from);
			push_item(&f->unrestorable, &f->nunrestorable, e, why);
			free(why);
		} else {
			o->nobjects++;
		}
		free(qemu);
		free(fact);
		return 0;
	}
	f->options = xrealloc(f->options, (f->noptions + 1) * sizeof(*f->options));
	o = &f->options[f->noptions++];
	o->kind = kind;
	o->driver = xstrdup(driver);
	o->prop = xstrdup(prop);
	o->value = qemu;
	o->path = xstrdup(e->path);
	o->nobjects = 1;
	o->recorded = xstrdup(e->old_value);
	o->type = xstrdup(to_type);
	o->fact = fact;
	return 0;
}

/* Keys of the QOM objects the options touch, to tell which guest differences they may explain. */
struct touched {
	char **v;
	size_t nr;
};

static void touched_add(struct touched *t, const char *key)
{
	size_t i;

	for (i = 0; i < t->nr; i++)
		if (!strcmp(t->v[i], key))
			return;
	t->v = xrealloc(t->v, (t->nr + 1) * sizeof(*t->v));
	t->v[t->nr++] = xstrdup(key);
}

/*
 * Does a guest or migration path belong to a device whose properties the
 * options set?  PCI functions on the root bus by address ("pci/00:02.0/...",
 * "migration/0000:00:02.0/..."), vmstate sections by type name
 * ("vmstate/e1000e/...").  The machine's own properties explain nothing
 * specific: they are listed, not matched.
 */
static int explained_by(const struct touched *t, const struct fixup *f, const char *path)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		const char *at = strchr(t->v[i], '@'), *colon;
		char *type;
		int hit = 0;

		if (at && (colon = strchr(at, ':')) && !strchr(colon, '/') &&
		    (starts_with(at + 1, "pci.0:") || starts_with(at + 1, "pcie.0:"))) {
			char *a = xstrfmt("pci/00:%s/", colon + 1), *b = xstrfmt("migration/0000:00:%s/", colon + 1);

			hit = starts_with(path, a) || starts_with(path, b);
			free(a);
			free(b);
		}
		if (!hit) {
			char *v;

			type = qom_key_type(t->v[i]);
			v = xstrfmt("vmstate/%s/", type);
			hit = starts_with(path, v);
			free(v);
			free(type);
		}
		if (hit)
			return 1;
	}
	(void)f;
	return 0;
}

/* Is key one of t's keys, or below one? */
static int under_key(const struct touched *t, const char *key)
{
	size_t i, n;

	for (i = 0; i < t->nr; i++) {
		n = strlen(t->v[i]);
		if (!strncmp(key, t->v[i], n) && (!key[n] || key[n] == '/'))
			return 1;
	}
	return 0;
}

static int structured(const char *v)
{
	return v && (*v == '{' || *v == '[');
}

/* One property difference: an option, a new knob, or a reason why not. */
static void one_property(struct fixup_ctx *c, const struct diff_entry *e, const char *key, const char *type,
			 const char *ytype, const char *prop, struct touched *touched)
{
	struct fixup *out = c->f;

	if (fixup_is_region(type)) {
		out->ignored++;
	} else if (e->kind == ENTRY_ADDED) {
		push_item(&out->new_knobs, &out->nnew_knobs, e,
			  "exists only in the newer release: its compat default keeps the old behaviour");
	} else if (e->kind == ENTRY_REMOVED) {
		char *why = xstrfmt("'%s' has no property '%s' in %s (or the object is gone)", type, prop, out->to);

		push_item(&out->unrestorable, &out->nunrestorable, e, why);
		free(why);
	} else if (structured(e->old_value)) {
		push_item(&out->unrestorable, &out->nunrestorable, e,
			  "a structured value: no -global/-machine syntax sets it");
	} else if (starts_with(prop, "feature-words.") || starts_with(prop, "filtered-features.")) {
		push_item(&out->unrestorable, &out->nunrestorable, e,
			  "CPUID feature words are read-only: choose CPU features with -cpu MODEL,+feature,-feature");
	} else if (strchr(prop, '.') && strcmp(key, "machine")) {
		push_item(&out->unrestorable, &out->nunrestorable, e,
			  "a member of a structured device property: -global cannot set a member");
	} else if (!strcmp(key, "machine")) {
		add_option(c, FIXUP_MACHINE, out->machine, NULL, e, prop);
	} else if (starts_with(key, "objects/")) {
		push_item(&out->unrestorable, &out->nunrestorable, e,
			  "a user-creatable object, not a device: -global does not reach it; set it on its -object option");
	} else if (!add_option(c, FIXUP_GLOBAL, ytype, type, e, prop)) {
		touched_add(touched, key);
	}
}

int fixup_compute(struct store *st, const char *machine, const char *from, const char *to,
		  struct fixup *out, struct error *err)
{
	struct record_row ra, rb;
	struct diff props, guest;
	struct diff_opts o;
	struct type_map ta = { NULL, 0, 0 }, tb = { NULL, 0, 0 };
	struct touched touched = { NULL, 0 }, gone = { NULL, 0 };
	struct renames ren = { NULL, NULL, 0 };
	struct fixup_ctx c;
	struct note *notes = NULL;
	size_t nnotes = 0, i;
	int ret = -1;

	fixup_init(out);
	memset(&c, 0, sizeof(c));
	c.f = out;
	memset(&ra, 0, sizeof(ra));
	memset(&rb, 0, sizeof(rb));
	diff_init(&props);
	diff_init(&guest);
	if (catalog_find_record(st, from, machine, &ra, err) || catalog_find_record(st, to, machine, &rb, err))
		goto out;
	if (notes_load_db(st, &notes, &nnotes, err))
		goto out;
	out->machine = xstrdup(machine);
	out->from = xstrdup(from);
	out->to = xstrdup(to);

	memset(&o, 0, sizeof(o));
	o.views = VIEW_PROPERTIES;
	o.sections = "qom";
	if (diff_records(st, ra.id, rb.id, &o, &props, err) ||
	    catalog_facts(st, ra.id, "qom/*/type", add_type, &ta, err) ||
	    catalog_facts(st, rb.id, "qom/*/type", add_type, &tb, err) ||
	    qom_types_load(st, ra.id, &c.types_x, err) || qom_types_load(st, rb.id, &c.types_y, err))
		goto out;
	fixup_find_renames(&props, &ren);
	for (i = 0; i < ren.nr; i++) {
		struct diff_entry obj;
		char *tx = type_of(&ta, ren.kx[i]), *ty = type_of(&tb, ren.ky[i]);
		char *why = xstrfmt("QOM type '%s' is named '%s' in %s: the same device, options use the new name",
				    tx, ty, to);

		memset(&obj, 0, sizeof(obj));
		obj.path = xstrfmt("qom/%s", ren.kx[i]);
		obj.old_value = tx;
		obj.new_value = ty;
		obj.severity = SEV_INFO;
		push_item(&out->renamed, &out->nrenamed, &obj, why);
		free(obj.path);
		free(tx);
		free(ty);
		free(why);
	}
	/* whole objects present on one side only: one item each, not one per property */
	for (i = 0; i < props.nr; i++) {
		const struct diff_entry *e = &props.v[i];
		const char *rest;

		if (e->kind != ENTRY_CHANGED && ends_with(e->path, "/type") && !fixup_is_region(e->old_value) &&
		    !fixup_is_region(e->new_value)) {
			struct diff_entry obj = *e;
			char *why;

			obj.path = xstrndup(e->path, strlen(e->path) - 5);
			if (fixup_renamed_at(&ren, e->kind == ENTRY_ADDED, obj.path + 4, &rest) >= 0) {
				free(obj.path);
				continue;
			}
			why = xstrfmt(e->kind == ENTRY_REMOVED ? "object '%s' is not present in %s: no option adds it"
				      : "object '%s' exists only in %s: no option removes it",
				      e->old_value ? e->old_value : e->new_value, to);
			touched_add(&gone, obj.path + 4);
			push_item(&out->unrestorable, &out->nunrestorable, &obj, why);
			free(obj.path);
			free(why);
		}
	}
	for (i = 0; i < props.nr; i++) {
		const struct diff_entry *e = &props.v[i];
		struct diff_entry both;
		const char *prop, *rest;
		char *key, *ykey = NULL, *type, *ytype, *other = NULL;
		ssize_t r;

		if (split_qom_path(e->path, &key, &prop) || under_key(&gone, key)) {
			out->ignored++;
			free(key);
			continue;
		}
		both = *e;
		if ((r = fixup_renamed_at(&ren, 0, key, &rest)) >= 0 && e->kind == ENTRY_REMOVED) {
			/* X's side of a renamed object: against the same property under Y's name */
			const struct diff_entry *y;

			ykey = xstrfmt("%s%s", ren.ky[r], rest);
			other = xstrfmt("qom/%s/%s", ykey, prop);
			if ((y = fixup_find_entry(&props, other, ENTRY_ADDED))) {
				both.kind = ENTRY_CHANGED;
				both.path = other;
				both.new_value = y->new_value;
				if (!strcmp(both.old_value, both.new_value)) {
					free(key);
					free(ykey);
					free(other);
					continue;
				}
			}
		} else if ((r = fixup_renamed_at(&ren, 1, key, &rest)) >= 0 && e->kind == ENTRY_ADDED) {
			other = xstrfmt("qom/%s%s/%s", ren.kx[r], rest, prop);
			if (fixup_find_entry(&props, other, ENTRY_REMOVED)) {
				free(key);
				free(other);
				continue;	/* taken with X's side */
			}
		}
		type = type_of(&ta, key);
		ytype = type_of(&tb, ykey ? ykey : key);
		one_property(&c, &both, ykey ? ykey : key, type, ytype, prop, &touched);
		free(type);
		free(ytype);
		free(key);
		free(ykey);
		free(other);
	}

	memset(&o, 0, sizeof(o));
	o.views = VIEW_GUEST;
	o.min_severity = SEV_CHANGE;
	o.notes = notes;
	o.nnotes = nnotes;
	if (diff_records(st, ra.id, rb.id, &o, &guest, err))
		goto out;
	for (i = 0; i < guest.nr; i++) {
		const struct diff_entry *e = &guest.v[i];

		if (e->expected || e->severity < SEV_CHANGE)
			continue;
		if (explained_by(&touched, out, e->path)) {
			out->explained++;
			continue;
		}
		if (e->note_text) {
			char *why = xstrfmt("no property differs for it (known issue: %s)", e->note_text);

			push_item(&out->unrestorable, &out->nunrestorable, e, why);
			free(why);
		} else {
			push_item(&out->unrestorable, &out->nunrestorable, e,
				  "no device or machine property differs for it: a class field or code change");
		}
	}
	ret = 0;
out:
	if (ret)
		fixup_release(out);
	record_row_release(&ra);
	record_row_release(&rb);
	diff_release(&props);
	diff_release(&guest);
	type_map_release(&ta);
	type_map_release(&tb);
	fixup_renames_release(&ren);
	qom_types_release(&c.types_x);
	qom_types_release(&c.types_y);
	for (i = 0; i < touched.nr; i++)
		free(touched.v[i]);
	free(touched.v);
	for (i = 0; i < gone.nr; i++)
		free(gone.v[i]);
	free(gone.v);
	notes_free(notes, nnotes);
	return ret;
}

/* ---- applying ---- */

size_t fixup_apply(const struct fixup *f, struct fixup_fact *facts, size_t n)
{
	struct type_map tm = { NULL, 0, 0 };
	size_t i, k, changed = 0;

	for (i = 0; i < n; i++)
		if (starts_with(facts[i].path, "qom/") && ends_with(facts[i].path, "/type") &&
		    strlen(facts[i].path) > 9)
			add_type(&tm, facts[i].path, facts[i].value);
	for (i = 0; i < n; i++) {
		const char *prop;
		char *key, *type = NULL;

		if (split_qom_path(facts[i].path, &key, &prop))
			continue;
		for (k = 0; k < f->noptions; k++) {
			const struct fixup_option *o = &f->options[k];

			if (strcmp(o->prop, prop))
				continue;
			if (o->kind == FIXUP_MACHINE) {
				if (strcmp(key, "machine"))
					continue;
			} else {
				if (!strcmp(key, "machine") || starts_with(key, "objects/"))
					continue;
				if (!type)
					type = type_of(&tm, key);
				if (strcmp(type, o->driver))
					continue;
			}
			if (strcmp(facts[i].value, o->fact)) {
				free(facts[i].value);
				facts[i].value = xstrdup(o->fact);
				changed++;
			}
		}
		free(type);
		free(key);
	}
	type_map_release(&tm);
	return changed;
}
