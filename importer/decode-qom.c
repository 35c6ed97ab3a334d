/* decode-qom.c: a QOM walk of a stopped machine (qom.json) to property facts keyed by device identity. */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "json.h"
#include "strbuf.h"
#include "util.h"

/*
 * QOM paths such as /machine/unattached/device[7] are creation order, not
 * identity: they shift when QEMU creates one more device earlier.  So every
 * object gets a key from what it is and where it sits:
 *
 *   /machine                         -> machine
 *   /machine/q35/mch (named path)    -> q35/mch
 *   /machine/unattached/device[29]   -> e1000e@pcie.0:02.0   (type @ bus : address)
 *   /machine/unattached/device[13]/ps2kbd -> i8042@isa.0/ps2kbd
 *   /objects/pc.ram                  -> objects/pc.ram
 *
 * Memory regions are folded into their owner's group as "mr:<name>/size"
 * (the "[N]" suffix dropped; "@<addr>" added where names repeat).  irq
 * objects carry no values and are skipped.  Link and child properties are
 * pointers, not values, and are skipped, as are the volatile properties in
 * ignored_props[].
 */

struct qobj {
	const char *path;
	const char *type;
	struct json_object *props;
	char *key;		/* NULL: not computed yet */
	int skip;		/* irq and the like */
	int is_mr;
	int shared_base;	/* another device has the same type@bus: add the address */
};

struct qom {
	struct qobj *v;
	size_t nr;
};

/* Volatile or runtime-only properties: documented in docs/formats.md. */
static const struct {
	const char *type;	/* NULL: any type */
	const char *prop;
} ignored_props[] = {
	{ NULL, "realized" },
	{ NULL, "hotplugged" },
	{ NULL, "parent_bus" },
	{ NULL, "rtc-time" },		/* machine: wall clock at start */
	{ "mc146818rtc", "date" },	/* wall clock */
	{ "spapr-rtc", "date" },	/* pseries: wall clock */
};

/* Properties that place a device on its bus, in order of preference. */
static const struct {
	const char *prop;
	const char *fmt;	/* "pci", "hex", "dec" */
} place_props[] = {
	{ "legacy-addr", "str" },
	{ "addr", "pci" },
	{ "iobase", "hex" },
	{ "base", "hex" },
	{ "address", "hex" },
	{ "unit", "dec" },
	{ "apic-id", "dec" },
	{ "index", "dec" },
};

static int is_ignored(const char *type, const char *prop)
{
	size_t i;

	/* a region's "type" is QOM's name for regions ("qemu:memory-region" up to 5.x), not ABI */
	if ((!strcmp(type, "memory-region") || !strcmp(type, "qemu:memory-region")) && !strcmp(prop, "type"))
		return 1;

	for (i = 0; i < ARRAY_SIZE(ignored_props); i++)
		if (!strcmp(ignored_props[i].prop, prop) &&
		    (!ignored_props[i].type || !strcmp(ignored_props[i].type, type)))
			return 1;
	return 0;
}

static int cmp_qobj(const void *a, const void *b)
{
	return strcmp(((const struct qobj *)a)->path, ((const struct qobj *)b)->path);
}

static struct qobj *find(struct qom *q, const char *path)
{
	struct qobj k = { .path = path };

	return bsearch(&k, q->v, q->nr, sizeof(*q->v), cmp_qobj);
}

static struct json_object *prop_value(struct json_object *props, const char *name)
{
	struct json_object *p, *v;

	if (!json_object_object_get_ex(props, name, &p) || !json_object_object_get_ex(p, "value", &v))
		return NULL;
	return v;
}

/* Basename with a trailing "[N]" removed, into sb. */
static void strip_index(const char *name, struct strbuf *sb)
{
	size_t n = strlen(name);

	if (n > 2 && name[n - 1] == ']') {
		const char *lb = strrchr(name, '[');

		if (lb && lb[1] >= '0' && lb[1] <= '9') {
			strbuf_add(sb, name, (size_t)(lb - name));
			return;
		}
	}
	strbuf_addstr(sb, name);
}

static int is_creation_container(const char *path)
{
	return !strcmp(path, "/machine/unattached") || !strcmp(path, "/machine/peripheral-anon");
}

/* type@bus */
static void device_base(struct qobj *o, struct strbuf *sb)
{
	struct json_object *bus = prop_value(o->props, "parent_bus");
	const char *b;

	strbuf_addstr(sb, o->type);
	if (bus && json_object_is_type(bus, json_type_string) && *(b = json_object_get_string(bus))) {
		const char *slash = strrchr(b, '/');

		strbuf_addch(sb, '@');
		strip_index(slash ? slash + 1 : b, sb);
	}
}

static int is_pci(struct qobj *o)
{
	return prop_value(o->props, "legacy-addr") || prop_value(o->props, "addr");
}

