/* advise.c: the differences a guest created on X meets on Y, their notes, the fixups, and acks. */
#include <stdlib.h>
#include <string.h>

#include "advise.h"
#include "json.h"
#include "sha256.h"
#include "util.h"

void advice_init(struct advice *a)
{
	memset(a, 0, sizeof(*a));
	fixup_init(&a->fixup);
}

static void item_release(struct advice_item *it)
{
	free(it->e.path);
	free(it->e.old_value);
	free(it->e.new_value);
}

void advice_release(struct advice *a)
{
	size_t i;

	for (i = 0; i < a->nr; i++)
		item_release(&a->v[i]);
	free(a->v);
	free(a->machine);
	free(a->created_on);
	free(a->running);
	fixup_release(&a->fixup);
	if (a->notes)
		notes_free(a->notes, a->nnotes);
	memset(a, 0, sizeof(*a));
}

/* The id of an entry: its content (path, old, new), so the same difference has the same id everywhere. */
static void entry_id(const struct diff_entry *e, char out[16])
{
	struct strbuf sb = STRBUF_INIT;
	char hex[65];

	strbuf_addf(&sb, "%s%c%s%c%s", e->path, 0, e->old_value ? e->old_value : "(absent)", 0,
		    e->new_value ? e->new_value : "(absent)");
	sha256_hex(sb.buf, sb.len, hex);
	snprintf(out, 16, "d-%.10s", hex);
	strbuf_release(&sb);
}

static int acked(const char *const *acks, const char *id)
{
	for (; acks && *acks; acks++)
		if (!strcmp(*acks, id))
			return 1;
	return 0;
}

/* Why no option restores path, from the fixup's list; NULL when the fixup restores it. */
static const char *unrestorable_why(const struct fixup *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nunrestorable; i++)
		if (!strcmp(f->unrestorable[i].path, path))
			return f->unrestorable[i].why;
	return NULL;
}

/* A migration entry (vmstate/DEV/..., vmdesc/DEV/...) is restored when an option sets a property of DEV. */
static int migration_restored(const struct fixup *f, const char *path)
{
	const char *dev = strchr(path, '/'), *end;
	size_t i;

	if (!dev)
		return 0;
	dev++;
	end = strchrnul(dev, '/');
	for (i = 0; i < f->noptions; i++)
		if (f->options[i].kind == FIXUP_GLOBAL && strlen(f->options[i].driver) == (size_t)(end - dev) &&
		    !strncmp(f->options[i].driver, dev, (size_t)(end - dev)))
			return 1;
	return 0;
}

static void add_entry(struct advice *a, const struct diff_entry *e, const char *view, const char *const *acks,
		      size_t *alloc)
{
	struct advice_item *it;

	if (*alloc == a->nr) {
		*alloc = *alloc ? 2 * *alloc : 16;
		a->v = xrealloc(a->v, *alloc * sizeof(*a->v));
	}
	it = &a->v[a->nr++];
	memset(it, 0, sizeof(*it));
	it->e = *e;
	it->e.path = xstrdup(e->path);
	it->e.old_value = e->old_value ? xstrdup(e->old_value) : NULL;
	it->e.new_value = e->new_value ? xstrdup(e->new_value) : NULL;
	it->view = view;
	if (e->note_id)
		snprintf(it->id, sizeof(it->id), "n-%lld", e->note_id);
	else
		entry_id(e, it->id);
	it->acked = acked(acks, it->id);
	if (!strcmp(view, "guest")) {
		it->why = unrestorable_why(&a->fixup, e->path);
		it->restored = !it->why && a->fixup.noptions > 0;
	} else {
		it->restored = migration_restored(&a->fixup, e->path);
	}
	if (!it->restored && !it->why)
		it->why = !strcmp(view, "guest") ? "no device or machine property differs for it: a code change or a class field"
						 : "no option sets a property of this device";
	if (e->severity >= SEV_BREAK)
		a->breaks++;
	else
		a->changes++;
	if (it->acked)
		a->acked++;
	else if (it->restored)
		a->restored++;
	else if (e->severity >= SEV_BREAK)
		a->remaining++;
}

