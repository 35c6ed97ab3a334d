/* decode-smbios.c: the guest's SMBIOS entry point and structure table as facts. */
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "strbuf.h"
#include "util.h"

#define EP_FILE "dmi/smbios_entry_point.bin"
#define DMI_FILE "dmi/DMI.bin"

static unsigned get16(const unsigned char *p)
{
	return p[0] | p[1] << 8;
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get64(const unsigned char *p)
{
	return get32(p) | (uint64_t)get32(p + 4) << 32;
}

static void add_hex(struct strbuf *sb, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		strbuf_addf(sb, "%s%02x", i ? " " : "", p[i]);
}

/*
 * The entry point: what the table looks like, never where it is (the table
 * address is chosen by the firmware) nor its checksums.  The table length
 * and the largest structure size are left out too: they are sums and maxima
 * of the structures below, strings included, so they only echo the lengths
 * of the firmware version and machine type name strings.
 */
static int decode_entry(const struct filemap_entry *e, struct facts *out, struct error *err)
{
	const unsigned char *p = e->data;
	const char *g = "smbios/entry";

	if (e->len >= 0x1f && !memcmp(p, "_SM_", 4)) {
		if (memcmp(p + 0x10, "_DMI_", 5))
			return error_set(err, ERR_INPUT, "'%s': no '_DMI_' anchor at 0x10", EP_FILE);
		facts_add(out, g, "entry_point_type", "32");
		facts_addf(out, g, "version", "%u.%u", p[6], p[7]);
		facts_addf(out, g, "entry_point_length", "%u", p[5]);
		facts_addf(out, g, "revision", "0x%02x", p[0x0a]);
		facts_addf(out, g, "structures", "%u", get16(p + 0x1c));
		facts_addf(out, g, "bcd_revision", "0x%02x", p[0x1e]);
		return 0;
	}
	if (e->len >= 0x18 && !memcmp(p, "_SM3_", 5)) {
		facts_add(out, g, "entry_point_type", "64");
		facts_addf(out, g, "version", "%u.%u", p[7], p[8]);
		facts_addf(out, g, "docrev", "%u", p[9]);
		facts_addf(out, g, "entry_point_length", "%u", p[6]);
		facts_addf(out, g, "revision", "0x%02x", p[0x0a]);
		return 0;
	}
	return error_set(err, ERR_INPUT, "'%s': no '_SM_' or '_SM3_' anchor (or truncated at %zu bytes)",
			 EP_FILE, e->len);
}

enum fkind { F_STR, F_U8, F_U16, F_U32, F_U64, F_HEX, F_UUID };

struct field {
	unsigned char type, off, size;
	enum fkind kind;
	const char *name;
};

/* Named fields of the common structure types (DMTF DSP0134 3.x). */
static const struct field fields[] = {
	/* 0: BIOS information */
	{ 0, 0x04, 1, F_STR, "vendor" },
	{ 0, 0x05, 1, F_STR, "version" },
	{ 0, 0x06, 2, F_U16, "start_segment" },
	{ 0, 0x08, 1, F_STR, "release_date" },
	{ 0, 0x09, 1, F_U8, "rom_size" },
	{ 0, 0x0a, 8, F_U64, "characteristics" },
	{ 0, 0x12, 2, F_HEX, "characteristics_ext" },
	{ 0, 0x14, 1, F_U8, "bios_major_release" },
	{ 0, 0x15, 1, F_U8, "bios_minor_release" },
	{ 0, 0x16, 1, F_U8, "ec_major_release" },
	{ 0, 0x17, 1, F_U8, "ec_minor_release" },
	{ 0, 0x18, 2, F_U16, "rom_size_ext" },
	/* 1: system information */
	{ 1, 0x04, 1, F_STR, "manufacturer" },
	{ 1, 0x05, 1, F_STR, "product" },
	{ 1, 0x06, 1, F_STR, "version" },
	{ 1, 0x07, 1, F_STR, "serial" },
	{ 1, 0x08, 16, F_UUID, "uuid" },
	{ 1, 0x18, 1, F_U8, "wakeup_type" },
	{ 1, 0x19, 1, F_STR, "sku" },
	{ 1, 0x1a, 1, F_STR, "family" },
	/* 3: system enclosure or chassis */
	{ 3, 0x04, 1, F_STR, "manufacturer" },
	{ 3, 0x05, 1, F_U8, "chassis_type" },
	{ 3, 0x06, 1, F_STR, "version" },
	{ 3, 0x07, 1, F_STR, "serial" },
	{ 3, 0x08, 1, F_STR, "asset_tag" },
	{ 3, 0x09, 1, F_U8, "bootup_state" },
	{ 3, 0x0a, 1, F_U8, "power_supply_state" },
	{ 3, 0x0b, 1, F_U8, "thermal_state" },
	{ 3, 0x0c, 1, F_U8, "security_status" },
	{ 3, 0x0d, 4, F_U32, "oem" },
	{ 3, 0x11, 1, F_U8, "height" },
	{ 3, 0x12, 1, F_U8, "power_cords" },
	{ 3, 0x13, 1, F_U8, "contained_count" },
	{ 3, 0x14, 1, F_U8, "contained_length" },
	{ 3, 0x15, 1, F_STR, "sku" },	/* only without contained elements, see below */
	/* 4: processor */
	{ 4, 0x04, 1, F_STR, "socket" },
	{ 4, 0x05, 1, F_U8, "processor_type" },
	{ 4, 0x06, 1, F_U8, "processor_family" },
	{ 4, 0x07, 1, F_STR, "manufacturer" },
	{ 4, 0x08, 8, F_HEX, "processor_id" },
	{ 4, 0x10, 1, F_STR, "version" },
	{ 4, 0x11, 1, F_U8, "voltage" },
	{ 4, 0x12, 2, F_U16, "external_clock" },
	{ 4, 0x14, 2, F_U16, "max_speed" },
	{ 4, 0x16, 2, F_U16, "current_speed" },
	{ 4, 0x18, 1, F_U8, "status" },
	{ 4, 0x19, 1, F_U8, "upgrade" },
	{ 4, 0x1a, 2, F_U16, "l1_cache_handle" },
	{ 4, 0x1c, 2, F_U16, "l2_cache_handle" },
	{ 4, 0x1e, 2, F_U16, "l3_cache_handle" },
	{ 4, 0x20, 1, F_STR, "serial" },
	{ 4, 0x21, 1, F_STR, "asset_tag" },
	{ 4, 0x22, 1, F_STR, "part_number" },
	{ 4, 0x23, 1, F_U8, "core_count" },
	{ 4, 0x24, 1, F_U8, "core_enabled" },
	{ 4, 0x25, 1, F_U8, "thread_count" },
	{ 4, 0x26, 2, F_U16, "characteristics" },
	{ 4, 0x28, 2, F_U16, "processor_family2" },
	{ 4, 0x2a, 2, F_U16, "core_count2" },
	{ 4, 0x2c, 2, F_U16, "core_enabled2" },
	{ 4, 0x2e, 2, F_U16, "thread_count2" },
	/* 16: physical memory array */
	{ 16, 0x04, 1, F_U8, "location" },
	{ 16, 0x05, 1, F_U8, "use" },
	{ 16, 0x06, 1, F_U8, "error_correction" },
	{ 16, 0x07, 4, F_U32, "max_capacity" },
	{ 16, 0x0b, 2, F_U16, "error_info_handle" },
	{ 16, 0x0d, 2, F_U16, "devices" },
	{ 16, 0x0f, 8, F_U64, "max_capacity_ext" },
	/* 17: memory device */
	{ 17, 0x04, 2, F_U16, "array_handle" },
	{ 17, 0x06, 2, F_U16, "error_info_handle" },
	{ 17, 0x08, 2, F_U16, "total_width" },
	{ 17, 0x0a, 2, F_U16, "data_width" },
	{ 17, 0x0c, 2, F_U16, "size" },
	{ 17, 0x0e, 1, F_U8, "form_factor" },
	{ 17, 0x0f, 1, F_U8, "device_set" },
	{ 17, 0x10, 1, F_STR, "device_locator" },
	{ 17, 0x11, 1, F_STR, "bank_locator" },
	{ 17, 0x12, 1, F_U8, "memory_type" },
	{ 17, 0x13, 2, F_U16, "type_detail" },
	{ 17, 0x15, 2, F_U16, "speed" },
	{ 17, 0x17, 1, F_STR, "manufacturer" },
	{ 17, 0x18, 1, F_STR, "serial" },
	{ 17, 0x19, 1, F_STR, "asset_tag" },
	{ 17, 0x1a, 1, F_STR, "part_number" },
	{ 17, 0x1b, 1, F_U8, "attributes" },
	{ 17, 0x1c, 4, F_U32, "extended_size" },
	{ 17, 0x20, 2, F_U16, "configured_speed" },
	{ 17, 0x22, 2, F_U16, "min_voltage" },
	{ 17, 0x24, 2, F_U16, "max_voltage" },
	{ 17, 0x26, 2, F_U16, "configured_voltage" },
	/* 19: memory array mapped address */
	{ 19, 0x04, 4, F_U32, "start_address" },
	{ 19, 0x08, 4, F_U32, "end_address" },
	{ 19, 0x0c, 2, F_U16, "array_handle" },
	{ 19, 0x0e, 1, F_U8, "partition_width" },
	{ 19, 0x0f, 8, F_U64, "start_address_ext" },
	{ 19, 0x17, 8, F_U64, "end_address_ext" },
	/* 32: system boot information */
	{ 32, 0x04, 6, F_HEX, "reserved" },
	{ 32, 0x0a, 1, F_U8, "boot_status" },
};

static int known_type(unsigned t)
{
	return t == 0 || t == 1 || t == 3 || t == 4 || t == 16 || t == 17 || t == 19 ||
	       t == 32 || t == 127;
}

/* The string numbered `n` (1-based) of a string set; NULL if absent. */
static const char *smbios_string(const unsigned char *strs, size_t nstrs_bytes, unsigned n)
{
	const char *s = (const char *)strs;
	const char *end = s + nstrs_bytes;

	while (s < end && *s && n > 1) {
		s += strlen(s) + 1;
		n--;
	}
	return s < end && *s && n == 1 ? s : NULL;
}

static int add_field(struct facts *out, const char *g, const struct field *f,
		     const unsigned char *p, const unsigned char *strs, size_t slen,
		     size_t at, struct error *err)
{
	const unsigned char *v = p + f->off;
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	switch (f->kind) {
	case F_STR:
		if (!*v) {
			facts_add(out, g, f->name, "");
			break;
		}
		s = smbios_string(strs, slen, *v);
		if (!s)
			return error_set(err, ERR_INPUT, "'%s': structure at 0x%zx: %s: no string %u",
					 DMI_FILE, at, f->name, *v);
		facts_add(out, g, f->name, s);
		break;
	case F_U8:
		facts_addf(out, g, f->name, "0x%02x", *v);
		break;
	case F_U16:
		facts_addf(out, g, f->name, "0x%04x", get16(v));
		break;
	case F_U32:
		facts_addf(out, g, f->name, "0x%08" PRIx32, get32(v));
		break;
	case F_U64:
		facts_addf(out, g, f->name, "0x%016" PRIx64, get64(v));
		break;
	case F_HEX:
		add_hex(&sb, v, f->size);
		facts_add(out, g, f->name, sb.buf);
		break;
	case F_UUID:
		/* SMBIOS 2.6+: the first three fields are little-endian */
		facts_addf(out, g, f->name,
			   "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
			   v[3], v[2], v[1], v[0], v[5], v[4], v[7], v[6],
			   v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
		break;
	}
	strbuf_release(&sb);
	return 0;
}

static int decode_structure(struct facts *out, const unsigned char *p, size_t len,
			    const unsigned char *strs, size_t slen, size_t at,
			    unsigned k, struct error *err)
{
	unsigned type = p[0];
	size_t covered = 4, i;
	char *g = xstrfmt("smbios/type%u[%u]", type, k);
	int ret = -1;

	facts_addf(out, g, "handle", "0x%04x", get16(p + 2));
	facts_addf(out, g, "length", "%zu", len);
	for (i = 0; i < ARRAY_SIZE(fields); i++) {
		const struct field *f = &fields[i];

		if (f->type != type || (size_t)f->off + f->size > len)
			continue;
		if (type == 3 && f->off == 0x15 && p[0x13] && p[0x14])
			continue;	/* contained elements come first: leave to raw */
		if (add_field(out, g, f, p, strs, slen, at, err))
			goto out;
		if ((size_t)f->off + f->size > covered)
			covered = f->off + f->size;
	}
	if (covered < len) {
		struct strbuf sb = STRBUF_INIT;

		add_hex(&sb, p + covered, len - covered);
		facts_add(out, g, "raw", sb.buf);
		strbuf_release(&sb);
	}
	if (!known_type(type)) {
		/* strings of an unknown type, in order */
		const char *s = (const char *)strs;
		unsigned n = 1;

		while (s < (const char *)strs + slen && *s) {
			char sub[32];

			snprintf(sub, sizeof(sub), "string%u", n++);
			facts_add(out, g, sub, s);
			s += strlen(s) + 1;
		}
	}
	ret = 0;
out:
	free(g);
	return ret;
}

static int decode_table(const struct filemap_entry *e, struct facts *out, struct error *err)
{
	const unsigned char *d = e->data;
	size_t at = 0;
	unsigned count[256] = { 0 };

	while (at < e->len) {
		size_t len, s, slen;

		if (e->len - at < 4)
			return error_set(err, ERR_INPUT, "'%s': structure header truncated at 0x%zx",
					 DMI_FILE, at);
		len = d[at + 1];
		if (len < 4)
			return error_set(err, ERR_INPUT, "'%s': structure at 0x%zx: length %zu < 4",
					 DMI_FILE, at, len);
		if (len > e->len - at)
			return error_set(err, ERR_INPUT, "'%s': structure at 0x%zx: length %zu runs past the end",
					 DMI_FILE, at, len);
		/* the string set ends with two NULs */
		s = at + len;
		for (;;) {
			if (s + 1 >= e->len)
				return error_set(err, ERR_INPUT, "'%s': structure at 0x%zx: unterminated strings",
						 DMI_FILE, at);
			if (!d[s] && !d[s + 1])
				break;
			s++;
		}
		slen = s + 2 - (at + len);
		if (decode_structure(out, d + at, len, d + at + len, slen, at, count[d[at]]++, err))
			return -1;
		if (d[at] == 127)
			break;	/* end of table; anything after it is padding */
		at = s + 2;
	}
	return 0;
}

int decode_smbios(const struct filemap *guest, struct facts *out, struct error *err)
{
	const struct filemap_entry *ep = filemap_get(guest, EP_FILE);
	const struct filemap_entry *dmi = filemap_get(guest, DMI_FILE);

	if (ep && decode_entry(ep, out, err))
		return -1;
	if (dmi && decode_table(dmi, out, err))
		return -1;
	return 0;
}
