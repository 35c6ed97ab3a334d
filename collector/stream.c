/*
 * stream.c: walk a QEMU migration stream (the file collect_vmdesc() migrates the
 * stopped machine into) and read the ARM CPUs' coprocessor register lists.
 *
 * The format, as QEMU 7.2 writes it with default capabilities (no postcopy,
 * multifd, compression, xbzrle or ignore-shared), every integer big-endian:
 *
 *   be32 QEVM magic, be32 version 3
 *   [0x07 QEMU_VM_CONFIGURATION, be32 len, name[len], subsections]
 *   0x01 SECTION_START  be32 id, u8 len, idstr, be32 instance, be32 version, data
 *   0x02 SECTION_PART / 0x03 SECTION_END  be32 id, data
 *   0x04 SECTION_FULL   be32 id, u8 len, idstr, be32 instance, be32 version, fields
 *   [0x7e QEMU_VM_SECTION_FOOTER be32 id] after each section, where the machine sends them
 *   0x00 QEMU_VM_EOF, then 0x06 QEMU_VM_VMDESCRIPTION be32 len, the JSON description
 *
 * A subsection is 0x05, u8 len, name, be32 version, fields.  The RAM section's
 * data is a list of be64 (address | flags) records (ram_load_precopy()):
 * MEM_SIZE (0x04, the total, then u8 len, block id, be64 length per block),
 * ZERO (0x02, one byte), PAGE (0x08, a target page), CONTINUE (0x20: no block
 * id follows), EOS (0x10, the end of this part).  A device section's size is
 * not in the stream: the description gives each field's size and element count
 * (vmstate_save_state_v() records what it wrote), and each subsection it sent.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "stream.h"
#include "util.h"

#define QEVM_MAGIC 0x5145564du
#define VM_EOF 0x00
#define VM_SECTION_START 0x01
#define VM_SECTION_PART 0x02
#define VM_SECTION_END 0x03
#define VM_SECTION_FULL 0x04
#define VM_SUBSECTION 0x05
#define VM_CONFIGURATION 0x07
#define VM_SECTION_FOOTER 0x7e

#define RAM_ZERO 0x02
#define RAM_MEM_SIZE 0x04
#define RAM_PAGE 0x08
#define RAM_EOS 0x10
#define RAM_CONTINUE 0x20

#define MAX_ITERABLE 16

struct reader {
	const unsigned char *b;
	size_t len, pos;
	uint64_t page_size;
	struct error *err;
	int iterable[MAX_ITERABLE];	/* the section ids of "ram" */
	size_t niterable;
};

static int cut(struct reader *r, const char *what)
{
	return error_set(r->err, ERR_INPUT, "stream: cut at byte %zu (of %zu) in %s", r->pos, r->len, what);
}

static int bad(struct reader *r, const char *what)
{
	return error_set(r->err, ERR_INPUT, "stream: %s at byte %zu", what, r->pos);
}

static int need(struct reader *r, uint64_t n, const char *what)
{
	return n > r->len - r->pos ? cut(r, what) : 0;
}

static int get_be(struct reader *r, unsigned bytes, uint64_t *v, const char *what)
{
	unsigned i;

	if (need(r, bytes, what))
		return -1;
	for (*v = 0, i = 0; i < bytes; i++)
		*v = *v << 8 | r->b[r->pos++];
	return 0;
}

static int get8(struct reader *r, unsigned *v, const char *what)
{
	uint64_t x;

	if (get_be(r, 1, &x, what))
		return -1;
	*v = (unsigned)x;
	return 0;
}

static int get32(struct reader *r, uint32_t *v, const char *what)
{
	uint64_t x;

	if (get_be(r, 4, &x, what))
		return -1;
	*v = (uint32_t)x;
	return 0;
}

static int skip(struct reader *r, uint64_t n, const char *what)
{
	if (need(r, n, what))
		return -1;
	r->pos += (size_t)n;
	return 0;
}

