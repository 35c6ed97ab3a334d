/*
 * decode-vmdesc.c: the device description QEMU appends to a migration
 * stream (collected as migration-vmdesc.json) as facts.
 *
 * The document is {"status": "completed", "stream_bytes": N, "vmdesc":
 * {"devices": [...], ...}} or, when the collector's migration failed,
 * {"status": "exception", "error": "..."}.  A failure is an observation,
 * not an input error.  One group per device, "migration/<name>[<instance>]",
 * plus "migration" for the outcome.  See docs/decoders/migration.md.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "json-walk.h"
#include "strbuf.h"
#include "util.h"

static int decode_desc(struct json_walk *w, struct json_object *desc, int with_size);

static int decode_field(struct json_walk *w, struct json_object *field,
			const char *seg, const char *after)
{
	struct json_object *type, *st, *inner;
	int64_t size, array_len;
	size_t old, lold, pold;
	int has_len, ret = 0;

	if (walk_get_int(w, field, "size", 1, &size) < 0 ||
	    walk_get_member(w, field, "type", json_type_string, 1, &type) < 0 ||
	    (has_len = walk_get_int(w, field, "array_len", 0, &array_len)) < 0 ||
	    walk_get_member(w, field, "struct", json_type_object, 0, &st) < 0 ||
	    walk_get_member(w, field, "fields", json_type_array, 0, &inner) < 0)
		return -1;

	old = walk_push(&w->path, seg);
	walk_emit(w, "after", after);
	walk_emit_int(w, "size", size);
	walk_emit(w, "type", json_object_get_string(type));
	if (has_len)
		walk_emit_int(w, "array_len", array_len);
	pold = w->path.len;
	if (st || inner)
		walk_push(&w->path, "struct");
	if (st) {
		/* VMSTATE_STRUCT: the nested description under "struct". */
		lold = walk_push(&w->loc, "struct");
		ret = decode_desc(w, st, 0);
		strbuf_setlen(&w->loc, lold);
	} else if (inner) {
		/*
		 * VMSTATE_WITH_TMP: QEMU writes the nested description's
		 * "vmsd_name", "version" and "fields" into the field itself;
		 * it goes under "struct" all the same.
		 */
		ret = decode_desc(w, field, 0);
	}
	strbuf_setlen(&w->path, pold);
	strbuf_setlen(&w->path, old);
	return ret;
}

/* QEMU's "index" numbers the elements of an array of structs: the segment is "name[index]". */
static char *field_name(struct json_walk *w, struct json_object *f)
{
	struct json_object *name;
	int64_t index;
	int has_index;

	if (walk_get_member(w, f, "name", json_type_string, 1, &name) < 0 ||
	    (has_index = walk_get_int(w, f, "index", 0, &index)) < 0)
		return NULL;
	if (has_index)
		return xstrfmt("%s[%" PRId64 "]", json_object_get_string(name), index);
	return xstrdup(json_object_get_string(name));
}

/* A subsection goes under "sub/<vmsd_name>", as a description. */
static int decode_subsection(struct json_walk *w, struct json_object *s, const char *seg, const char *prev)
{
	size_t pold = walk_push_sub(w, seg);
	int ret = decode_desc(w, s, 0);

	(void)prev;
	strbuf_setlen(&w->path, pold);
	return ret;
}

/*
 * A description: a device, a struct, a subsection or the configuration.
 * All parts are optional: devices without a VMStateDescription (old-style
 * save handlers such as "slirp") have "size" and no "version"; "size" is
 * read for devices only (`with_size`), as elsewhere it is the field's.
 */
static int decode_desc(struct json_walk *w, struct json_object *desc, int with_size)
{
	struct json_object *name, *fields, *subs;
	int64_t version, size;
	int has_version, has_size;

	if (walk_get_member(w, desc, "vmsd_name", json_type_string, 0, &name) < 0 ||
	    (has_version = walk_get_int(w, desc, "version", 0, &version)) < 0 ||
	    (has_size = with_size ? walk_get_int(w, desc, "size", 0, &size) : 0) < 0 ||
	    walk_get_member(w, desc, "fields", json_type_array, 0, &fields) < 0 ||
	    walk_get_member(w, desc, "subsections", json_type_array, 0, &subs) < 0)
		return -1;

	if (name)
		walk_emit(w, "vmsd_name", json_object_get_string(name));
	if (has_version)
		walk_emit_int(w, "version", version);
	if (has_size)
		walk_emit_int(w, "size", size);
	if (fields && walk_list(w, fields, "fields", NULL, field_name, decode_field) < 0)
		return -1;
	if (subs && walk_list(w, subs, "subsections", "vmsd_name", NULL, decode_subsection) < 0)
		return -1;
	return 0;
}

