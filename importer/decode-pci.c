/* decode-pci.c: guest PCI config spaces and sysfs resources as per-device facts. */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode-pci.h"
#include "strbuf.h"
#include "util.h"


void pci_cover(struct pcidev *d, size_t off, size_t n)
{
	while (n-- && off < d->len)
		d->skip[off++] = 1;
}

void pci_fact(struct pcidev *d, const char *prefix, const char *name, const char *fmt, ...)
{
	struct strbuf sub = STRBUF_INIT, val = STRBUF_INIT;
	va_list ap;

	strbuf_addstr(&sub, prefix);
	if (name) {
		strbuf_addch(&sub, '/');
		strbuf_addstr(&sub, name);
	}
	va_start(ap, fmt);
	strbuf_vaddf(&val, fmt, ap);
	va_end(ap);
	facts_add(d->out, d->group, sub.buf, val.buf);
	strbuf_release(&sub);
	strbuf_release(&val);
}

/* A static register: a named fact, and its bytes leave the rows. */
void pci_reg(struct pcidev *d, const char *prefix, const char *name, size_t off, size_t size)
{
	if (size == 1)
		pci_fact(d, prefix, name, "0x%02x", rd8(d, off));
	else if (size == 2)
		pci_fact(d, prefix, name, "0x%04x", rd16(d, off));
	else
		pci_fact(d, prefix, name, "0x%08" PRIx32, rd32(d, off));
	pci_cover(d, off, size);
}

/* ---- header ---- */

static void decode_header(struct pcidev *d)
{
	unsigned htype = rd8(d, 0x0e) & 0x7f;

	pci_fact(d, "vendor", NULL, "0x%04x", rd16(d, 0x00));
	pci_fact(d, "device", NULL, "0x%04x", rd16(d, 0x02));
	pci_fact(d, "revision", NULL, "0x%02x", rd8(d, 0x08));
	pci_fact(d, "class", NULL, "0x%06" PRIx32, rd32(d, 0x08) >> 8);
	pci_fact(d, "header_type", NULL, "0x%02x", rd8(d, 0x0e));
	pci_fact(d, "bist", NULL, "0x%02x", rd8(d, 0x0f));
	/* status: only the read-only capability bits (cap list, 66MHz, fast b2b, devsel) */
	pci_fact(d, "status_caps", NULL, "0x%04x", rd16(d, 0x06) & 0x06b0);
	pci_fact(d, "interrupt_pin", NULL, "0x%02x", rd8(d, 0x3d));
	pci_fact(d, "config_size", NULL, "%zu", d->len);
	if (htype == 0) {
		pci_fact(d, "subsystem_vendor", NULL, "0x%04x", rd16(d, 0x2c));
		pci_fact(d, "subsystem", NULL, "0x%04x", rd16(d, 0x2e));
		pci_fact(d, "cardbus_cis", NULL, "0x%08" PRIx32, rd32(d, 0x28));
		pci_fact(d, "min_gnt", NULL, "0x%02x", rd8(d, 0x3e));
		pci_fact(d, "max_lat", NULL, "0x%02x", rd8(d, 0x3f));
	} else if (htype == 1) {
		/*
		 * Bridge: bus numbers, secondary latency, windows, secondary
		 * status and bridge control are set by firmware and the OS;
		 * the low nibbles of the I/O and prefetchable bases say
		 * whether the windows are 32/64-bit capable.
		 */
		pci_fact(d, "io_window_caps", NULL, "0x%x", rd8(d, 0x1c) & 0x0f);
		pci_fact(d, "mem_window_caps", NULL, "0x%x", rd16(d, 0x20) & 0x0f);
		pci_fact(d, "pref_window_caps", NULL, "0x%x", rd16(d, 0x24) & 0x0f);
		pci_fact(d, "secondary_status_caps", NULL, "0x%04x", rd16(d, 0x1e) & 0x06a0);
	}
	/* the whole header is either decoded above or masked */
	pci_cover(d, 0, 0x40);
}

/* ---- chipset registers that the firmware programs ---- */

/*
 * Device-specific config registers written by the firmware (SeaBIOS): memory
 * routing (PAM, SMRAM), base addresses it assigns (PCIEXBAR, PMBASE, SMBus
 * base, RCBA), interrupt routing (PIRQ) and enables.  They say what the
 * firmware did, not what the machine offers; SeaBIOS 1.16.3 programs PAM
 * differently from 1.16.2, for example.
 */