/* A u8 length and that many bytes, into buf (NUL-terminated). */
static int get_idstr(struct reader *r, char buf[256], const char *what)
{
	unsigned n;

	if (get8(r, &n, what) || need(r, n, what))
		return -1;
	memcpy(buf, r->b + r->pos, n);
	buf[n] = '\0';
	r->pos += n;
	return 0;
}

static int peek(const struct reader *r)
{
	return r->pos < r->len ? r->b[r->pos] : -1;
}

/* vmstate_configuration: the machine name, then the subsections QEMU 7.2 knows. */
static int read_configuration(struct reader *r)
{
	char name[256];
	uint32_t n, v, i;

	if (get32(r, &n, "the configuration") || skip(r, n, "the configuration's machine name"))
		return -1;
	while (peek(r) == VM_SUBSECTION) {
		r->pos++;
		if (get_idstr(r, name, "a configuration subsection") || get32(r, &v, name))
			return -1;
		if (!strcmp(name, "configuration/target-page-bits")) {
			if (get32(r, &v, name))
				return -1;
			if (v < 9 || v > 20)
				return bad(r, "target page bits out of range");
			r->page_size = (uint64_t)1 << v;
		} else if (!strcmp(name, "configuration/capabilities")) {
			if (get32(r, &n, name))
				return -1;
			for (i = 0; i < n; i++) {
				char cap[256];

				if (get_idstr(r, cap, name))
					return -1;
			}
		} else if (!strcmp(name, "configuration/uuid")) {
			if (skip(r, 16, name))
				return -1;
		} else {
			return error_set(r->err, ERR_INPUT, "stream: unknown configuration subsection '%s' at byte %zu",
					 name, r->pos);
		}
	}
	return 0;
}

/* One part of the RAM section, up to its EOS record (ram_load_precopy()). */
static int read_ram(struct reader *r)
{
	uint64_t rec, flags, total, length;
	char id[256];

	for (;;) {
		if (get_be(r, 8, &rec, "a RAM record"))
			return -1;
		flags = rec & (r->page_size - 1);
		if ((flags & (RAM_ZERO | RAM_PAGE)) && !(flags & RAM_CONTINUE) && get_idstr(r, id, "a RAM block id"))
			return -1;
		switch (flags & ~(uint64_t)RAM_CONTINUE) {
		case RAM_MEM_SIZE:
			for (total = rec & ~(r->page_size - 1); total; total -= length) {
				if (get_idstr(r, id, "the RAM block list") || get_be(r, 8, &length, "the RAM block list"))
					return -1;
				if (!length || length > total)
					return bad(r, "RAM block lengths do not add up to the total");
			}
			break;
		case RAM_ZERO:
			if (skip(r, 1, "a zero page"))
				return -1;
			break;
		case RAM_PAGE:
			if (skip(r, r->page_size, "a RAM page"))
				return -1;
			break;
		case RAM_EOS:
			return 0;
		default:
			return error_set(r->err, ERR_INPUT, "stream: RAM record flags 0x%" PRIx64 " not supported at byte %zu",
					 flags, r->pos - 8);
		}
	}
}

/* The footer QEMU_VM_SECTION_FOOTER with the section's id, where the machine sends one. */
static int read_footer(struct reader *r, uint32_t id)
{
	uint32_t got;

	if (peek(r) != VM_SECTION_FOOTER)
		return 0;
	r->pos++;
	if (get32(r, &got, "a section footer"))
		return -1;
	return got == id ? 0 : bad(r, "a section footer names another section");
}

static int64_t member_int(struct json_object *o, const char *name, int64_t dflt)
{
	struct json_object *v;

	return json_object_object_get_ex(o, name, &v) && json_object_is_type(v, json_type_int) ?
	       json_object_get_int64(v) : dflt;
}

/* A field's bytes: its size times its element count; 0 when either is missing or out of bounds. */
static int field_bytes(struct json_object *f, int64_t *bytes)
{
	int64_t size = member_int(f, "size", -1), n = member_int(f, "array_len", 1);

	if (size < 0 || n < 0 || size > (INT64_C(1) << 40) || n > (INT64_C(1) << 20))
		return 0;
	*bytes = size * n;
	return 1;
}