int advise(struct store *st, const char *machine, const char *created_on, const char *running,
	   const char *const *acks, struct advice *out, struct error *err)
{
	static const struct { unsigned view; const char *name; } views[] = {
		{ VIEW_GUEST, "guest" }, { VIEW_MIGRATION, "migration" },
	};
	struct record_row x, y;
	struct diff_opts o;
	size_t alloc = 0, i, k;
	int ret = -1, have_x = 0, have_y = 0;

	advice_init(out);
	memset(&x, 0, sizeof(x));
	memset(&y, 0, sizeof(y));
	out->machine = xstrdup(machine);
	out->created_on = xstrdup(created_on);
	out->running = xstrdup(running);
	if (catalog_find_record(st, created_on, machine, &x, err))
		goto out;
	have_x = 1;
	if (catalog_find_record(st, running, machine, &y, err))
		goto out;
	have_y = 1;
	if (notes_load_db(st, &out->notes, &out->nnotes, err))
		goto out;
	if (fixup_compute(st, machine, created_on, running, &out->fixup, err))
		goto out;
	for (k = 0; k < ARRAY_SIZE(views); k++) {
		struct diff d;

		memset(&o, 0, sizeof(o));
		o.views = views[k].view;
		o.min_severity = SEV_CHANGE;
		o.notes = out->notes;
		o.nnotes = out->nnotes;
		diff_init(&d);
		if (diff_records(st, x.id, y.id, &o, &d, err)) {
			diff_release(&d);
			goto out;
		}
		for (i = 0; i < d.nr; i++)
			if (!d.v[i].expected && !d.v[i].waiver_id && d.v[i].severity >= SEV_CHANGE)
				add_entry(out, &d.v[i], views[k].name, acks, &alloc);
		diff_release(&d);
	}
	out->same_class = out->breaks == 0;
	ret = 0;
out:
	if (have_x)
		record_row_release(&x);
	if (have_y)
		record_row_release(&y);
	return ret;
}


struct json_object *advice_json(const struct advice *a)
{
	struct json_object *o = json_object_new_object(), *items = json_object_new_array();
	size_t i;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "machine", json_object_new_string(a->machine));
	json_object_object_add(o, "created_on", json_object_new_string(a->created_on));
	json_object_object_add(o, "running", json_object_new_string(a->running));
	json_object_object_add(o, "same_class", json_object_new_boolean(a->same_class));
	json_object_object_add(o, "verdict", json_object_new_string(a->remaining ? "attention" : "ok"));
	json_object_object_add(o, "remaining", json_object_new_int64((int64_t)a->remaining));
	json_object_object_add(o, "breaks", json_object_new_int64((int64_t)a->breaks));
	json_object_object_add(o, "changes", json_object_new_int64((int64_t)a->changes));
	json_object_object_add(o, "restored", json_object_new_int64((int64_t)a->restored));
	json_object_object_add(o, "acked", json_object_new_int64((int64_t)a->acked));
	for (i = 0; i < a->nr; i++) {
		const struct advice_item *it = &a->v[i];
		struct json_object *j = json_object_new_object();

		json_object_object_add(j, "id", json_object_new_string(it->id));
		json_object_object_add(j, "view", json_object_new_string(it->view));
		json_object_object_add(j, "path", json_object_new_string(it->e.path));
		json_object_object_add(j, "old", json_str_or_null(it->e.old_value));
		json_object_object_add(j, "new", json_str_or_null(it->e.new_value));
		json_object_object_add(j, "severity", json_object_new_string(severity_name(it->e.severity)));
		json_object_object_add(j, "rule", json_str_or_null(it->e.rule));
		json_object_object_add(j, "restored", json_object_new_boolean(it->restored));
		json_object_object_add(j, "why", json_str_or_null(it->restored ? NULL : it->why));
		json_object_object_add(j, "acked", json_object_new_boolean(it->acked));
		json_object_object_add(j, "note", json_str_or_null(it->e.note_text));
		json_object_object_add(j, "link", json_str_or_null(it->e.note_link));
		json_object_array_add(items, j);
	}
	json_object_object_add(o, "items", items);
	json_object_object_add(o, "fixup", fixup_json(&a->fixup));
	return o;
}