static const struct {
	uint16_t vendor, device;
	uint8_t off, len;
} fw_regs[] = {
	{ 0x8086, 0x1237, 0x59, 7 },	/* i440FX: PAM0-6 */
	{ 0x8086, 0x1237, 0x72, 1 },	/* i440FX: SMRAM */
	{ 0x8086, 0x29c0, 0x60, 8 },	/* Q35 MCH: PCIEXBAR */
	{ 0x8086, 0x29c0, 0x90, 7 },	/* Q35 MCH: PAM0-6 */
	{ 0x8086, 0x29c0, 0x9d, 2 },	/* Q35 MCH: SMRAM, ESMRAMC */
	{ 0x8086, 0x7000, 0x60, 4 },	/* PIIX3: PIRQ route A-D */
	{ 0x8086, 0x7000, 0x82, 1 },	/* PIIX3: DLC (Linux's passive-release quirk) */
	{ 0x8086, 0x7010, 0x40, 4 },	/* PIIX3 IDE: IDETIM primary, secondary */
	{ 0x8086, 0x7113, 0x40, 4 },	/* PIIX4 PM: PMBA */
	{ 0x8086, 0x7113, 0x58, 4 },	/* PIIX4 PM: DEVACTB (APMC_EN) */
	{ 0x8086, 0x7113, 0x80, 1 },	/* PIIX4 PM: PMREGMISC (PM I/O enable) */
	{ 0x8086, 0x7113, 0x90, 4 },	/* PIIX4 PM: SMBBA */
	{ 0x8086, 0x7113, 0xd2, 1 },	/* PIIX4 PM: SMBus host config (enable) */
	{ 0x8086, 0x2918, 0x40, 4 },	/* ICH9 LPC: PMBASE */
	{ 0x8086, 0x2918, 0x44, 1 },	/* ICH9 LPC: ACPI_CNTL (enable, SCI irq) */
	{ 0x8086, 0x2918, 0x60, 4 },	/* ICH9 LPC: PIRQ route A-D */
	{ 0x8086, 0x2918, 0x68, 4 },	/* ICH9 LPC: PIRQ route E-H */
	{ 0x8086, 0x2918, 0xa0, 1 },	/* ICH9 LPC: GEN_PMCON_1 (SMI_LOCK) */
	{ 0x8086, 0x2918, 0xf0, 4 },	/* ICH9 LPC: RCBA */
	{ 0x8086, 0x2930, 0x40, 1 },	/* ICH9 SMBus: HOSTC (enable) */
};

static void mask_fw_regs(struct pcidev *d)
{
	unsigned vendor = rd16(d, 0), device = rd16(d, 2);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fw_regs); i++)
		if (fw_regs[i].vendor == vendor && fw_regs[i].device == device)
			pci_cover(d, fw_regs[i].off, fw_regs[i].len);
}

/* ---- remaining bytes ---- */

static void add_rows(struct pcidev *d)
{
	size_t r, i;

	for (r = 0x40; r < d->len; r += 16) {
		struct strbuf sb = STRBUF_INIT;
		int any = 0;
		char key[32];

		for (i = r; i < r + 16; i++) {
			if (d->skip[i]) {
				strbuf_addstr(&sb, i > r ? " .." : "..");
				continue;
			}
			strbuf_addf(&sb, i > r ? " %02x" : "%02x", d->cfg[i]);
			any |= d->cfg[i] != 0;
		}
		if (any) {
			snprintf(key, sizeof(key), r < 0x100 ? "config/0x%02zx" : "config/0x%03zx", r);
			facts_add(d->out, d->group, key, sb.buf);
		}
		strbuf_release(&sb);
	}
}

/* ---- sysfs resources ---- */

#define IORESOURCE_IO		0x00000100
#define IORESOURCE_MEM		0x00000200
#define IORESOURCE_PREFETCH	0x00002000
#define IORESOURCE_MEM_64	0x00100000

static int parse_u64(const char *s, char **end, uint64_t *v)
{
	unsigned long long x;

	errno = 0;
	x = strtoull(s, end, 0);
	if (errno || *end == s)
		return -1;
	*v = x;
	return 0;
}

static int decode_resources(struct pcidev *d, const char *jpath, const struct filemap_entry *je,
			    struct error *err)
{
	struct json_tokener *tok = json_tokener_new();
	struct json_object *doc, *res;
	int ret = -1;
	size_t i, n;