/* Start a new group and location. */
static void walk_reset(struct json_walk *w, const char *group, const char *loc)
{
	w->group = group;
	strbuf_reset(&w->loc);
	strbuf_addstr(&w->loc, loc);
	strbuf_reset(&w->path);
}

static int decode_device(struct json_walk *w, struct json_object *dev, size_t i,
			 struct name_seen *seen)
{
	struct json_object *name;
	int64_t instance_id;
	char *loc = xstrfmt("vmdesc/devices[%zu]", i), *key, *group;
	int ret = -1;

	walk_reset(w, "migration", loc);
	if (!json_object_is_type(dev, json_type_object)) {
		error_set(w->err, ERR_INPUT, "vmdesc: '%s': expected an object", loc);
		goto out;
	}
	if (walk_get_member(w, dev, "name", json_type_string, 1, &name) < 0 ||
	    walk_get_int(w, dev, "instance_id", 1, &instance_id) < 0)
		goto out;

	/* Repeated (name, instance) pairs should not happen; keep them apart anyway. */
	key = xstrfmt("%s[%" PRId64 "]", json_object_get_string(name), instance_id);
	group = unique_name(seen, key);
	free(key);
	key = xstrfmt("migration/%s", group);
	free(group);
	w->group = key;
	ret = decode_desc(w, dev, 1);
	w->group = NULL;
	free(key);
out:
	free(loc);
	return ret;
}

/*
 * A coprocessor register index as the assembler names the register: its
 * encoding is KVM's (target/arm/kvm-consts.h, cpreg_to_kvm_id()), which TCG
 * uses for its list too.  AArch64 system registers are S<op0>_<op1>_C<n>_C<m>_<op2>;
 * AArch32 coprocessor registers p<cp>,<opc1>,c<n>,c<m>,<opc2> (64-bit ones
 * p<cp>,<opc1>,c<m>), with " ns" where the NS bit (29, CP_REG_NS_SHIFT) is set:
 * the non-secure copy of a banked one.
 */
static void cpreg_name(uint64_t id, char *buf, size_t n)
{
	unsigned cp = (unsigned)(id >> 16) & 0xfff, ns = (unsigned)(id >> 29) & 1;
	uint64_t arch = id & 0xff00000000000000ull, size = id & 0x00f0000000000000ull;

	if (arch == 0x6000000000000000ull && cp == 0x13)
		snprintf(buf, n, "S%u_%u_C%u_C%u_%u", (unsigned)(id >> 14) & 3, (unsigned)(id >> 11) & 7,
			 (unsigned)(id >> 7) & 15, (unsigned)(id >> 3) & 15, (unsigned)id & 7);
	else if (arch == 0x4000000000000000ull && size == 0x0020000000000000ull)
		snprintf(buf, n, "p%u,%u,c%u,c%u,%u%s", cp, (unsigned)(id >> 3) & 7, (unsigned)(id >> 11) & 15,
			 (unsigned)(id >> 7) & 15, (unsigned)id & 7, ns ? " ns" : "");
	else if (arch == 0x4000000000000000ull && size == 0x0030000000000000ull)
		snprintf(buf, n, "p%u,%u,c%u%s", cp, (unsigned)(id >> 3) & 15, (unsigned)(id >> 7) & 15, ns ? " ns" : "");
	else
		snprintf(buf, n, "present");
}

/*
 * "cpreg": {"cpu[0]": ["0x<16 hex digits>", ...]}, the ARM CPU's coprocessor
 * register list read from the stream by the collector: group
 * "migration/cpu[0]/cpreg" with count, highest and one fact per index,
 * its value the register's name.  The list must be sorted, as QEMU sends it.
 */