/*
 * The bytes a description (a device's, or a subsection's) says were sent: each
 * field's size times its element count, and each subsection with its header.
 * -1 when a size is missing or negative.
 */
static int64_t desc_bytes(struct json_object *desc, int depth)
{
	struct json_object *fields, *subs, *name;
	int64_t total = 0, size;
	size_t i;

	if (depth > 16)
		return -1;
	if (json_object_object_get_ex(desc, "fields", &fields) && json_object_is_type(fields, json_type_array))
		for (i = 0; i < json_object_array_length(fields); i++) {
			struct json_object *f = json_object_array_get_idx(fields, i);

			if (!field_bytes(f, &size))
				return -1;
			total += size;
			if (total > (INT64_C(1) << 50))
				return -1;
		}
	if (json_object_object_get_ex(desc, "subsections", &subs) && json_object_is_type(subs, json_type_array))
		for (i = 0; i < json_object_array_length(subs); i++) {
			struct json_object *s = json_object_array_get_idx(subs, i);

			if (!json_object_object_get_ex(s, "vmsd_name", &name) || (size = desc_bytes(s, depth + 1)) < 0)
				return -1;
			total += 1 + 1 + (int64_t)strlen(json_object_get_string(name)) + 4 + size;
			if (total > (INT64_C(1) << 50))
				return -1;
		}
	return total;
}

/* The device description of section (idstr, instance): the next one, else any. */
static struct json_object *find_device(struct json_object *devices, size_t *next, const char *idstr, uint32_t inst)
{
	size_t i, n = json_object_array_length(devices);

	for (i = 0; i < n; i++) {
		size_t k = (*next + i) % n;
		struct json_object *d = json_object_array_get_idx(devices, k), *name;

		if (json_object_object_get_ex(d, "name", &name) && !strcmp(json_object_get_string(name), idstr) &&
		    member_int(d, "instance_id", -1) == inst) {
			*next = k + 1;
			return d;
		}
	}
	return NULL;
}

/* The offset of field `want` in the device's fields, or -1; *f is its description. */
static int64_t field_offset(struct json_object *dev, const char *want, struct json_object **f)
{
	struct json_object *fields, *name;
	int64_t off = 0, bytes;
	size_t i;

	*f = NULL;
	if (!json_object_object_get_ex(dev, "fields", &fields) || !json_object_is_type(fields, json_type_array))
		return -1;
	for (i = 0; i < json_object_array_length(fields); i++) {
		struct json_object *x = json_object_array_get_idx(fields, i);

		if (json_object_object_get_ex(x, "name", &name) && !strcmp(json_object_get_string(name), want)) {
			*f = x;
			return off;
		}
		if (!field_bytes(x, &bytes) || (off += bytes) > (INT64_C(1) << 50))
			return -1;
	}
	return -1;
}

/*
 * The description QEMU appends to a migration stream: QEMU_VM_VMDESCRIPTION
 * (0x06), a big-endian 32-bit length, then that many bytes of JSON, which
 * end the stream.  Found from the end.
 */
struct json_object *stream_find_vmdesc(const char *buf, size_t len)
{
	const unsigned char *b = (const unsigned char *)buf;
	size_t p, stop = len > (64u << 20) ? len - (64u << 20) : 0;
	struct error ignore = ERROR_INIT;
	struct json_object *o;

	if (len < 7)
		return NULL;
	for (p = len - 7; p + 1 > stop; p--) {
		size_t n = (size_t)b[p + 1] << 24 | (size_t)b[p + 2] << 16 | (size_t)b[p + 3] << 8 | b[p + 4];

		if (b[p] == 0x06 && b[p + 5] == '{' && n == len - p - 5 &&
		    !json_parse(buf + p + 5, n, "vmdesc", &o, &ignore)) {
			if (json_object_is_type(o, json_type_object))
				return o;
			json_object_put(o);
		}
		if (!p)
			break;
	}
	return NULL;
}

