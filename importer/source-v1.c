/* source-v1.c: reading an abidb-dump v1 document (identity, collector, one section per dump kind). */
#include <stdlib.h>
#include <string.h>

#include "base64.h"
#include "json.h"
#include "sha256.h"
#include "source.h"
#include "util.h"

/* The v1 identity members: qemu {version, stream, package}, machine {name, arch}, collector. */
static int v1_identity(struct record_input *r, const char *name, struct json_object *doc, struct error *err)
{
	struct json_object *v, *q, *m, *c;

	if (json_object_object_get_ex(doc, "qemu", &q)) {
		if (!json_object_is_type(q, json_type_object))
			return error_set(err, ERR_INPUT, "'%s': 'qemu': expected an object", name);
		if (json_object_object_get_ex(q, "version", &v) && !json_object_is_type(v, json_type_string))
			return error_set(err, ERR_INPUT, "'%s': 'qemu/version': expected a string", name);
		set_if_empty(&r->release, get_str(q, "version"));
		set_if_empty(&r->stream, get_str(q, "stream"));
		if (get_str(q, "package"))
			r->package = xstrdup(get_str(q, "package"));
	}
	if (json_object_object_get_ex(doc, "machine", &m)) {
		if (!json_object_is_type(m, json_type_object))
			return error_set(err, ERR_INPUT, "'%s': 'machine': expected an object", name);
		if (json_object_object_get_ex(m, "name", &v) && !json_object_is_type(v, json_type_string))
			return error_set(err, ERR_INPUT, "'%s': 'machine/name': expected a string", name);
		set_if_empty(&r->machine, get_str(m, "name"));
		set_if_empty(&r->arch, get_str(m, "arch"));
	}
	if (json_object_object_get_ex(doc, "collector", &c) && json_object_is_type(c, json_type_object)) {
		r->collector = xstrfmt("%s %s %s", get_str(c, "name") ? get_str(c, "name") : "?",
				       get_str(c, "version") ? get_str(c, "version") : "",
				       get_str(c, "when") ? get_str(c, "when") : "");
	}
	return 0;
}

/* One section of kind k: a file set, or a QEMU JSON document kept in canonical form. */
static int v1_section(struct record_input *r, const char *name, const struct dump_kind *k,
		      struct json_object *sec, struct error *err)
{
	char *src = xstrfmt("%s#%s", name, k->name);
	int rc;

	if (k->flags & DK_FILES) {
		struct dump_input *d = new_dump(r, k, src, err);

		if (d)
			d->loaded = 1;
		rc = d ? guest_from_json(d, sec, name, err) : -1;
		if (!rc)
			guest_digest(&d->files, d->input_sha256);
	} else if (k->flags & DK_BINARY) {
		/* bytes as base64; the digest is of the bytes, as a machine folder's file has */
		struct dump_input *d = NULL;

		if (!json_object_is_type(sec, json_type_string))
			rc = error_set(err, ERR_INPUT, "'%s': 'sections/%s': expected a base64 string", name, k->name);
		else if (!(d = new_dump(r, k, src, err)))
			rc = -1;
		else if (base64_decode(json_object_get_string(sec), (size_t)json_object_get_string_len(sec), &d->raw))
			rc = error_set(err, ERR_INPUT, "'%s': 'sections/%s': invalid base64", name, k->name);
		else if (!k->detect_bytes(d->raw.buf, d->raw.len))
			rc = error_set(err, ERR_INPUT, "'%s': 'sections/%s': not a %s (no magic number)", name, k->name,
				       k->name);
		else
			rc = 0;
		if (!rc) {
			d->loaded = 1;
			sha256_hex(d->raw.buf, d->raw.len, d->input_sha256);
		}
	} else if (!json_object_is_type(sec, json_type_object)) {
		rc = error_set(err, ERR_INPUT, "'%s': 'sections/%s': expected an object", name, k->name);
	} else {
		struct strbuf raw = STRBUF_INIT;
		char sha[65];

		json_canonical(sec, &raw);
		sha256_hex(raw.buf, raw.len, sha);
		rc = add_json_dump(r, k, src, json_object_get(sec), raw.buf, raw.len, sha, err);
		strbuf_release(&raw);
	}
	free(src);
	return rc;
}

int read_v1(struct input_set *s, const char *name, struct json_object *doc, struct error *err)
{
	struct json_object *v, *secs, *sec;
	struct record_input *r;
	size_t i;

	if (!json_object_object_get_ex(doc, "version", &v) || !json_object_is_type(v, json_type_int))
		return error_set(err, ERR_INPUT, "'%s': 'version': expected an integer", name);
	if (json_object_get_int(v) != 1)
		return error_set(err, ERR_INPUT, "'%s': unknown abidb-dump format version %d (this abidb reads 1)",
				 name, json_object_get_int(v));
	r = new_record(s, name);
	if (v1_identity(r, name, doc, err))
		return -1;
	if (!json_object_object_get_ex(doc, "sections", &secs) || !json_object_is_type(secs, json_type_object))
		return error_set(err, ERR_INPUT, "'%s': 'sections': expected an object", name);
	json_object_object_foreach(secs, key, val) {
		(void)val;
		if (!dump_kind_find(key)) {
			struct strbuf known = STRBUF_INIT;

			dump_kind_names(&known);
			error_set(err, ERR_INPUT, "'%s': 'sections/%s': unknown section (known: %s)", name, key,
				  known.buf);
			strbuf_release(&known);
			return -1;
		}
	}
	for (i = 0; i < DUMP_KINDS; i++)
		if (json_object_object_get_ex(secs, dump_kinds[i].name, &sec) &&
		    v1_section(r, name, &dump_kinds[i], sec, err))
			return -1;
	if (!r->ndumps)
		return error_set(err, ERR_INPUT, "'%s': 'sections': no section to import", name);
	return 0;
}
