/* stream.h: reading a QEMU 7.2 migration stream: the ARM CPUs' coprocessor register lists. */
#ifndef ABIDB_STREAM_H
#define ABIDB_STREAM_H

#include <stddef.h>
#include <json-c/json.h>

#include "error.h"

/*
 * Walk the migration stream buf[0..len) section by section, as QEMU's
 * loader does (migration/savevm.c, migration/ram.c): the header, the
 * configuration, the RAM section's pages, each device's section sized by
 * the device description `vmdesc` (the stream's own, borrowed), the
 * footers, QEMU_VM_EOF.  From each device section whose description has
 * the field cpreg_vmstate_indexes (target/arm/machine.c's vmstate_arm_cpu)
 * the list is read.
 *
 * Returns 0 and sets *out to {"<name>[<instance>]": ["0x<16 hex digits>", ...]}
 * (a new object, the caller's), or to NULL when no device has such a field
 * (not an ARM CPU); -1 with err set ("stream: ... at byte N") when the stream
 * is cut or is not what the description says.  Never reads past len.
 */
int stream_cpreg_lists(const unsigned char *buf, size_t len, struct json_object *vmdesc, struct json_object **out,
		       struct error *err);

/* The JSON description at the end of the stream (a new object, the caller's), or NULL if it has none. */
struct json_object *stream_find_vmdesc(const char *buf, size_t len);

/* Does the description name a device with a cpreg_vmstate_indexes field? */
int stream_has_cpreg(struct json_object *vmdesc);

#endif
