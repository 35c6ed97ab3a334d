/* dump-kind.c: the table of dump kinds, and the per-kind hooks that are not decoders. */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "decode.h"
#include "dump-kind.h"
#include "import.h"
#include "source.h"
#include "util.h"

static int has(struct json_object *doc, const char *key)
{
	return json_object_object_get_ex(doc, key, NULL);
}

/* qom: the QOM walk of a stopped machine (qom.json) */

static int detect_qom(struct json_object *doc)
{
	return has(doc, "/machine");
}

static int decode_qom_dump(const struct dump_input *d, const char *machine, struct facts *out,
			   struct error *err)
{
	(void)machine;
	return decode_qom(d->json, out, err);
}

/* qmp: QMP replies (qmp-misc.json), which carry the release and the target */

static int detect_qmp(struct json_object *doc)
{
	return has(doc, "query-version") || has(doc, "query-machines");
}

static int decode_qmp_dump(const struct dump_input *d, const char *machine, struct facts *out,
			   struct error *err)
{
	return decode_qmp(d->json, machine, out, err);
}

/* Identity that QMP replies carry: version, package, arch. */
static int qmp_identity(struct record_input *r, struct json_object *qmp, const char *source,
			struct error *err)
{
	struct json_object *v, *ret, *q;

	(void)source;
	(void)err;
	if (json_object_object_get_ex(qmp, "query-version", &v) &&
	    json_object_object_get_ex(v, "return", &ret) &&
	    json_object_object_get_ex(ret, "qemu", &q)) {
		struct json_object *ma, *mi, *mc;

		if (json_object_object_get_ex(q, "major", &ma) && json_object_object_get_ex(q, "minor", &mi) &&
		    json_object_object_get_ex(q, "micro", &mc)) {
			char *ver = xstrfmt("%d.%d.%d", json_object_get_int(ma), json_object_get_int(mi),
					    json_object_get_int(mc));

			set_if_empty(&r->release, ver);
			free(ver);
		}
		if (!r->package) {
			const char *p = get_str(ret, "package");

			r->package = xstrdup(p ? p : "");
		}
	}
	if (json_object_object_get_ex(qmp, "query-target", &v) &&
	    json_object_object_get_ex(v, "return", &ret))
		set_if_empty(&r->arch, get_str(ret, "arch"));
	return 0;
}

/* The alias / default / deprecated flags of r->machine in query-machines. */
static void qmp_machine_flags(struct record_input *r, struct json_object *qmp)
{
	struct json_object *v, *ret, *b;
	size_t i;

	if (!r->machine || !json_object_object_get_ex(qmp, "query-machines", &v) ||
	    !json_object_object_get_ex(v, "return", &ret) || !json_object_is_type(ret, json_type_array))
		return;
	for (i = 0; i < json_object_array_length(ret); i++) {
		struct json_object *m = json_object_array_get_idx(ret, i);
		const char *name = get_str(m, "name");

		if (!name || strcmp(name, r->machine))
			continue;
		set_if_empty(&r->alias, get_str(m, "alias"));
		if (json_object_object_get_ex(m, "is-default", &b))
			r->is_default = json_object_get_boolean(b);
		if (json_object_object_get_ex(m, "deprecated", &b))
			r->deprecated = json_object_get_boolean(b);
	}
}

/* vmstate: -dump-vmstate, the binary-wide description of every device's migration format */

static int detect_vmstate(struct json_object *doc)
{
	return has(doc, "vmschkmachine");
}

static int decode_vmstate_dump(const struct dump_input *d, const char *machine, struct facts *out,
			       struct error *err)
{
	(void)machine;
	return decode_vmstate(d->json, out, err);
}

