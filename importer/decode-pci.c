/* decode-pci.c: guest PCI config spaces and sysfs resources as per-device facts. */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "strbuf.h"
#include "util.h"

#define CFG_STD 256
#define CFG_EXT 4096

/*
 * One device being decoded.  `skip` marks the config bytes that do not go
 * into the config/<row> facts: bytes decoded into named facts and bytes that
 * hold firmware- or OS-written state (masked).  See docs/decoders/guest.md.
 */
struct pcidev {
	const char *file;
	const unsigned char *cfg;
	size_t len;
	unsigned char skip[CFG_EXT];
	const char *group;
	int port_type;		/* PCIe device/port type, -1 if not PCIe */
	struct facts *out;
};

static unsigned rd8(const struct pcidev *d, size_t off)
{
	return off < d->len ? d->cfg[off] : 0;
}

static unsigned rd16(const struct pcidev *d, size_t off)
{
	return rd8(d, off) | rd8(d, off + 1) << 8;
}

static uint32_t rd32(const struct pcidev *d, size_t off)
{
	return rd16(d, off) | (uint32_t)rd16(d, off + 2) << 16;
}

static void cover(struct pcidev *d, size_t off, size_t n)
{
	while (n-- && off < d->len)
		d->skip[off++] = 1;
}

/* sub = prefix "/" name, or prefix alone when name is NULL */
static void fact(struct pcidev *d, const char *prefix, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void fact(struct pcidev *d, const char *prefix, const char *name, const char *fmt, ...)
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
static void reg(struct pcidev *d, const char *prefix, const char *name, size_t off, size_t size)
{
	if (size == 1)
		fact(d, prefix, name, "0x%02x", rd8(d, off));
	else if (size == 2)
		fact(d, prefix, name, "0x%04x", rd16(d, off));
	else
		fact(d, prefix, name, "0x%08" PRIx32, rd32(d, off));
	cover(d, off, size);
}

/* ---- header ---- */

static void decode_header(struct pcidev *d)
{
	unsigned htype = rd8(d, 0x0e) & 0x7f;

	fact(d, "vendor", NULL, "0x%04x", rd16(d, 0x00));
	fact(d, "device", NULL, "0x%04x", rd16(d, 0x02));
	fact(d, "revision", NULL, "0x%02x", rd8(d, 0x08));
	fact(d, "class", NULL, "0x%06" PRIx32, rd32(d, 0x08) >> 8);
	fact(d, "header_type", NULL, "0x%02x", rd8(d, 0x0e));
	fact(d, "bist", NULL, "0x%02x", rd8(d, 0x0f));
	/* status: only the read-only capability bits (cap list, 66MHz, fast b2b, devsel) */
	fact(d, "status_caps", NULL, "0x%04x", rd16(d, 0x06) & 0x06b0);
	fact(d, "interrupt_pin", NULL, "0x%02x", rd8(d, 0x3d));
	fact(d, "config_size", NULL, "%zu", d->len);
	if (htype == 0) {
		fact(d, "subsystem_vendor", NULL, "0x%04x", rd16(d, 0x2c));
		fact(d, "subsystem", NULL, "0x%04x", rd16(d, 0x2e));
		fact(d, "cardbus_cis", NULL, "0x%08" PRIx32, rd32(d, 0x28));
		fact(d, "min_gnt", NULL, "0x%02x", rd8(d, 0x3e));
		fact(d, "max_lat", NULL, "0x%02x", rd8(d, 0x3f));
	} else if (htype == 1) {
		/*
		 * Bridge: bus numbers, secondary latency, windows, secondary
		 * status and bridge control are set by firmware and the OS;
		 * the low nibbles of the I/O and prefetchable bases say
		 * whether the windows are 32/64-bit capable.
		 */
		fact(d, "io_window_caps", NULL, "0x%x", rd8(d, 0x1c) & 0x0f);
		fact(d, "mem_window_caps", NULL, "0x%x", rd16(d, 0x20) & 0x0f);
		fact(d, "pref_window_caps", NULL, "0x%x", rd16(d, 0x24) & 0x0f);
		fact(d, "secondary_status_caps", NULL, "0x%04x", rd16(d, 0x1e) & 0x06a0);
	}
	/* the whole header is either decoded above or masked */
	cover(d, 0, 0x40);
}

/* ---- capabilities ---- */

static const char *const cap_names[] = {
	[0x01] = "pm", [0x02] = "agp", [0x03] = "vpd", [0x04] = "slotid",
	[0x05] = "msi", [0x06] = "chswp", [0x07] = "pcix", [0x08] = "ht",
	[0x09] = "vendor", [0x0a] = "debug", [0x0b] = "ccrc", [0x0c] = "shpc",
	[0x0d] = "ssvid", [0x0e] = "agp3", [0x0f] = "secure", [0x10] = "pcie",
	[0x11] = "msix", [0x12] = "sata", [0x13] = "af", [0x14] = "ea", [0x15] = "fpb",
};

static const char *const ecap_names[] = {
	[0x01] = "aer", [0x02] = "vc", [0x03] = "dsn", [0x04] = "power",
	[0x05] = "rclink", [0x06] = "rcilink", [0x07] = "rcec", [0x08] = "mfvc",
	[0x09] = "vc9", [0x0a] = "rcrb", [0x0b] = "vendor", [0x0c] = "cac",
	[0x0d] = "acs", [0x0e] = "ari", [0x0f] = "ats", [0x10] = "sriov",
	[0x11] = "mriov", [0x12] = "multicast", [0x13] = "pri", [0x14] = "rbar_old",
	[0x15] = "rebar", [0x16] = "dpa", [0x17] = "tph", [0x18] = "ltr",
	[0x19] = "secpcie", [0x1a] = "pmux", [0x1b] = "pasid", [0x1c] = "lnr",
	[0x1d] = "dpc", [0x1e] = "l1ss", [0x1f] = "ptm", [0x20] = "mpcie",
	[0x21] = "frs", [0x22] = "rtr", [0x23] = "dvsec", [0x24] = "vf_rebar",
	[0x25] = "dlf", [0x26] = "pl16", [0x27] = "lmr", [0x28] = "hierid",
	[0x29] = "npem", [0x2a] = "pl32", [0x2b] = "altproto", [0x2c] = "sfi",
	[0x2d] = "doe", [0x2e] = "ide",
};

static const char *const port_types[] = {
	[0x0] = "endpoint", [0x1] = "legacy_endpoint", [0x4] = "root_port",
	[0x5] = "upstream_port", [0x6] = "downstream_port", [0x7] = "pcie_to_pci_bridge",
	[0x8] = "pci_to_pcie_bridge", [0x9] = "rc_integrated_endpoint", [0xa] = "rc_event_collector",
};

/* "cap/msi", or "cap/msi#2" for the second MSI capability; caller frees */
static char *cap_key(const char *area, const char *const *names, size_t nnames,
		     unsigned id, unsigned *seen)
{
	unsigned n = ++seen[id];
	char hex[16];
	const char *name = id < nnames && names[id] ? names[id] : NULL;

	if (!name) {
		snprintf(hex, sizeof(hex), "0x%02x", id);
		name = hex;
	}
	return n > 1 ? xstrfmt("%s/%s#%u", area, name, n) : xstrfmt("%s/%s", area, name);
}

static void cap_pm(struct pcidev *d, const char *k, size_t o)
{
	reg(d, k, "pmc", o + 2, 2);
	/* PMCSR is OS-written (power state, PME enable/status); bit 3 is static */
	fact(d, k, "no_soft_reset", "%u", (rd16(d, o + 4) >> 3) & 1);
	cover(d, o + 4, 2);
	reg(d, k, "bridge_ext", o + 6, 1);
	reg(d, k, "data", o + 7, 1);
}

static void cap_msi(struct pcidev *d, const char *k, size_t o)
{
	unsigned ctl = rd16(d, o + 2);
	int is64 = !!(ctl & 0x0080), pvm = !!(ctl & 0x0100);
	size_t size = 4 + (is64 ? 8 : 4) + 4 + (pvm ? 8 : 0);

	fact(d, k, "64bit", "%d", is64);
	fact(d, k, "per_vector_masking", "%d", pvm);
	fact(d, k, "multiple_message_capable", "%u", 1u << ((ctl >> 1) & 7));
	/* all but MSI enable, multiple message enable, extended data enable */
	fact(d, k, "control_static", "0x%04x", ctl & ~0x0471u);
	/* address, data, mask and pending bits are OS-written or runtime */
	cover(d, o + 2, size - 2);
}

static void cap_msix(struct pcidev *d, const char *k, size_t o)
{
	unsigned ctl = rd16(d, o + 2);
	uint32_t t = rd32(d, o + 4), p = rd32(d, o + 8);

	fact(d, k, "table_size", "%u", (ctl & 0x7ff) + 1);
	fact(d, k, "control_static", "0x%04x", ctl & 0x3fff);	/* not enable, function mask */
	fact(d, k, "table_bir", "%" PRIu32, t & 7);
	fact(d, k, "table_offset", "0x%" PRIx32, t & ~7u);
	fact(d, k, "pba_bir", "%" PRIu32, p & 7);
	fact(d, k, "pba_offset", "0x%" PRIx32, p & ~7u);
	cover(d, o + 2, 10);
}

static void cap_pcie(struct pcidev *d, const char *k, size_t o)
{
	unsigned flags = rd16(d, o + 2);
	unsigned ver = flags & 0xf, type = (flags >> 4) & 0xf;
	size_t size;

	d->port_type = type;
	fact(d, k, "version", "%u", ver);
	if (type < ARRAY_SIZE(port_types) && port_types[type])
		fact(d, k, "port_type", "%s", port_types[type]);
	else
		fact(d, k, "port_type", "0x%x", type);
	reg(d, k, "flags", o + 2, 2);
	if (ver >= 2)
		size = 0x3c;
	else if (type == 0x4 || type == 0xa)
		size = 0x24;
	else if (type == 0x6 || (flags & 0x0100))
		size = 0x1c;
	else
		size = 0x14;

	reg(d, k, "devcap", o + 0x04, 4);
	cover(d, o + 0x08, 4);		/* device control, status */
	reg(d, k, "linkcap", o + 0x0c, 4);
	cover(d, o + 0x10, 4);		/* link control, status */
	if (size > 0x14) {
		reg(d, k, "slotcap", o + 0x14, 4);
		cover(d, o + 0x18, 4);	/* slot control, status */
	}
	if (size > 0x1c) {
		cover(d, o + 0x1c, 2);	/* root control */
		reg(d, k, "rootcap", o + 0x1e, 2);
		cover(d, o + 0x20, 4);	/* root status */
	}
	if (size > 0x24) {
		reg(d, k, "devcap2", o + 0x24, 4);
		cover(d, o + 0x28, 4);	/* device control 2, status 2 */
		reg(d, k, "linkcap2", o + 0x2c, 4);
		cover(d, o + 0x30, 4);	/* link control 2, status 2 */
		reg(d, k, "slotcap2", o + 0x34, 4);
		cover(d, o + 0x38, 4);	/* slot control 2, status 2 */
	}
}

static void decode_cap(struct pcidev *d, const char *k, unsigned id, size_t o)
{
	switch (id) {
	case 0x01:
		cap_pm(d, k, o);
		break;
	case 0x03:
		cover(d, o + 2, 6);	/* VPD address/flag and data: an access window */
		break;
	case 0x05:
		cap_msi(d, k, o);
		break;
	case 0x09:
		reg(d, k, "length", o + 2, 1);
		break;
	case 0x0d:
		reg(d, k, "subsystem_vendor", o + 4, 2);
		reg(d, k, "subsystem", o + 6, 2);
		break;
	case 0x10:
		cap_pcie(d, k, o);
		break;
	case 0x11:
		cap_msix(d, k, o);
		break;
	case 0x12:
		reg(d, k, "revision", o + 2, 1);
		reg(d, k, "bar", o + 4, 4);
		break;
	}
}

static int walk_caps(struct pcidev *d, struct error *err)
{
	unsigned char visited[CFG_STD] = { 0 };
	unsigned seen[256] = { 0 };
	size_t o, from = 0x34;

	if (!(rd16(d, 0x06) & 0x0010))
		return 0;
	o = rd8(d, 0x34) & 0xfc;
	while (o) {
		unsigned id;
		char *k;

		if (o < 0x40 || o > CFG_STD - 4)
			return error_set(err, ERR_INPUT, "'%s': capability pointer 0x%02zx at 0x%02zx out of range",
					 d->file, o, from);
		if (visited[o])
			return error_set(err, ERR_INPUT, "'%s': capability chain loops at 0x%02zx",
					 d->file, o);
		visited[o] = 1;
		id = rd8(d, o);
		k = cap_key("cap", cap_names, ARRAY_SIZE(cap_names), id, seen);
		fact(d, k, NULL, "0x%02x", id);
		fact(d, k, "offset", "0x%02zx", o);
		cover(d, o, 2);
		decode_cap(d, k, id, o);
		free(k);
		from = o + 1;
		o = rd8(d, o + 1) & 0xfc;
	}
	return 0;
}

static void ecap_aer(struct pcidev *d, const char *k, size_t o)
{
	uint32_t capctl = rd32(d, o + 0x18);

	cover(d, o + 0x04, 4);		/* uncorrectable status: runtime */
	reg(d, k, "uncor_mask", o + 0x08, 4);
	reg(d, k, "uncor_severity", o + 0x0c, 4);
	cover(d, o + 0x10, 4);		/* correctable status: runtime */
	reg(d, k, "cor_mask", o + 0x14, 4);
	/* capabilities and control: ECRC/multi-header/prefix-log capable bits only */
	fact(d, k, "capabilities", "0x%08" PRIx32, capctl & 0x1aa0);
	cover(d, o + 0x18, 4);
	cover(d, o + 0x1c, 16);		/* header log */
	if (d->port_type == 0x4 || d->port_type == 0xa)
		cover(d, o + 0x2c, 12);	/* root error command, status, source ids */
	if (capctl & 0x0800)
		cover(d, o + 0x38, 16);	/* TLP prefix log */
}

static void decode_ecap(struct pcidev *d, const char *k, unsigned id, size_t o)
{
	switch (id) {
	case 0x01:
		ecap_aer(d, k, o);
		break;
	case 0x03:
		fact(d, k, "serial", "0x%08" PRIx32 "%08" PRIx32, rd32(d, o + 8), rd32(d, o + 4));
		cover(d, o + 4, 8);
		break;
	case 0x0b:
		reg(d, k, "vsec_header", o + 4, 4);
		break;
	case 0x0d: {
		unsigned cap = rd16(d, o + 4);

		reg(d, k, "capabilities", o + 4, 2);
		cover(d, o + 6, 2);	/* ACS control */
		if (cap & 0x0020) {	/* egress control vector: OS-written */
			unsigned bits = (cap >> 8) ? (cap >> 8) : 256;

			cover(d, o + 8, (bits + 31) / 32 * 4);
		}
		break;
	}
	case 0x0e:
	case 0x0f:
	case 0x1b:
		reg(d, k, "capabilities", o + 4, 2);
		cover(d, o + 6, 2);	/* control */
		break;
	case 0x13:
		cover(d, o + 4, 4);	/* PRI control, status */
		reg(d, k, "capacity", o + 8, 4);
		cover(d, o + 0x0c, 4);	/* allocation */
		break;
	case 0x18:
		cover(d, o + 4, 4);	/* max snoop/no-snoop latency: OS-written */
		break;
	case 0x1e:
		reg(d, k, "capabilities", o + 4, 4);
		cover(d, o + 8, 8);	/* L1 PM substates control 1, 2 */
		break;
	case 0x23:
		reg(d, k, "dvsec_header1", o + 4, 4);
		reg(d, k, "dvsec_header2", o + 8, 2);
		break;
	}
}

static int walk_ecaps(struct pcidev *d, struct error *err)
{
	unsigned char visited[CFG_EXT / 4] = { 0 };
	unsigned seen[256] = { 0 };	/* ids above: no "#2" suffix */
	size_t o = 0x100, from = 0x100;
	uint32_t h;

	if (d->len < CFG_EXT)
		return 0;
	h = rd32(d, 0x100);
	if (!h || h == 0xffffffff)
		return 0;
	while (o) {
		unsigned id, ver;
		char *k;

		if (o < 0x100 || o > CFG_EXT - 4 || (o & 3))
			return error_set(err, ERR_INPUT,
					 "'%s': extended capability pointer 0x%03zx at 0x%03zx out of range",
					 d->file, o, from);
		if (visited[o / 4])
			return error_set(err, ERR_INPUT, "'%s': extended capability chain loops at 0x%03zx",
					 d->file, o);
		visited[o / 4] = 1;
		h = rd32(d, o);
		id = h & 0xffff;
		ver = (h >> 16) & 0xf;
		if (id < ARRAY_SIZE(seen))
			k = cap_key("ecap", ecap_names, ARRAY_SIZE(ecap_names), id, seen);
		else
			k = xstrfmt("ecap/0x%04x", id);
		fact(d, k, NULL, "0x%04x", id);
		fact(d, k, "offset", "0x%03zx", o);
		fact(d, k, "version", "%u", ver);
		cover(d, o, 4);
		decode_ecap(d, k, id, o);
		free(k);
		from = o;
		o = (h >> 20) & 0xffc;
	}
	return 0;
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
	{ 0x8086, 0x7113, 0x40, 4 },	/* PIIX4 PM: PMBA */
	{ 0x8086, 0x7113, 0x80, 1 },	/* PIIX4 PM: PMREGMISC (PM I/O enable) */
	{ 0x8086, 0x7113, 0x90, 4 },	/* PIIX4 PM: SMBBA */
	{ 0x8086, 0x7113, 0xd2, 1 },	/* PIIX4 PM: SMBus host config (enable) */
	{ 0x8086, 0x2918, 0x40, 4 },	/* ICH9 LPC: PMBASE */
	{ 0x8086, 0x2918, 0x44, 1 },	/* ICH9 LPC: ACPI_CNTL (enable, SCI irq) */
	{ 0x8086, 0x2918, 0x60, 4 },	/* ICH9 LPC: PIRQ route A-D */
	{ 0x8086, 0x2918, 0x68, 4 },	/* ICH9 LPC: PIRQ route E-H */
	{ 0x8086, 0x2918, 0xf0, 4 },	/* ICH9 LPC: RCBA */
	{ 0x8086, 0x2930, 0x40, 1 },	/* ICH9 SMBus: HOSTC (enable) */
};

static void mask_fw_regs(struct pcidev *d)
{
	unsigned vendor = rd16(d, 0), device = rd16(d, 2);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fw_regs); i++)
		if (fw_regs[i].vendor == vendor && fw_regs[i].device == device)
			cover(d, fw_regs[i].off, fw_regs[i].len);
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
				fact(d, prefix, "type", "io");
			else if (flags & IORESOURCE_MEM)
				fact(d, prefix, "type", "%s%s",
				     flags & IORESOURCE_MEM_64 ? "mem64" : "mem32",
				     flags & IORESOURCE_PREFETCH ? " prefetchable" : "");
			else
				fact(d, prefix, "type", "0x%" PRIx64, flags);
		}
		fact(d, prefix, "size", "0x%" PRIx64, end - start + 1);
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
	if (walk_caps(d, err) || walk_ecaps(d, err))
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