	doc = json_tokener_parse_ex(tok, (const char *)je->data, (int)je->len);
	if (!doc || json_tokener_get_error(tok) != json_tokener_success) {
		error_set(err, ERR_INPUT, "'%s': invalid JSON", jpath);
		goto out;
	}
	if (!json_object_is_type(doc, json_type_object)) {
		error_set(err, ERR_INPUT, "'%s': expected an object", jpath);
		goto out;
	}
	if (!json_object_object_get_ex(doc, "resource", &res)) {
		ret = 0;
		goto out;
	}
	if (!json_object_is_type(res, json_type_array)) {
		error_set(err, ERR_INPUT, "'%s': resource: expected an array", jpath);
		goto out;
	}
	n = json_object_array_length(res);
	/* 0-5: BARs, 6: expansion ROM; later ones are bridge windows (firmware-sized) */
	for (i = 0; i < n && i <= 6; i++) {
		struct json_object *line = json_object_array_get_idx(res, i);
		uint64_t start, end, flags;
		const char *s;
		char *p, prefix[16];

		if (!json_object_is_type(line, json_type_string)) {
			error_set(err, ERR_INPUT, "'%s': resource[%zu]: expected a string", jpath, i);
			goto out;
		}
		s = json_object_get_string(line);
		if (parse_u64(s, &p, &start) || parse_u64(p, &p, &end) ||
		    parse_u64(p, &p, &flags) || *p) {
			error_set(err, ERR_INPUT, "'%s': resource[%zu]: expected 'start end flags'",
				  jpath, i);
			goto out;
		}
		if (!flags && !start && !end)
			continue;
		if (end < start) {
			error_set(err, ERR_INPUT, "'%s': resource[%zu]: end before start", jpath, i);
			goto out;
		}
		if (i == 6) {
			snprintf(prefix, sizeof(prefix), "rom");
		} else {
			snprintf(prefix, sizeof(prefix), "bar%zu", i);
			if (flags & IORESOURCE_IO)
				pci_fact(d, prefix, "type", "io");
			else if (flags & IORESOURCE_MEM)
				pci_fact(d, prefix, "type", "%s%s",
				     flags & IORESOURCE_MEM_64 ? "mem64" : "mem32",
				     flags & IORESOURCE_PREFETCH ? " prefetchable" : "");
			else
				pci_fact(d, prefix, "type", "0x%" PRIx64, flags);
		}
		pci_fact(d, prefix, "size", "0x%" PRIx64, end - start + 1);
	}
	ret = 0;
out:
	if (doc)
		json_object_put(doc);
	json_tokener_free(tok);
	return ret;
}

/* ---- driver ---- */

static int decode_device(const struct filemap *guest, const struct filemap_entry *e,
			 struct facts *out, struct error *err)
{
	struct pcidev *d = xcalloc(1, sizeof(*d));
	const char *bdf = e->path + strlen("pci/");
	size_t bdflen = strlen(bdf) - strlen(".config");
	char *jpath = xstrfmt("pci/%.*s.json", (int)bdflen, bdf);
	char *group;
	const struct filemap_entry *je;
	int ret = -1;

	if (bdflen > 5 && !strncmp(bdf, "0000:", 5)) {
		bdf += 5;
		bdflen -= 5;
	}
	group = xstrfmt("pci/%.*s", (int)bdflen, bdf);
	d->file = e->path;
	d->cfg = e->data;
	d->len = e->len;
	d->group = group;
	d->port_type = -1;
	d->out = out;
	if (e->len != CFG_STD && e->len != CFG_EXT) {
		error_set(err, ERR_INPUT, "'%s': config space is %zu bytes, expected 256 or 4096",
			  e->path, e->len);
		goto out;
	}
	if (rd16(d, 0) == 0xffff || !rd16(d, 0)) {
		error_set(err, ERR_INPUT, "'%s': vendor id 0x%04x at 0x00: no device", e->path, rd16(d, 0));
		goto out;
	}
	decode_header(d);
	if (pci_walk_caps(d, err) || pci_walk_ecaps(d, err))
		goto out;
	mask_fw_regs(d);
	add_rows(d);
	je = filemap_get(guest, jpath);
	if (je && decode_resources(d, jpath, je, err))
		goto out;
	ret = 0;
out:
	free(jpath);
	free(group);
	free(d);
	return ret;
}

int decode_pci(const struct filemap *guest, struct facts *out, struct error *err)
{
	size_t i;

	for (i = 0; i < guest->nr; i++) {
		const struct filemap_entry *e = &guest->v[i];

		if (!starts_with(e->path, "pci/") || !ends_with(e->path, ".config") ||
		    strchr(e->path + 4, '/') || strlen(e->path) <= strlen("pci/.config"))
			continue;
		if (decode_device(guest, e, out, err))
			return -1;
	}
	return 0;
}