int stream_has_cpreg(struct json_object *vmdesc)
{
	struct json_object *devices, *fields, *name;
	size_t i, j;

	if (!json_object_object_get_ex(vmdesc, "devices", &devices) || !json_object_is_type(devices, json_type_array))
		return 0;
	for (i = 0; i < json_object_array_length(devices); i++) {
		if (!json_object_object_get_ex(json_object_array_get_idx(devices, i), "fields", &fields) ||
		    !json_object_is_type(fields, json_type_array))
			continue;
		for (j = 0; j < json_object_array_length(fields); j++)
			if (json_object_object_get_ex(json_object_array_get_idx(fields, j), "name", &name) &&
			    !strcmp(json_object_get_string(name), "cpreg_vmstate_indexes"))
				return 1;
	}
	return 0;
}

/*
 * A CPU section at r->pos of `size` bytes: cpreg_vmstate_array_len (int32) and
 * then that many be64 indexes, the list the destination's cpu_post_load()
 * matches against its own.  QEMU keeps it sorted; an unsorted one is an error.
 */
static int read_cpreg(struct reader *r, struct json_object *dev, const char *key, int64_t size,
		      struct json_object *out)
{
	struct json_object *lf, *f, *list;
	int64_t lenoff = field_offset(dev, "cpreg_vmstate_array_len", &lf);
	int64_t off = field_offset(dev, "cpreg_vmstate_indexes", &f);
	int64_t n = member_int(f, "array_len", 1), i;
	uint64_t count, idx, prev = 0;
	struct reader sub = *r;

	if (lenoff < 0 || member_int(lf, "size", 0) != 4 || off != lenoff + 4 || member_int(f, "size", 0) != 8 ||
	    off + 8 * n > size)
		return error_set(r->err, ERR_INPUT, "stream: section '%s': cpreg_vmstate_indexes is not the int32 count "
				 "and be64 list of target/arm/machine.c", key);
	sub.len = r->pos + (size_t)size;
	sub.pos = r->pos + (size_t)lenoff;
	if (get_be(&sub, 4, &count, "cpreg_vmstate_array_len"))
		return -1;
	if ((int64_t)count != n)
		return error_set(r->err, ERR_INPUT, "stream: section '%s': %" PRIu64 " cpreg indexes at byte %zu, the "
				 "description says %" PRId64, key, count, sub.pos - 4, n);
	list = json_object_new_array();
	json_object_object_add(out, key, list);
	for (i = 0; i < n; i++) {
		char hex[24];

		if (get_be(&sub, 8, &idx, "cpreg_vmstate_indexes"))
			return -1;
		if (i && idx <= prev)
			return error_set(r->err, ERR_INPUT, "stream: section '%s': cpreg index %" PRId64 " (0x%016" PRIx64
					 ") not above the one before, at byte %zu", key, i, idx, sub.pos - 8);
		prev = idx;
		snprintf(hex, sizeof(hex), "0x%016" PRIx64, idx);
		json_object_array_add(list, json_object_new_string(hex));
	}
	return 0;
}

/* A SECTION_FULL (a device), its header read: its fields, sized by its description. */
static int read_device(struct reader *r, struct json_object *devices, size_t *next, const char *idstr,
		       uint32_t inst, struct json_object *out)
{
	struct json_object *dev = find_device(devices, next, idstr, inst), *f;
	int64_t size;
	char *key;
	int rc = 0;

	if (!dev)
		return error_set(r->err, ERR_INPUT, "stream: section '%s' instance %" PRIu32 " at byte %zu is not in "
				 "the device description", idstr, inst, r->pos);
	/* old-style save handlers (slirp) have their size in the description; the others add up their fields */
	size = json_object_object_get_ex(dev, "fields", &f) || json_object_object_get_ex(dev, "subsections", &f) ?
	       desc_bytes(dev, 0) : member_int(dev, "size", -1);
	if (size < 0)
		return error_set(r->err, ERR_INPUT, "stream: section '%s': the description gives no size", idstr);
	if (need(r, (uint64_t)size, idstr))
		return -1;
	if (field_offset(dev, "cpreg_vmstate_indexes", &f) >= 0) {
		key = xstrfmt("%s[%" PRIu32 "]", idstr, inst);
		rc = read_cpreg(r, dev, key, size, out);
		free(key);
	}
	r->pos += (size_t)size;
	return rc;
}