/*
 * type@bus, and ":address" for PCI functions (always: it is what the guest
 * enumerates) and for other devices only where type@bus is shared: ISA
 * devices gained "iobase" properties over the releases (the RTC in 6.x), so
 * an address that is not needed would make the path depend on the release.
 */
static void device_place(struct qobj *o, struct strbuf *sb)
{
	struct json_object *v;
	size_t i;

	device_base(o, sb);
	if (!o->shared_base && !is_pci(o))
		return;
	for (i = 0; i < ARRAY_SIZE(place_props); i++) {
		v = prop_value(o->props, place_props[i].prop);
		if (!v)
			continue;
		if (!strcmp(place_props[i].fmt, "str") && json_object_is_type(v, json_type_string) &&
		    *json_object_get_string(v)) {
			strbuf_addf(sb, ":%s", json_object_get_string(v));
			return;
		}
		if (!json_object_is_type(v, json_type_int))
			continue;
		if (!strcmp(place_props[i].fmt, "pci")) {
			long long devfn = json_object_get_int64(v);

			if (devfn < 0)
				continue;
			strbuf_addf(sb, ":%02llx.%llx", devfn >> 3, devfn & 7);
		} else if (!strcmp(place_props[i].fmt, "hex")) {
			strbuf_addf(sb, ":0x%llx", (unsigned long long)json_object_get_int64(v));
		} else {
			strbuf_addf(sb, ":%s%lld", place_props[i].prop, (long long)json_object_get_int64(v));
		}
		return;
	}
}

static const char *key_of(struct qom *q, struct qobj *o);

static int on_a_bus(struct qobj *o)
{
	struct json_object *bus = prop_value(o->props, "parent_bus");

	return bus && json_object_is_type(bus, json_type_string) && *json_object_get_string(bus);
}

static const char *key_of_path(struct qom *q, const char *path)
{
	struct qobj *p = find(q, path);

	if (p)
		return key_of(q, p);
	/* a container not in the walk */
	if (!strcmp(path, "/machine") || is_creation_container(path) || !strcmp(path, "/machine/peripheral"))
		return "machine";
	return NULL;
}

static const char *key_of(struct qom *q, struct qobj *o)
{
	struct strbuf sb = STRBUF_INIT;
	const char *slash, *last, *pk;
	char *parent;

	if (o->key)
		return o->key;
	if (!strcmp(o->path, "/machine") || is_creation_container(o->path) ||
	    !strcmp(o->path, "/machine/peripheral")) {
		o->key = xstrdup("machine");
		return o->key;
	}
	slash = strrchr(o->path, '/');
	last = slash + 1;
	parent = xstrndup(o->path, (size_t)(slash - o->path));
	if (!strcmp(o->path, "/objects")) {
		strbuf_addstr(&sb, "objects");
	} else if (starts_with(o->path, "/objects/")) {
		strbuf_addf(&sb, "objects/%s", o->path + 9);
	} else if (is_creation_container(parent) || on_a_bus(o)) {
		/*
		 * A device on a bus is keyed by its place whatever its QOM
		 * parent: QEMU 8.2 made the RTC a child of ICH9-LPC, yet it sits
		 * on isa.0 at 0x70 as before, and the guest sees the same.
		 */
		device_place(o, &sb);
	} else if (!strcmp(parent, "/machine")) {
		strip_index(last, &sb);
	} else {
		pk = key_of_path(q, parent);
		if (!pk)
			pk = parent;
		if (strcmp(pk, "machine"))
			strbuf_addf(&sb, "%s/", pk);
		strip_index(last, &sb);
	}
	free(parent);
	o->key = strbuf_detach(&sb, NULL);
	return o->key;
}

/* The nearest ancestor that is not a memory region: the group owning a region. */
static struct qobj *mr_owner(struct qom *q, const char *path, const char **kpath)
{
	char *p = xstrdup(path), *slash;
	struct qobj *o = NULL;

	*kpath = NULL;
	while ((slash = strrchr(p, '/')) && slash != p) {
		*slash = '\0';
		o = find(q, p);
		if (o && !o->is_mr)
			break;
		if (!o && (is_creation_container(p) || !strcmp(p, "/machine"))) {
			*kpath = "machine";
			o = NULL;
			break;
		}
		o = NULL;
	}
	free(p);
	return o;
}

static int check_obj(const char *path, struct json_object *obj, const char **type,
		     struct json_object **props, struct error *err)
{
	struct json_object *t;

