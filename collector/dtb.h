/* dtb.h: the device tree of a machine type, taken with -machine M,dumpdtb=FILE. */
#ifndef ABIDB_DTB_H
#define ABIDB_DTB_H

#include <json-c/json.h>

#include "error.h"

/* Do the machines of QEMU target `arch` (query-target) build a flattened device tree? */
int builds_dtb(const char *arch);

/*
 * Run `QEMU -machine MACHINE_OPT,dumpdtb=FILE -accel tcg -display none`
 * in the child folder (child_setup() done) within timeout_s: *dtb is the
 * packed tree in base64 (a JSON string, the caller's), or NULL when the
 * machine builds none.  A tree that is not valid is an error.  *where is
 * the fw_cfg MMIO device the tree describes and guest RAM's base (mmio 0:
 * none).
 */
struct fwcfg_where;
int collect_dtb(const char *qemu, const char *machine_opt, long timeout_s,
		struct json_object **dtb, struct fwcfg_where *where, struct error *err);

#endif