static int is_json_space(int c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/*
 * The -dump-vmstate header only names the machine type (which the record
 * says); without it the body is the same for every machine type of a
 * release and is stored once.  Removes '"vmschkmachine": {...},' textually.
 */
static void strip_vmstate_header(struct strbuf *raw)
{
	char *p = raw->buf, *k;
	int in_string = 0;

	/* only as the first member of the document, and only a flat object */
	while (is_json_space(*p))
		p++;
	if (*p++ != '{')
		return;
	while (is_json_space(*p))
		p++;
	if (strncmp(p, "\"vmschkmachine\"", 15))
		return;
	k = p;
	for (p += 15; is_json_space(*p); p++)
		;
	if (*p++ != ':')
		return;
	while (is_json_space(*p))
		p++;
	if (*p != '{')
		return;
	for (p++; *p; p++) {
		if (in_string) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				in_string = 0;
		} else if (*p == '"') {
			in_string = 1;
		} else if (*p == '{' || *p == '[') {
			return;
		} else if (*p == '}') {
			break;
		}
	}
	if (*p != '}')
		return;
	for (p++; is_json_space(*p); p++)
		;
	if (*p != ',')
		return;
	for (p++; is_json_space(*p); p++)
		;
	memmove(k, p, raw->len - (size_t)(p - raw->buf) + 1);
	raw->len -= (size_t)(p - k);
}

/* The machine type the -dump-vmstate header names. */
static int vmstate_identity(struct record_input *r, struct json_object *doc, const char *source,
			    struct error *err)
{
	struct json_object *hdr;
	const char *name;

	if (!json_object_object_get_ex(doc, "vmschkmachine", &hdr))
		return 0;
	name = get_str(hdr, "Name");
	if (!name)
		return error_set(err, ERR_INPUT, "'%s': 'vmschkmachine/Name': expected a string", source);
	set_if_empty(&r->machine, name);
	return 0;
}

/* The machine name in a (possibly gzipped) -dump-vmstate header, from its first 4 KiB only. */
static char *peek_vmstate_name(const struct strbuf *given)
{
	unsigned char head[4097];
	const unsigned char *p = (const unsigned char *)given->buf;
	char *name = NULL, *k, *q, *e;
	size_t n;

	if (given->len >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
		z_stream zs;

		memset(&zs, 0, sizeof(zs));
		if (inflateInit2(&zs, 15 + 32) != Z_OK)
			return NULL;
		zs.next_in = (unsigned char *)p;
		zs.avail_in = (unsigned)given->len;
		zs.next_out = head;
		zs.avail_out = sizeof(head) - 1;
		inflate(&zs, Z_SYNC_FLUSH);
		n = sizeof(head) - 1 - zs.avail_out;
		inflateEnd(&zs);
	} else {
		n = given->len < sizeof(head) - 1 ? given->len : sizeof(head) - 1;
		memcpy(head, p, n);
	}
	head[n] = '\0';
	k = strstr((char *)head, "\"vmschkmachine\"");
	if (k && k - (char *)head < 64 && (q = strstr(k, "\"Name\"")) && (q = strchr(q + 6, '"')) &&
	    (e = strchr(q + 1, '"')))
		name = xstrndup(q + 1, (size_t)(e - q - 1));
	return name;
}

/* vmdesc: the migration stream's device description (migration-vmdesc.json) */

static int detect_vmdesc(struct json_object *doc)
{
	return has(doc, "vmdesc") || (has(doc, "status") && (has(doc, "error") || has(doc, "stream_bytes")));
}

static int decode_vmdesc_dump(const struct dump_input *d, const char *machine, struct facts *out,
			      struct error *err)
{
	(void)machine;
	return decode_vmdesc(d->json, out, err);
}

/* guest: the files a booted guest sees (ACPI, PCI, SMBIOS, cpuinfo, memory map, fw_cfg) */

typedef int (*guest_decoder)(const struct filemap *, struct facts *, struct error *);

/* The guest view's decoders after ACPI (which may use a cache), one per source inside the guest folder. */
static const guest_decoder guest_decoders[] = {
	decode_acpi_ns, decode_pci, decode_smbios, decode_cpuinfo, decode_cpuid, decode_memmap, decode_fwcfg,
};

