/* decode-pci-cap.c: PCI capabilities (PM, MSI, MSI-X, PCIe) and extended capabilities (AER, ACS, ...) as facts. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode-pci.h"
#include "util.h"

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
	pci_reg(d, k, "pmc", o + 2, 2);
	/* PMCSR is OS-written (power state, PME enable/status); bit 3 is static */
	pci_fact(d, k, "no_soft_reset", "%u", (rd16(d, o + 4) >> 3) & 1);
	pci_cover(d, o + 4, 2);
	pci_reg(d, k, "bridge_ext", o + 6, 1);
	pci_reg(d, k, "data", o + 7, 1);
}

static void cap_msi(struct pcidev *d, const char *k, size_t o)
{
	unsigned ctl = rd16(d, o + 2);
	int is64 = !!(ctl & 0x0080), pvm = !!(ctl & 0x0100);
	size_t size = 4 + (is64 ? 8 : 4) + 4 + (pvm ? 8 : 0);

	pci_fact(d, k, "64bit", "%d", is64);
	pci_fact(d, k, "per_vector_masking", "%d", pvm);
	pci_fact(d, k, "multiple_message_capable", "%u", 1u << ((ctl >> 1) & 7));
	/* all but MSI enable, multiple message enable, extended data enable */
	pci_fact(d, k, "control_static", "0x%04x", ctl & ~0x0471u);
	/* address, data, mask and pending bits are OS-written or runtime */
	pci_cover(d, o + 2, size - 2);
}

static void cap_msix(struct pcidev *d, const char *k, size_t o)
{
	unsigned ctl = rd16(d, o + 2);
	uint32_t t = rd32(d, o + 4), p = rd32(d, o + 8);

	pci_fact(d, k, "table_size", "%u", (ctl & 0x7ff) + 1);
	pci_fact(d, k, "control_static", "0x%04x", ctl & 0x3fff);	/* not enable, function mask */
	pci_fact(d, k, "table_bir", "%" PRIu32, t & 7);
	pci_fact(d, k, "table_offset", "0x%" PRIx32, t & ~7u);
	pci_fact(d, k, "pba_bir", "%" PRIu32, p & 7);
	pci_fact(d, k, "pba_offset", "0x%" PRIx32, p & ~7u);
	pci_cover(d, o + 2, 10);
}

static void cap_pcie(struct pcidev *d, const char *k, size_t o)
{
	unsigned flags = rd16(d, o + 2);
	unsigned ver = flags & 0xf, type = (flags >> 4) & 0xf;
	size_t size;

	d->port_type = type;
	pci_fact(d, k, "version", "%u", ver);
	if (type < ARRAY_SIZE(port_types) && port_types[type])
		pci_fact(d, k, "port_type", "%s", port_types[type]);
	else
		pci_fact(d, k, "port_type", "0x%x", type);
	pci_reg(d, k, "flags", o + 2, 2);
	if (ver >= 2)
		size = 0x3c;
	else if (type == 0x4 || type == 0xa)
		size = 0x24;
	else if (type == 0x6 || (flags & 0x0100))
		size = 0x1c;
	else
		size = 0x14;

	pci_reg(d, k, "devcap", o + 0x04, 4);
	pci_cover(d, o + 0x08, 4);		/* device control, status */
	pci_reg(d, k, "linkcap", o + 0x0c, 4);
	pci_cover(d, o + 0x10, 4);		/* link control, status */
	if (size > 0x14) {
		pci_reg(d, k, "slotcap", o + 0x14, 4);
		pci_cover(d, o + 0x18, 4);	/* slot control, status */
	}
	if (size > 0x1c) {
		pci_cover(d, o + 0x1c, 2);	/* root control */
		pci_reg(d, k, "rootcap", o + 0x1e, 2);
		pci_cover(d, o + 0x20, 4);	/* root status */
	}
	if (size > 0x24) {
		pci_reg(d, k, "devcap2", o + 0x24, 4);
		pci_cover(d, o + 0x28, 4);	/* device control 2, status 2 */
		pci_reg(d, k, "linkcap2", o + 0x2c, 4);
		pci_cover(d, o + 0x30, 4);	/* link control 2, status 2 */
		pci_reg(d, k, "slotcap2", o + 0x34, 4);
		pci_cover(d, o + 0x38, 4);	/* slot control 2, status 2 */
	}
}

