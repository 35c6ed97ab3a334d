/* fixup-value.c: the QOM property types a record holds (its stored qom dump), and a value rendered in a target type's syntax. */
#include <errno.h>
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fixup.h"
#include "json.h"
#include "util.h"

void qom_types_release(struct qom_types *t)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		free(t->v[i].qtype);
		free(t->v[i].prop);
		free(t->v[i].ptype);
	}
	free(t->v);
	free(t->machine);
	memset(t, 0, sizeof(*t));
}

static int cmp_type(const void *a, const void *b)
{
	const struct qom_type *x = a, *y = b;
	int c = strcmp(x->qtype, y->qtype);

	return c ? c : strcmp(x->prop, y->prop);
}

int qom_types_load(struct store *st, long long record_id, struct qom_types *out, struct error *err)
{
	struct json_object *doc = NULL;
	char *raw = NULL;
	size_t len, alloc = 0;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (store_dump_raw(st, record_id, "qom", &raw, &len, err))
		return -1;
	if (!raw)
		return 0;
	if (json_parse(raw, len, "qom.json", &doc, err))
		goto out;
	if (!json_object_is_type(doc, json_type_object)) {
		ret = error_set(err, ERR_INPUT, "qom.json of record %lld: expected an object", record_id);
		goto out;
	}
	json_object_object_foreach(doc, path, obj) {
		struct json_object *t, *props;
		const char *qtype;

		if (!json_object_object_get_ex(obj, "type", &t) || !json_object_object_get_ex(obj, "props", &props) ||
		    !json_object_is_type(props, json_type_object))
			continue;
		qtype = json_object_get_string(t);
		if (!strcmp(path, "/machine") && !out->machine)
			out->machine = xstrdup(qtype);
		json_object_object_foreach(props, name, p) {
			struct json_object *pt;
			const char *ptype;

			if (!json_object_object_get_ex(p, "type", &pt) || !(ptype = json_object_get_string(pt)) ||
			    starts_with(ptype, "link<") || starts_with(ptype, "child<"))
				continue;
			if (out->nr == alloc) {
				alloc = alloc ? 2 * alloc : 1024;
				out->v = xrealloc(out->v, alloc * sizeof(*out->v));
			}
			out->v[out->nr].qtype = xstrdup(qtype);
			out->v[out->nr].prop = xstrdup(name);
			out->v[out->nr].ptype = xstrdup(ptype);
			out->nr++;
		}
	}
	if (out->nr)
		qsort(out->v, out->nr, sizeof(*out->v), cmp_type);
	ret = 0;
out:
	if (ret)
		qom_types_release(out);
	json_object_put(doc);
	free(raw);
	return ret;
}

const char *qom_types_get(const struct qom_types *t, const char *qtype, const char *prop)
{
	struct qom_type k, *hit;

	if (!qtype)
		return NULL;
	if (!strcmp(qtype, "machine"))
		qtype = t->machine;
	if (!qtype || !t->nr)
		return NULL;
	k.qtype = (char *)qtype;
	k.prop = (char *)prop;
	hit = bsearch(&k, t->v, t->nr, sizeof(*t->v), cmp_type);
	return hit ? hit->ptype : NULL;
}

/* ---- values ---- */

/* QEMU's enums whose members abidb knows (qapi/common.json, qapi/block-core.json, qapi/misc.json ...). */
static const struct {
	const char *type;
	const char *members[8];
} enums[] = {
	{ "OnOffAuto", { "auto", "on", "off" } },
	{ "OnOffSplit", { "on", "off", "split" } },
	{ "LostTickPolicy", { "discard", "delay", "slew" } },
	{ "BlockdevOnError", { "report", "ignore", "enospc", "stop", "auto" } },
	{ "FdcDriveType", { "144", "288", "120", "none", "auto" } },
	{ "HostMemPolicy", { "default", "preferred", "bind", "interleave" } },
};