	if (!json_object_is_type(obj, json_type_object))
		return error_set(err, ERR_INPUT, "qom: '%s': expected an object", path);
	if (!json_object_object_get_ex(obj, "type", &t) || !json_object_is_type(t, json_type_string))
		return error_set(err, ERR_INPUT, "qom: '%s/type': expected a string", path);
	*type = json_object_get_string(t);
	if (!json_object_object_get_ex(obj, "props", props) || !json_object_is_type(*props, json_type_object))
		return error_set(err, ERR_INPUT, "qom: '%s/props': expected an object", path);
	json_object_object_foreach(*props, name, p) {
		struct json_object *pt;

		if (!json_object_is_type(p, json_type_object) ||
		    !json_object_object_get_ex(p, "type", &pt) || !json_object_is_type(pt, json_type_string))
			return error_set(err, ERR_INPUT, "qom: '%s/props/%s/type': expected a string", path, name);
		if (!json_object_object_get_ex(p, "value", NULL) && !json_object_object_get_ex(p, "error", NULL))
			return error_set(err, ERR_INPUT, "qom: '%s/props/%s': neither 'value' nor 'error'",
					 path, name);
	}
	return 0;
}

/* An array of {cpuid-input-eax, [cpuid-input-ecx], cpuid-register, features} (x86 feature-words). */
static int is_cpuid_words(struct json_object *v)
{
	size_t i, n;

	if (!json_object_is_type(v, json_type_array) || !(n = json_object_array_length(v)))
		return 0;
	for (i = 0; i < n; i++) {
		struct json_object *w = json_object_array_get_idx(v, i), *x;

		if (!json_object_is_type(w, json_type_object) ||
		    !json_object_object_get_ex(w, "cpuid-input-eax", &x) || !json_object_is_type(x, json_type_int) ||
		    !json_object_object_get_ex(w, "cpuid-register", &x) || !json_object_is_type(x, json_type_string) ||
		    !json_object_object_get_ex(w, "features", &x))
			return 0;
	}
	return 1;
}

/*
 * A structured property (machine "smp", "memory", "boot") becomes one fact
 * per member, "smp.books", so a member added in a later release is a new
 * knob, not a changed value.  x86 "feature-words" become one fact per CPUID
 * leaf and register, "feature-words.0x7-0.EDX".  Other arrays stay whole,
 * as canonical JSON.
 */
static void emit_value(struct facts *out, const char *group, struct strbuf *sub, struct json_object *v)
{
	struct strbuf val = STRBUF_INIT;

	if (json_object_is_type(v, json_type_object) && json_object_object_length(v) > 0) {
		size_t len = sub->len;

		/* QEMU's own syntax for members: -machine smp.books=1 */
		json_object_object_foreach(v, k, member) {
			strbuf_setlen(sub, len);
			strbuf_addf(sub, ".%s", k);
			emit_value(out, group, sub, member);
		}
		strbuf_setlen(sub, len);
		return;
	}
	if (is_cpuid_words(v)) {
		size_t i, len = sub->len;

		/* x86 feature words: one fact per CPUID leaf and register, in any order */
		for (i = 0; i < json_object_array_length(v); i++) {
			struct json_object *w = json_object_array_get_idx(v, i), *eax, *ecx, *reg, *feat;

			json_object_object_get_ex(w, "cpuid-input-eax", &eax);
			json_object_object_get_ex(w, "cpuid-register", &reg);
			json_object_object_get_ex(w, "features", &feat);
			strbuf_setlen(sub, len);
			strbuf_addf(sub, ".0x%llx", (unsigned long long)json_object_get_int64(eax));
			if (json_object_object_get_ex(w, "cpuid-input-ecx", &ecx))
				strbuf_addf(sub, "-%lld", (long long)json_object_get_int64(ecx));
			strbuf_addf(sub, ".%s", json_object_get_string(reg));
			strbuf_reset(&val);
			json_fact_value(feat, &val);
			facts_add(out, group, sub->buf, val.buf);
		}
		strbuf_setlen(sub, len);
		strbuf_release(&val);
		return;
	}
	json_fact_value(v, &val);
	facts_add(out, group, sub->buf, val.buf);
	strbuf_release(&val);
}

static void emit_props(struct qobj *o, const char *group, const char *prefix, struct facts *out)
{
	struct strbuf val = STRBUF_INIT, sub = STRBUF_INIT;

	json_object_object_foreach(o->props, name, p) {
		struct json_object *pt, *v;
		const char *ptype;

		json_object_object_get_ex(p, "type", &pt);
		ptype = json_object_get_string(pt);
		if (starts_with(ptype, "link<") || starts_with(ptype, "child<") || is_ignored(o->type, name))
			continue;
		strbuf_reset(&sub);
		strbuf_addf(&sub, "%s%s", prefix, name);
		if (json_object_object_get_ex(p, "value", &v)) {
			emit_value(out, group, &sub, v);
		} else {
			facts_add(out, group, sub.buf, "(unreadable)");
		}
	}
	strbuf_release(&val);
	strbuf_release(&sub);
}