static int decode_cpreg(struct json_object *cpreg, struct facts *out, struct error *err)
{
	if (!json_object_is_type(cpreg, json_type_object))
		return error_set(err, ERR_INPUT, "vmdesc: 'cpreg': expected an object of lists");
	json_object_object_foreach(cpreg, key, list) {
		char *group, hex[24], name[64];
		uint64_t id, prev = 0;
		size_t i, n;

		if (!*key || strchr(key, '/') || !json_object_is_type(list, json_type_array))
			return error_set(err, ERR_INPUT, "vmdesc: 'cpreg/%s': expected a device name and a list", key);
		n = json_object_array_length(list);
		group = xstrfmt("migration/%s/cpreg", key);
		for (i = 0; i < n; i++) {
			struct json_object *v = json_object_array_get_idx(list, i);
			const char *s = json_object_is_type(v, json_type_string) ? json_object_get_string(v) : "";
			char *end;

			id = strtoull(s, &end, 16);
			if (strncmp(s, "0x", 2) || strlen(s) != 18 || *end || (i && id <= prev)) {
				free(group);
				return error_set(err, ERR_INPUT, "vmdesc: 'cpreg/%s[%zu]': expected 0x and 16 hex digits, "
						 "above the index before", key, i);
			}
			prev = id;
			snprintf(hex, sizeof(hex), "0x%016" PRIx64, id);
			cpreg_name(id, name, sizeof(name));
			facts_add(out, group, hex, name);
		}
		facts_addf(out, group, "count", "%zu", n);
		if (n)
			facts_addf(out, group, "highest", "0x%016" PRIx64, prev);
		free(group);
	}
	return 0;
}

int decode_vmdesc(struct json_object *doc, struct facts *out, struct error *err)
{
	struct json_walk w = { "vmdesc", out, err, "migration", STRBUF_INIT, STRBUF_INIT };
	struct name_seen seen = { 0 };
	struct json_object *status, *o, *vmdesc, *devices;
	int64_t page_size;
	int has, ret = -1;
	size_t i, n;

	if (!doc || !json_object_is_type(doc, json_type_object))
		return error_set(err, ERR_INPUT, "vmdesc: expected a JSON object at the top level");

	if (walk_get_member(&w, doc, "status", json_type_string, 1, &status) < 0)
		goto out;
	facts_add(out, "migration", "status", json_object_get_string(status));

	/*
	 * "stream_bytes" is not a fact: it counts RAM pages (firmware, ACPI
	 * blobs), the machine name and the vmdesc text itself, so it differs
	 * between machine types of identical format and between releases
	 * with different firmware.
	 */
	if (walk_get_member(&w, doc, "error", json_type_string, 0, &o) < 0)
		goto out;
	if (o)
		facts_add(out, "migration", "error", json_object_get_string(o));
	if (walk_get_member(&w, doc, "error-desc", json_type_string, 0, &o) < 0)
		goto out;
	if (o)
		facts_add(out, "migration", "error_desc", json_object_get_string(o));

	if (strcmp(json_object_get_string(status), "completed")) {
		ret = 0;
		goto out;
	}

	if ((has = walk_get_member(&w, doc, "vmdesc", json_type_object, 0, &vmdesc)) < 0)
		goto out;
	if (!has) {
		/* Old machine types suppress the description (suppress-vmdesc). */
		facts_add(out, "migration", "vmdesc", "absent");
		ret = 0;
		goto out;
	}
	facts_add(out, "migration", "vmdesc", "present");

	walk_reset(&w, "migration", "vmdesc");
	if ((has = walk_get_int(&w, vmdesc, "page_size", 0, &page_size)) < 0 ||
	    walk_get_member(&w, vmdesc, "configuration", json_type_object, 0, &o) < 0 ||
	    walk_get_member(&w, vmdesc, "devices", json_type_array, 1, &devices) < 0)
		goto out;
	if (has)
		facts_addf(out, "migration", "page_size", "%" PRId64, page_size);
	if (o) {
		/* The configuration section (the machine type's name, since 8.x in vmdesc). */
		walk_reset(&w, "migration/configuration", "vmdesc/configuration");
		if (decode_desc(&w, o, 0) < 0)
			goto out;
	}

	n = json_object_array_length(devices);
	for (i = 0; i < n; i++) {
		struct json_object *dev = json_object_array_get_idx(devices, i);

		if (!dev) {
			ret = error_set(err, ERR_INPUT, "vmdesc: 'vmdesc/devices[%zu]': expected an object", i);
			goto out;
		}
		if (decode_device(&w, dev, i, &seen) < 0)
			goto out;
	}
	/* "cpreg_error" (the collector could not walk the stream) is no fact: the list was not observed */
	if (json_object_object_get_ex(doc, "cpreg", &o) && decode_cpreg(o, out, err))
		goto out;
	ret = 0;
out:
	name_seen_release(&seen);
	strbuf_release(&w.loc);
	strbuf_release(&w.path);
	return ret;
}
