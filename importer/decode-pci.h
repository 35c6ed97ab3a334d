/* decode-pci.h: what the PCI decoder's files (decode-pci.c, decode-pci-cap.c) share: one device being decoded. */
#ifndef ABIDB_DECODE_PCI_H
#define ABIDB_DECODE_PCI_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"

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


static inline unsigned rd8(const struct pcidev *d, size_t off)
{
	return off < d->len ? d->cfg[off] : 0;
}

static inline unsigned rd16(const struct pcidev *d, size_t off)
{
	return rd8(d, off) | rd8(d, off + 1) << 8;
}

static inline uint32_t rd32(const struct pcidev *d, size_t off)
{
	return rd16(d, off) | (uint32_t)rd16(d, off + 2) << 16;
}

/* Mark config bytes [off, off + n) as decoded: they leave the config/<row> facts. */
void pci_cover(struct pcidev *d, size_t off, size_t n);

/* A fact of the device's group: sub = prefix "/" name, or prefix alone when name is NULL. */
void pci_fact(struct pcidev *d, const char *prefix, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A static register: a named fact, and its bytes leave the rows. */
void pci_reg(struct pcidev *d, const char *prefix, const char *name, size_t off, size_t size);

/* decode-pci-cap.c: the capability lists (standard, then extended); a malformed list is an error. */
int pci_walk_caps(struct pcidev *d, struct error *err);
int pci_walk_ecaps(struct pcidev *d, struct error *err);

#endif