int decode_qom(struct json_object *doc, struct facts *out, struct error *err)
{
	struct qom q = { NULL, 0 };
	struct strbuf group = STRBUF_INIT, prefix = STRBUF_INIT;
	size_t i, j, n;
	int ret = -1;

	if (!json_object_is_type(doc, json_type_object))
		return error_set(err, ERR_INPUT, "qom: expected an object keyed by QOM path");
	n = (size_t)json_object_object_length(doc);
	q.v = xcalloc(n ? n : 1, sizeof(*q.v));
	json_object_object_foreach(doc, path, obj) {
		struct qobj *o = &q.v[q.nr];

		if (path[0] != '/') {
			error_set(err, ERR_INPUT, "qom: key '%s' is not a QOM path", path);
			goto out;
		}
		if (check_obj(path, obj, &o->type, &o->props, err))
			goto out;
		o->path = path;
		/* irq objects carry no values; containers only hold children */
		o->skip = !strcmp(o->type, "irq") || !strcmp(o->type, "container");
		/* QEMU 5.0 names the type "qemu:memory-region" */
		o->is_mr = !strcmp(o->type, "memory-region") || !strcmp(o->type, "qemu:memory-region");
		q.nr++;
	}
	qsort(q.v, q.nr, sizeof(*q.v), cmp_qobj);
	if (!find(&q, "/machine")) {
		error_set(err, ERR_INPUT, "qom: no '/machine' object");
		goto out;
	}

	/* which devices share type@bus with another: those need their address in the key */
	for (i = 0; i < q.nr; i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		const char *slash = strrchr(q.v[i].path, '/');
		char *parent = xstrndup(q.v[i].path, (size_t)(slash - q.v[i].path));
		int placed = on_a_bus(&q.v[i]) || is_creation_container(parent);

		free(parent);
		if (q.v[i].skip || q.v[i].is_mr || !placed)
			continue;
		device_base(&q.v[i], &a);
		for (j = 0; j < q.nr && !q.v[i].shared_base; j++) {
			if (j == i || q.v[j].skip || q.v[j].is_mr || strcmp(q.v[j].type, q.v[i].type))
				continue;
			strbuf_reset(&b);
			device_base(&q.v[j], &b);
			q.v[i].shared_base = !strcmp(a.buf, b.buf);
		}
		strbuf_release(&a);
		strbuf_release(&b);
	}
	for (i = 0; i < q.nr; i++)
		if (!q.v[i].is_mr)
			key_of(&q, &q.v[i]);

	/* devices of one type on one bus with no address: number them by content */
	for (i = 0; i < q.nr; i++) {
		size_t k = 1;

		if (!q.v[i].key || q.v[i].skip || q.v[i].is_mr)
			continue;
		for (j = i + 1; j < q.nr; j++)
			if (q.v[j].key && !q.v[j].skip && !q.v[j].is_mr && !strcmp(q.v[i].key, q.v[j].key)) {
				char *nk = xstrfmt("%s#%zu", q.v[j].key, ++k);

				free(q.v[j].key);
				q.v[j].key = nk;
			}
	}

	for (i = 0; i < q.nr; i++) {
		struct qobj *o = &q.v[i];

		if (o->skip)
			continue;
		strbuf_reset(&group);
		strbuf_reset(&prefix);
		if (o->is_mr) {
			const char *kpath;
			struct qobj *owner = mr_owner(&q, o->path, &kpath);
			const char *name = strrchr(o->path, '/') + 1;
			struct json_object *addr = prop_value(o->props, "addr");
			size_t same = 0;

			strbuf_addf(&group, "qom/%s", owner ? key_of(&q, owner) : kpath ? kpath : "machine");
			strbuf_addstr(&prefix, "mr:");
			strip_index(name, &prefix);
			/* repeated names under one parent: tell them apart by address */
			for (j = 0; j < q.nr; j++) {
				const char *s = strrchr(q.v[j].path, '/');

				if (q.v[j].is_mr && s && (size_t)(s - q.v[j].path) == (size_t)(name - 1 - o->path) &&
				    !strncmp(q.v[j].path, o->path, (size_t)(s - q.v[j].path))) {
					struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;

					strip_index(s + 1, &a);
					strip_index(name, &b);
					same += !strcmp(a.buf, b.buf);
					strbuf_release(&a);
					strbuf_release(&b);
				}
			}
			if (same > 1 && addr)
				strbuf_addf(&prefix, "@0x%llx", (unsigned long long)json_object_get_int64(addr));
			strbuf_addch(&prefix, '/');
		} else {
			strbuf_addf(&group, "qom/%s", o->key);
		}
		emit_props(o, group.buf, prefix.buf, out);
	}
	ret = 0;
out:
	for (i = 0; i < q.nr; i++)
		free(q.v[i].key);
	free(q.v);
	strbuf_release(&group);
	strbuf_release(&prefix);
	return ret;
}
