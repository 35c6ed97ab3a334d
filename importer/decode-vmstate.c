/*
 * decode-vmstate.c: the output of `qemu-system-* -dump-vmstate FILE` as facts.
 *
 * One group per top-level section, "vmstate/<section>".  The facts follow
 * what scripts/vmstate-static-checker.py compares: version ids, description
 * names, field order, field sizes, field_exists and subsections.  The path
 * scheme is documented in docs/decoders/migration.md.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "json-walk.h"
#include "strbuf.h"
#include "util.h"

/* The header naming the machine type: not a fact of the format. */
#define VMSTATE_HEADER "vmschkmachine"



static int decode_description(struct json_walk *w, struct json_object *desc);

/*
 * One field of a description.  `seg` is its unique name, `after` the
 * unique name of the field before it.
 */
static int decode_field(struct json_walk *w, struct json_object *field,
			const char *seg, const char *after)
{
	struct json_object *o;
	int64_t size, version_id, num;
	size_t old;
	int ret, has_num;

	if (walk_get_int(w, field, "version_id", 1, &version_id) < 0 ||
	    walk_get_member(w, field, "field_exists", json_type_boolean, 1, &o) < 0 ||
	    walk_get_int(w, field, "size", 1, &size) < 0 ||
	    (has_num = walk_get_int(w, field, "num", 0, &num)) < 0 ||
	    walk_get_member(w, field, "Description", json_type_object, 0, &o) < 0)
		return -1;

	old = walk_push(&w->path, seg);
	walk_emit(w, "after", after);
	walk_emit_int(w, "version_id", version_id);
	json_object_object_get_ex(field, "field_exists", &o);
	walk_emit(w, "field_exists", json_object_get_boolean(o) ? "true" : "false");
	if (has_num)
		walk_emit_int(w, "num", num);

	json_object_object_get_ex(field, "Description", &o);
	if (o) {
		/*
		 * The size of a VMSTATE_STRUCT field is sizeof() of a C struct
		 * in QEMU, which grows with unrelated members from release to
		 * release; the wire format is its description.  The static
		 * checker skips it too.
		 */
		size_t lold = walk_push(&w->loc, "Description");
		size_t pold = walk_push(&w->path, "struct");

		ret = decode_description(w, o);
		strbuf_setlen(&w->path, pold);
		strbuf_setlen(&w->loc, lold);
	} else {
		walk_emit_int(w, "size", size);
		ret = 0;
	}
	strbuf_setlen(&w->path, old);
	return ret;
}

/* A subsection goes under "sub/<name>", as a description. */
static int decode_subsection(struct json_walk *w, struct json_object *s, const char *seg, const char *prev)
{
	size_t pold = walk_push_sub(w, seg);
	int ret = decode_description(w, s);

	(void)prev;
	strbuf_setlen(&w->path, pold);
	return ret;
}

/* A "Description" object (a VMStateDescription): emitted at w->path. */
static int decode_description(struct json_walk *w, struct json_object *desc)
{
	struct json_object *name, *fields, *subs;
	int64_t version_id, minimum_version_id;

	if (walk_get_member(w, desc, "name", json_type_string, 1, &name) < 0 ||
	    walk_get_int(w, desc, "version_id", 1, &version_id) < 0 ||
	    walk_get_int(w, desc, "minimum_version_id", 1, &minimum_version_id) < 0 ||
	    walk_get_member(w, desc, "Fields", json_type_array, 0, &fields) < 0 ||
	    walk_get_member(w, desc, "Subsections", json_type_array, 0, &subs) < 0)
		return -1;

	walk_emit(w, "name", json_object_get_string(name));
	walk_emit_int(w, "version_id", version_id);
	walk_emit_int(w, "minimum_version_id", minimum_version_id);
	if (fields && walk_list(w, fields, "Fields", "field", NULL, decode_field) < 0)
		return -1;
	if (subs && walk_list(w, subs, "Subsections", "name", NULL, decode_subsection) < 0)
		return -1;
	return 0;
}

static int decode_section(struct json_walk *w, struct json_object *sec)
{
	struct json_object *o, *desc;
	int64_t version_id, minimum_version_id, dv, dmv;

	if (!json_object_is_type(sec, json_type_object))
		return error_set(w->err, ERR_INPUT, "vmstate: '%s': expected an object",
				 w->loc.buf);
	if (walk_get_member(w, sec, "Name", json_type_string, 0, &o) < 0 ||
	    walk_get_int(w, sec, "version_id", 1, &version_id) < 0 ||
	    walk_get_int(w, sec, "minimum_version_id", 1, &minimum_version_id) < 0 ||
	    walk_get_member(w, sec, "Description", json_type_object, 1, &desc) < 0)
		return -1;

	/*
	 * QEMU prints the section's version ids from the same
	 * VMStateDescription as its "Description", so they are equal and
	 * the description's copy stands for both.  Should they ever differ,
	 * the section's own values are kept as well.
	 */
	walk_push(&w->loc, "Description");
	if (decode_description(w, desc) < 0)
		return -1;
	walk_get_int(w, desc, "version_id", 1, &dv);
	walk_get_int(w, desc, "minimum_version_id", 1, &dmv);
	if (dv != version_id)
		walk_emit_int(w, "section_version_id", version_id);
	if (dmv != minimum_version_id)
		walk_emit_int(w, "section_minimum_version_id", minimum_version_id);
	return 0;
}

int decode_vmstate(struct json_object *doc, struct facts *out, struct error *err)
{
	struct json_walk w = { "vmstate", out, err, NULL, STRBUF_INIT, STRBUF_INIT };
	char *group;
	int ret = 0;

	if (!doc || !json_object_is_type(doc, json_type_object))
		return error_set(err, ERR_INPUT, "vmstate: expected a JSON object at the top level");

	json_object_object_foreach(doc, key, sec) {
		if (!strcmp(key, VMSTATE_HEADER))
			continue;
		group = xstrfmt("vmstate/%s", key);
		w.group = group;
		strbuf_reset(&w.loc);
		strbuf_addstr(&w.loc, key);
		strbuf_reset(&w.path);
		ret = sec ? decode_section(&w, sec) :
			error_set(err, ERR_INPUT, "vmstate: '%s': expected an object", key);
		free(group);
		if (ret < 0)
			goto out;
	}
out:
	strbuf_release(&w.loc);
	strbuf_release(&w.path);
	return ret;
}
