/* decode-acpins.c: the evaluated ACPI namespace the in-guest probe lists (acpi-ns.json) -> acpi/ns/<path>/... facts. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "strbuf.h"
#include "util.h"

#define NS_FILE "acpi-ns.json"

/*
 * "\_SB_.PCI0.S08_" -> "\_SB.PCI0.S08": the trailing '_' padding of each
 * name segment cut, as iasl prints names (so acpi/ns/\_SB.PCI0 sits beside
 * acpi/DSDT/\_SB.PCI0).  -1 when it is not a namespace path.
 */
static int ns_path(const char *in, struct strbuf *out)
{
	const char *p = in;

	strbuf_reset(out);
	if (*p != '\\')
		return -1;
	strbuf_addch(out, '\\');
	p++;
	while (*p) {
		size_t n = strcspn(p, "."), keep = n;

		if (!n || n > 4)
			return -1;
		while (keep > 1 && p[keep - 1] == '_')
			keep--;
		for (size_t i = 0; i < n; i++)
			if (!isalnum((unsigned char)p[i]) && p[i] != '_')
				return -1;
		strbuf_add(out, p, keep);
		p += n;
		if (*p == '.') {
			p++;
			if (!*p)
				return -1;
			strbuf_addch(out, '.');
		}
	}
	return 0;
}

static const char *member(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static int decode_entry(struct json_object *o, size_t idx, struct facts *out, struct strbuf *group,
			struct error *err)
{
	const char *path = member(o, "path"), *name = member(o, "name"), *v;
	static const char *const keys[] = { "path", "name", "hid", "uid", "adr", "status" };
	char *end;
	unsigned long sta;
	size_t i;

	json_object_object_foreach(o, key, val) {
		for (i = 0; i < ARRAY_SIZE(keys) && strcmp(key, keys[i]); i++)
			;
		if (i == ARRAY_SIZE(keys))
			return error_set(err, ERR_INPUT, "'%s': [%zu]: unknown member '%s'", NS_FILE, idx, key);
		if (!json_object_is_type(val, json_type_string))
			return error_set(err, ERR_INPUT, "'%s': [%zu].%s: expected a string", NS_FILE, idx, key);
	}
	strbuf_reset(group);
	if (path) {
		struct strbuf p = STRBUF_INIT;
		int rc = ns_path(path, &p);

		if (!rc)
			strbuf_addf(group, "acpi/ns/%s", p.buf);
		strbuf_release(&p);
		if (rc)
			return error_set(err, ERR_INPUT, "'%s': [%zu].path: not an ACPI namespace path: '%s'", NS_FILE,
					 idx, path);
	} else if (name && *name && !strchr(name, '/')) {
		/* no namespace node (the fixed power button): the kernel's name, instance number cut */
		strbuf_addf(group, "acpi/ns/%.*s", (int)strcspn(name, ":"), name);
	} else {
		return error_set(err, ERR_INPUT, "'%s': [%zu]: neither 'path' nor 'name'", NS_FILE, idx);
	}
	if ((v = member(o, "hid")))
		facts_add(out, group->buf, "hid", v);
	if ((v = member(o, "uid")))
		facts_add(out, group->buf, "uid", v);
	if ((v = member(o, "adr")))
		facts_add(out, group->buf, "adr", v);
	if ((v = member(o, "status"))) {
		errno = 0;
		sta = strtoul(v, &end, 10);
		if (errno || end == v || *end || sta > 0xffffffffUL)
			return error_set(err, ERR_INPUT, "'%s': [%zu].status: not a number: '%s'", NS_FILE, idx, v);
		facts_addf(out, group->buf, "status", "0x%02lx", sta);
	}
	return 0;
}

int decode_acpi_ns(const struct filemap *guest, struct facts *out, struct error *err)
{
	const struct filemap_entry *e = filemap_get(guest, NS_FILE);
	struct json_tokener *tok = NULL;
	struct json_object *doc = NULL;
	struct strbuf group = STRBUF_INIT;
	size_t i, n;
	int ret = -1;

	if (!e)
		return 0;
	tok = json_tokener_new_ex(8);
	doc = json_tokener_parse_ex(tok, (const char *)e->data, (int)e->len);
	if (!doc || json_tokener_get_error(tok) != json_tokener_success) {
		error_set(err, ERR_INPUT, "'%s': invalid JSON: %s", NS_FILE,
			  json_tokener_get_error(tok) == json_tokener_success ? "unexpected end" :
			  json_tokener_error_desc(json_tokener_get_error(tok)));
		goto out;
	}
	for (i = json_tokener_get_parse_end(tok); i < e->len; i++)
		if (!isspace(e->data[i])) {
			error_set(err, ERR_INPUT, "'%s': trailing data at byte %zu", NS_FILE, i);
			goto out;
		}
	if (!json_object_is_type(doc, json_type_array)) {
		error_set(err, ERR_INPUT, "'%s': expected an array of devices", NS_FILE);
		goto out;
	}
	n = json_object_array_length(doc);
	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_array_get_idx(doc, i);

		if (!json_object_is_type(o, json_type_object)) {
			error_set(err, ERR_INPUT, "'%s': [%zu]: expected an object", NS_FILE, i);
			goto out;
		}
		if (decode_entry(o, i, out, &group, err))
			goto out;
	}
	ret = 0;
out:
	strbuf_release(&group);
	json_object_put(doc);
	json_tokener_free(tok);
	return ret;
}