static int is_ram(const struct reader *r, uint32_t id)
{
	size_t i;

	for (i = 0; i < r->niterable; i++)
		if (r->iterable[i] == (int)id)
			return 1;
	return 0;
}

static int walk(struct reader *r, struct json_object *devices, struct json_object *out)
{
	uint32_t magic, version, id = 0, inst, ver;
	size_t next = 0;
	char idstr[256];
	unsigned type;

	if (get32(r, &magic, "the header") || get32(r, &version, "the header"))
		return -1;
	if (magic != QEVM_MAGIC)
		return error_set(r->err, ERR_INPUT, "stream: no QEVM magic at byte 0 (0x%08" PRIx32 ")", magic);
	if (version != 3)
		return error_set(r->err, ERR_INPUT, "stream: version %" PRIu32 " (this reader knows 3)", version);
	for (;;) {
		size_t at = r->pos;

		if (get8(r, &type, "a section header"))
			return -1;
		switch (type) {
		case VM_CONFIGURATION:
			if (read_configuration(r))
				return -1;
			continue;
		case VM_EOF:
			return 0;
		case VM_SECTION_START:
		case VM_SECTION_FULL:
			if (get32(r, &id, "a section header") || get_idstr(r, idstr, "a section header") ||
			    get32(r, &inst, idstr) || get32(r, &ver, idstr))
				return -1;
			if (type == VM_SECTION_FULL) {
				if (read_device(r, devices, &next, idstr, inst, out))
					return -1;
				break;
			}
			if (strcmp(idstr, "ram"))
				return error_set(r->err, ERR_INPUT, "stream: iterable section '%s' at byte %zu: only "
						 "'ram' is read", idstr, at);
			if (r->niterable == MAX_ITERABLE)
				return bad(r, "too many iterable sections");
			r->iterable[r->niterable++] = (int)id;
			if (read_ram(r))
				return -1;
			break;
		case VM_SECTION_PART:
		case VM_SECTION_END:
			if (get32(r, &id, "a section header"))
				return -1;
			if (!is_ram(r, id))
				return error_set(r->err, ERR_INPUT, "stream: section id %" PRIu32 " at byte %zu was not "
						 "started", id, at);
			if (read_ram(r))
				return -1;
			break;
		default:
			r->pos = at;
			return error_set(r->err, ERR_INPUT, "stream: unknown section type 0x%02x at byte %zu", type, at);
		}
		if (read_footer(r, id))
			return -1;
	}
}

int stream_cpreg_lists(const unsigned char *buf, size_t len, struct json_object *vmdesc, struct json_object **out,
		       struct error *err)
{
	struct reader r;
	struct json_object *devices, *res;
	int64_t page;

	*out = NULL;
	if (!stream_has_cpreg(vmdesc))
		return 0;
	json_object_object_get_ex(vmdesc, "devices", &devices);
	memset(&r, 0, sizeof(r));
	r.b = buf;
	r.len = len;
	r.err = err;
	page = member_int(vmdesc, "page_size", 4096);
	if (page < 512 || page > (1 << 20) || (page & (page - 1)))
		return error_set(err, ERR_INPUT, "stream: the description's page_size %" PRId64 " is not a page size", page);
	r.page_size = (uint64_t)page;
	res = json_object_new_object();
	if (walk(&r, devices, res)) {
		json_object_put(res);
		return -1;
	}
	if (!json_object_object_length(res)) {
		json_object_put(res);
		return error_set(err, ERR_INPUT, "stream: no CPU section with cpreg_vmstate_indexes before QEMU_VM_EOF");
	}
	*out = res;
	return 0;
}
