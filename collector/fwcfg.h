/* fwcfg.h: QEMU's fw_cfg device read through qtest (DMA or port I/O), and the ACPI table-loader script. */
#ifndef ABIDB_FWCFG_H
#define ABIDB_FWCFG_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "qtest.h"
#include "strbuf.h"

#define FW_CFG_SIGNATURE 0x00
#define FW_CFG_ID 0x01
#define FW_CFG_FILE_DIR 0x19
#define FW_CFG_VERSION_DMA 0x02	/* FW_CFG_ID bit: the DMA interface exists */

struct fwcfg {
	struct qtest *t;
	long long deadline;
	int dma;		/* read by DMA (0x514, or the MMIO DMA register), else byte by byte (0x511) */
	uint32_t id;		/* FW_CFG_ID */
	uint64_t mmio;		/* the MMIO device's base (arm/riscv virt: from the device tree); 0: x86 ports */
	uint64_t ram;		/* guest RAM's base, where DMA descriptors and buffers go */
};

/*
 * Where the fw_cfg device is: mmio 0 for the PC's ports (RAM at 0), else the
 * base of the "qemu,fw-cfg-mmio" device (data at +0, big-endian selector at
 * +8, big-endian DMA address at +16) and the base of guest RAM; beside it
 * the ECAM window of the machine's PCI host, which the same fast path reads.
 */
struct fwcfg_where {
	uint64_t mmio, ram;
	uint64_t ecam;		/* the PCI host's ECAM window ("pci-host-ecam-generic"), 0: none */
};

struct fwcfg_file {
	char name[57];
	uint16_t select;
	uint32_t size;
};

/* Check the "QEMU" signature and read FW_CFG_ID; `where` NULL: the PC's ports. */
int fwcfg_open(struct fwcfg *f, struct qtest *t, const struct fwcfg_where *where, long long deadline_ms,
	       struct error *err);
/* Select `key` and append its first `len` bytes to `out`. */
int fwcfg_read(struct fwcfg *f, uint16_t key, size_t len, struct strbuf *out, struct error *err);
/* The file directory (0x19): *files (caller frees), *n entries. */
int fwcfg_read_dir(struct fwcfg *f, struct fwcfg_file **files, size_t *n, struct error *err);

/* One ACPI table inside etc/acpi/tables. */
struct acpi_span {
	char sig[5];
	char name[12];		/* the name Linux gives it in /sys/firmware/acpi/tables: "DSDT", "SSDT1" */
	size_t off, len;
};

/*
 * Split `tables` (etc/acpi/tables) into its tables with the table-loader
 * script `loader` (etc/table-loader, 128-byte entries): each ADD_CHECKSUM
 * entry on etc/acpi/tables covers one table, and its checksum is computed
 * into `tables` as the firmware does (QEMU leaves the byte 0); the FACS, which has no
 * checksum, is where the FADT's FIRMWARE_CTRL field points (the loader
 * patches that field; its value in the blob is the offset in the blob).
 * RSDT and XSDT are left out, as Linux does not expose them.  The ADD_POINTER
 * patches (addresses the firmware chooses) are not applied: the FADT keeps
 * blob offsets in FIRMWARE_CTRL, DSDT and X_DSDT, and its checksum differs.  Spans are in
 * blob order.  *spans is the caller's to free.  Errors name the entry.
 */
int acpi_split_tables(const unsigned char *loader, size_t llen, unsigned char *tables, size_t tlen,
		      struct acpi_span **spans, size_t *n, struct error *err);

#endif