/* Integer types: name, minimum, maximum (unsigned maxima as UINT64). */
static const struct {
	const char *type;
	int is_signed;
	int64_t min;
	uint64_t max;
} ints[] = {
	{ "int8", 1, INT8_MIN, INT8_MAX },
	{ "int16", 1, INT16_MIN, INT16_MAX },
	{ "int32", 1, INT32_MIN, INT32_MAX },
	{ "int64", 1, INT64_MIN, INT64_MAX },
	{ "int", 1, INT64_MIN, INT64_MAX },
	{ "uint8", 0, 0, UINT8_MAX },
	{ "uint16", 0, 0, UINT16_MAX },
	{ "uint32", 0, 0, UINT32_MAX },
	{ "uint64", 0, 0, UINT64_MAX },
	{ "uint64_t", 0, 0, UINT64_MAX },
	{ "size", 0, 0, UINT64_MAX },
};

static int truth(const char *v)
{
	if (!strcmp(v, "true") || !strcmp(v, "on") || !strcmp(v, "1"))
		return 1;
	if (!strcmp(v, "false") || !strcmp(v, "off") || !strcmp(v, "0"))
		return 0;
	return -1;
}

static int render_int(size_t k, const char *from_type, const char *v, char **qemu)
{
	char *end;
	int t = truth(v);

	if (from_type && !strcmp(from_type, "bool") && t >= 0) {
		*qemu = xstrdup(t ? "1" : "0");
		return 0;
	}
	errno = 0;
	if (ints[k].is_signed) {
		long long n = strtoll(v, &end, 10);

		if (!*v || *end || errno || n < ints[k].min || (n > 0 && (uint64_t)n > ints[k].max))
			return -1;
		*qemu = xstrfmt("%lld", n);
	} else {
		unsigned long long n;

		if (*v == '-')
			return -1;
		n = strtoull(v, &end, 10);
		if (!*v || *end || errno || n > ints[k].max)
			return -1;
		*qemu = xstrfmt("%llu", n);
	}
	return 0;
}

int fixup_render_value(const char *from_type, const char *to_type, const char *v, char **qemu, char **fact,
		       char **why)
{
	size_t k, m;
	int t;

	*qemu = *fact = *why = NULL;
	if (!to_type) {
		*why = xstrdup("the target's record holds no type for this property: its option syntax is unknown");
		return -1;
	}
	if (!strcmp(to_type, "bool")) {
		if ((t = truth(v)) < 0)
			goto cannot;
		*qemu = xstrdup(t ? "on" : "off");
		*fact = xstrdup(t ? "true" : "false");
		return 0;
	}
	for (k = 0; k < ARRAY_SIZE(enums); k++) {
		if (strcmp(enums[k].type, to_type))
			continue;
		t = truth(v);
		for (m = 0; t >= 0 && m < ARRAY_SIZE(enums[k].members) && enums[k].members[m]; m++)
			if (!strcmp(enums[k].members[m], "on"))
				v = t ? "on" : "off";	/* a bool that became on/off/... */
		for (m = 0; m < ARRAY_SIZE(enums[k].members) && enums[k].members[m]; m++)
			if (!strcmp(enums[k].members[m], v)) {
				*qemu = xstrdup(v);
				*fact = xstrdup(v);
				return 0;
			}
		goto cannot;
	}
	for (k = 0; k < ARRAY_SIZE(ints); k++) {
		if (strcmp(ints[k].type, to_type))
			continue;
		if (render_int(k, from_type, v, qemu))
			goto cannot;
		*fact = xstrdup(*qemu);
		return 0;
	}
	if (!strcmp(to_type, "str") || !strcmp(to_type, "string")) {
		*qemu = xstrdup(v);
		*fact = xstrdup(v);
		return 0;
	}
	if (to_type[0] >= 'A' && to_type[0] <= 'Z' && !strchr(to_type, ' ') && from_type &&
	    !strcmp(from_type, to_type) && !strchr(v, '{') && !strchr(v, '[')) {
		/* an enum abidb has no member list for, of the same type in both releases */
		*qemu = xstrdup(v);
		*fact = xstrdup(v);
		return 0;
	}
	*why = xstrfmt("the target's property is of type '%s', which has no option syntax abidb knows%s%s%s",
		       to_type, from_type ? " (it was '" : "", from_type ? from_type : "", from_type ? "')" : "");
	return -1;
cannot:
	*why = xstrfmt("the target's type '%s' cannot express the old value '%s'%s%s%s", to_type, v,
		       from_type ? " (of type '" : "", from_type ? from_type : "", from_type ? "')" : "");
	return -1;
}
