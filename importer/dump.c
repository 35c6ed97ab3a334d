/* dump.c: one dump's life: read lazily, inflated, parsed, decoded through its kind's row, released. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "source.h"
#include "util.h"

void dump_input_release(struct dump_input *d)
{
	free(d->source);
	strbuf_release(&d->given);
	strbuf_release(&d->raw);
	json_object_put(d->json);
	filemap_release(&d->files);
	memset(d, 0, sizeof(*d));
}

int dump_inflate(struct dump_input *d, struct error *err)
{
	const struct dump_kind *k = dump_kind_find(d->kind);

	if (k->flags & DK_FILES) {
		/* the stored form of a file set: {"path": "base64", ...} */
		if (!d->raw.len)
			guest_raw(&d->files, &d->raw);
		return 0;
	}
	if (d->loaded || d->raw.len)
		return 0;
	if (maybe_gunzip(d->given.buf, d->given.len, &d->raw, d->limit, d->source, err))
		return -1;
	if (k->strip)
		k->strip(&d->raw);
	strbuf_release(&d->given);
	return 0;
}

int dump_load(struct dump_input *d, struct error *err)
{
	const struct dump_kind *found;

	if (d->loaded)
		return 0;
	if (dump_kind_find(d->kind)->flags & DK_BINARY) {
		if (dump_inflate(d, err))
			return -1;
		d->loaded = 1;
		return 0;
	}
	if (dump_inflate(d, err) || json_parse(d->raw.buf, d->raw.len, d->source, &d->json, err))
		return -1;
	if (!json_object_is_type(d->json, json_type_object))
		return error_set(err, ERR_INPUT, "'%s': expected a JSON object", d->source);
	found = dump_kind_detect(d->json);
	if (found && strcmp(found->name, d->kind))
		return error_set(err, ERR_INPUT, "'%s': expected %s content, found %s", d->source, d->kind,
				 found->name);
	d->loaded = 1;
	return 0;
}

int decode_dump(struct dump_input *d, const char *machine, struct facts *out, struct error *err)
{
	const struct dump_kind *k = dump_kind_find(d->kind);

	if (!k)
		return error_set(err, ERR_INTERNAL, "no decoder for dump kind '%s'", d->kind);
	if (!(k->flags & DK_FILES) && dump_load(d, err))
		return -1;
	if (k->decode(d, machine, out, err)) {
		if (!strstr(err->msg, d->source))
			error_prefix(err, "'%s'", d->source);
		return -1;
	}
	facts_sort(out);
	return 0;
}

int dump_from_raw(struct dump_input *d, const char *kind, const char *source,
		  const void *raw, size_t len, struct error *err)
{
	const struct dump_kind *k = dump_kind_find(kind);

	memset(d, 0, sizeof(*d));
	strbuf_init(&d->given, 0);
	strbuf_init(&d->raw, 0);
	filemap_init(&d->files);
	d->source = xstrdup(source);
	if (!k)
		return error_set(err, ERR_INPUT, "'%s': unknown dump kind '%s'", source, kind);
	d->kind = k->name;
	d->loaded = 1;
	if (k->flags & DK_FILES) {
		struct json_object *o;
		int rc;

		if (json_parse(raw, len, source, &o, err))
			return -1;
		rc = guest_from_json(d, o, source, err);
		json_object_put(o);
		return rc;
	}
	if (k->flags & DK_BINARY) {
		strbuf_add(&d->raw, raw, len);
		return 0;
	}
	return json_parse(raw, len, source, &d->json, err);
}
