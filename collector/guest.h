/* guest.h: the guest view without booting: QEMU's fw_cfg files and PCI config space, read through qtest. */
#ifndef ABIDB_GUEST_H
#define ABIDB_GUEST_H

#include <json-c/json.h>

#include "collect.h"
#include "error.h"

#define GUEST_FAST_METHOD "fw_cfg fast path"

/*
 * The fw_cfg fast path (docs/collect.md): start
 *   QEMU -machine M -accel tcg -S -display none -m 512 -qtest unix:SOCK -qtest-log /dev/null
 * do the PCI config writes the firmware does before it reads etc/acpi/ files,
 * read every fw_cfg file and bus 0's PCI config space, and kill QEMU.
 * *files is the abidb-dump "guest" section ({"path": "base64"}, the layout
 * of a booted guest's folder); *info the collector's note on it:
 * {"method", "command", "fw_cfg_dma", "needs_boot": [reasons]}.  Both the caller's.
 */
int guest_fast(const struct collect_options *o, struct json_object **files, struct json_object **info,
	       struct error *err);

/*
 * The same on a machine whose fw_cfg is an MMIO device (arm and riscv virt,
 * found in the device tree): every fw_cfg file (ACPI, SMBIOS ...), and bus
 * 0's PCI config space through the ECAM window where the tree names one.
 */
struct fwcfg_where;
int guest_fast_mmio(const struct collect_options *o, const struct fwcfg_where *where, struct json_object **files,
		    struct json_object **info, struct error *err);

/* Does the fast path apply to a QEMU of target `arch` (x86: fw_cfg at ports 0x510, PCI at 0xcf8)? */
int guest_fast_applies(const char *arch);

#endif
