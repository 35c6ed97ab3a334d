/* decode.h: decoders turn one kind of raw observation into facts; they know nothing of SQLite. */
#ifndef ABIDB_DECODE_H
#define ABIDB_DECODE_H

#include <stddef.h>
#include <json-c/json.h>

#include "error.h"
#include "facts.h"

/*
 * A snapshot of files, relative path -> bytes, sorted by path.  This is how a
 * guest view travels: read from a folder such as
 * ../shared/data/qemu-7.2.22/pc-q35-7.2/guest, or from the "guest" section of
 * an abidb-dump v1 document.  The filemap owns its paths and data.
 */
struct filemap_entry {
	char *path;	/* e.g. "acpi/DSDT.bin", "pci/0000:00:02.0.config" */
	unsigned char *data;
	size_t len;
};

struct filemap {
	struct filemap_entry *v;
	size_t nr, alloc;
};

#define FILEMAP_INIT { NULL, 0, 0 }
void filemap_init(struct filemap *m);
void filemap_release(struct filemap *m);
/* Add a copy of data under path; keeps the map sorted. */
void filemap_add(struct filemap *m, const char *path, const void *data, size_t len);
/* NULL when absent. */
const struct filemap_entry *filemap_get(const struct filemap *m, const char *path);

/*
 * Guest-view decoders.  Each reads only its own files from `guest` and adds
 * facts to `out`; a missing file is not an error (that source was not
 * collected), a malformed one is (the message names the file and the field
 * or offset).  Return 0 or -1.
 */
int decode_acpi(const struct filemap *guest, struct facts *out, struct error *err);	/* acpi/<SIG>.bin */
/*
 * decode_acpi with a cache of decoded tables (keyed by their bytes) that
 * the caller owns and may keep across snapshots: most tables repeat across
 * machine types and releases, and a hit runs no iasl.  A cache serves one
 * thread at a time; NULL: none.
 */
struct acpi_cache;
struct acpi_cache *acpi_cache_new(void);
void acpi_cache_free(struct acpi_cache *c);
int decode_acpi_cached(const struct filemap *guest, struct acpi_cache *cache, struct facts *out,
		       struct error *err);
int decode_pci(const struct filemap *guest, struct facts *out, struct error *err);	/* pci/<BDF>.config, .json */
int decode_smbios(const struct filemap *guest, struct facts *out, struct error *err);	/* dmi/DMI.bin, dmi/smbios_entry_point.bin */
int decode_cpuinfo(const struct filemap *guest, struct facts *out, struct error *err);	/* cpuinfo.txt */
int decode_cpuid(const struct filemap *guest, struct facts *out, struct error *err);	/* cpuid.txt (abidb-probe) */
int decode_acpi_ns(const struct filemap *guest, struct facts *out, struct error *err);	/* acpi-ns.json (abidb-probe) */
int decode_memmap(const struct filemap *guest, struct facts *out, struct error *err);	/* memmap.json */
int decode_fwcfg(const struct filemap *guest, struct facts *out, struct error *err);	/* fw_cfg/listing.txt, fw_cfg/raw/... */

/*
 * Host-side decoders, on parsed JSON as QEMU (or our collector) wrote it.
 * `doc` is borrowed.
 */
int decode_qom(struct json_object *doc, struct facts *out, struct error *err);		/* qom.json */
/* qmp-misc.json; `machine` picks this machine type's query-machines entry */
int decode_qmp(struct json_object *doc, const char *machine, struct facts *out, struct error *err);
int decode_vmstate(struct json_object *doc, struct facts *out, struct error *err);	/* -dump-vmstate */
int decode_vmdesc(struct json_object *doc, struct facts *out, struct error *err);	/* migration-vmdesc.json */

/* A flattened device tree (-machine M,dumpdtb=FILE), `len` bytes; a malformed one is an error. */
int decode_dtb(const void *blob, size_t len, struct facts *out, struct error *err);	/* machine.dtb */

#endif