static void decode_cap(struct pcidev *d, const char *k, unsigned id, size_t o)
{
	switch (id) {
	case 0x01:
		cap_pm(d, k, o);
		break;
	case 0x03:
		pci_cover(d, o + 2, 6);	/* VPD address/flag and data: an access window */
		break;
	case 0x05:
		cap_msi(d, k, o);
		break;
	case 0x09:
		pci_reg(d, k, "length", o + 2, 1);
		break;
	case 0x0d:
		pci_reg(d, k, "subsystem_vendor", o + 4, 2);
		pci_reg(d, k, "subsystem", o + 6, 2);
		break;
	case 0x10:
		cap_pcie(d, k, o);
		break;
	case 0x11:
		cap_msix(d, k, o);
		break;
	case 0x12:
		pci_reg(d, k, "revision", o + 2, 1);
		pci_reg(d, k, "bar", o + 4, 4);
		break;
	}
}

int pci_walk_caps(struct pcidev *d, struct error *err)
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
		pci_fact(d, k, NULL, "0x%02x", id);
		pci_fact(d, k, "offset", "0x%02zx", o);
		pci_cover(d, o, 2);
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

	pci_cover(d, o + 0x04, 4);		/* uncorrectable status: runtime */
	pci_reg(d, k, "uncor_mask", o + 0x08, 4);
	pci_reg(d, k, "uncor_severity", o + 0x0c, 4);
	pci_cover(d, o + 0x10, 4);		/* correctable status: runtime */
	pci_reg(d, k, "cor_mask", o + 0x14, 4);
	/* capabilities and control: ECRC/multi-header/prefix-log capable bits only */
	pci_fact(d, k, "capabilities", "0x%08" PRIx32, capctl & 0x1aa0);
	pci_cover(d, o + 0x18, 4);
	pci_cover(d, o + 0x1c, 16);		/* header log */
	if (d->port_type == 0x4 || d->port_type == 0xa)
		pci_cover(d, o + 0x2c, 12);	/* root error command, status, source ids */
	if (capctl & 0x0800)
		pci_cover(d, o + 0x38, 16);	/* TLP prefix log */
}

static void decode_ecap(struct pcidev *d, const char *k, unsigned id, size_t o)
{
	switch (id) {
	case 0x01:
		ecap_aer(d, k, o);
		break;
	case 0x03:
		pci_fact(d, k, "serial", "0x%08" PRIx32 "%08" PRIx32, rd32(d, o + 8), rd32(d, o + 4));
		pci_cover(d, o + 4, 8);
		break;
	case 0x0b:
		pci_reg(d, k, "vsec_header", o + 4, 4);
		break;
	case 0x0d: {
		unsigned cap = rd16(d, o + 4);

		pci_reg(d, k, "capabilities", o + 4, 2);
		pci_cover(d, o + 6, 2);	/* ACS control */
		if (cap & 0x0020) {	/* egress control vector: OS-written */
			unsigned bits = (cap >> 8) ? (cap >> 8) : 256;

			pci_cover(d, o + 8, (bits + 31) / 32 * 4);
		}
		break;
	}
	case 0x0e:
	case 0x0f:
	case 0x1b:
		pci_reg(d, k, "capabilities", o + 4, 2);
		pci_cover(d, o + 6, 2);	/* control */
		break;
	case 0x13:
		pci_cover(d, o + 4, 4);	/* PRI control, status */
		pci_reg(d, k, "capacity", o + 8, 4);
		pci_cover(d, o + 0x0c, 4);	/* allocation */
		break;
	case 0x18:
		pci_cover(d, o + 4, 4);	/* max snoop/no-snoop latency: OS-written */
		break;
	case 0x1e:
		pci_reg(d, k, "capabilities", o + 4, 4);
		pci_cover(d, o + 8, 8);	/* L1 PM substates control 1, 2 */
		break;
	case 0x23:
		pci_reg(d, k, "dvsec_header1", o + 4, 4);
		pci_reg(d, k, "dvsec_header2", o + 8, 2);
		break;
	}
}

int pci_walk_ecaps(struct pcidev *d, struct error *err)
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
		pci_fact(d, k, NULL, "0x%04x", id);
		pci_fact(d, k, "offset", "0x%03zx", o);
		pci_fact(d, k, "version", "%u", ver);
		pci_cover(d, o, 4);
		decode_ecap(d, k, id, o);
		free(k);
		from = o;
		o = (h >> 20) & 0xffc;
	}
	return 0;
}