static int decode_guest_dump(const struct dump_input *d, const char *machine, struct facts *out,
			     struct error *err)
{
	size_t i;
	int rc = 0;

	(void)machine;
	rc = decode_acpi_cached(&d->files, d->acpi, out, err);
	for (i = 0; i < ARRAY_SIZE(guest_decoders) && !rc; i++)
		rc = guest_decoders[i](&d->files, out, err);
	return rc;
}

/* dtb: the flattened device tree the machine builds (-machine M,dumpdtb=FILE) */

static int detect_dtb(const void *buf, size_t len)
{
	const unsigned char *p = buf;

	/* FDT_MAGIC, big-endian */
	return len >= 40 && p[0] == 0xd0 && p[1] == 0x0d && p[2] == 0xfe && p[3] == 0xed;
}

static int decode_dtb_dump(const struct dump_input *d, const char *machine, struct facts *out,
			   struct error *err)
{
	(void)machine;
	return decode_dtb(d->raw.buf, d->raw.len, out, err);
}

static const char *const qom_files[] = { "qom.json", NULL };
static const char *const qmp_files[] = { "qmp-misc.json", NULL };
static const char *const vmstate_files[] = { "vmstate.json", "vmstate.json.gz", NULL };
static const char *const vmdesc_files[] = { "migration-vmdesc.json", "migration-vmdesc.json.gz", NULL };
static const char *const guest_files[] = { "guest", NULL };
static const char *const dtb_files[] = { "machine.dtb", "machine.dtb.gz", NULL };

const struct dump_kind dump_kinds[] = {
	{ .name = "qom", .files = qom_files, .detect = detect_qom, .decode = decode_qom_dump },
	{ .name = "qmp", .flags = DK_IDENTITY, .files = qmp_files, .detect = detect_qmp,
	  .decode = decode_qmp_dump, .identity = qmp_identity, .machine_flags = qmp_machine_flags },
	{ .name = "vmstate", .flags = DK_SHARED, .files = vmstate_files, .detect = detect_vmstate,
	  .decode = decode_vmstate_dump, .strip = strip_vmstate_header, .identity = vmstate_identity,
	  .peek_machine = peek_vmstate_name },
	{ .name = "vmdesc", .files = vmdesc_files, .detect = detect_vmdesc, .decode = decode_vmdesc_dump },
	{ .name = "guest", .flags = DK_FILES, .files = guest_files, .decode = decode_guest_dump },
	{ .name = "dtb", .flags = DK_BINARY, .files = dtb_files, .detect_bytes = detect_dtb,
	  .decode = decode_dtb_dump },
};
_Static_assert(ARRAY_SIZE(dump_kinds) == DUMP_KINDS, "DUMP_KINDS is the number of rows of dump_kinds[]");

const struct dump_kind *dump_kind_find(const char *name)
{
	size_t i;

	for (i = 0; i < DUMP_KINDS; i++)
		if (!strcmp(dump_kinds[i].name, name))
			return &dump_kinds[i];
	return NULL;
}

const struct dump_kind *dump_kind_detect_bytes(const void *buf, size_t len)
{
	size_t i;

	for (i = 0; i < DUMP_KINDS; i++)
		if (dump_kinds[i].detect_bytes && dump_kinds[i].detect_bytes(buf, len))
			return &dump_kinds[i];
	return NULL;
}

const struct dump_kind *dump_kind_detect(struct json_object *doc)
{
	size_t i;

	if (!json_object_is_type(doc, json_type_object))
		return NULL;
	for (i = 0; i < DUMP_KINDS; i++)
		if (dump_kinds[i].detect && dump_kinds[i].detect(doc))
			return &dump_kinds[i];
	return NULL;
}

void dump_kind_names(struct strbuf *out)
{
	size_t i;

	for (i = 0; i < DUMP_KINDS; i++)
		strbuf_addf(out, "%s%s", i ? ", " : "", dump_kinds[i].name);
}
