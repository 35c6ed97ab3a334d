/* fixup-internal.h: what fixup.c shares with fixup-rename.c: renamed QOM objects, memory-region types. */
#ifndef ABIDB_FIXUP_INTERNAL_H
#define ABIDB_FIXUP_INTERNAL_H

#include <string.h>
#include <sys/types.h>

#include "diff.h"

/* Memory regions follow from their owner: their values are not settable ("qemu:memory-region" before 6.x). */
static inline int fixup_is_region(const char *type)
{
	return type && (!strcmp(type, "memory-region") || !strcmp(type, "qemu:memory-region"));
}

/* An object whose QOM type was renamed between X and Y: the same place under two type names. */
struct renames {
	char **kx, **ky;	/* its key in X, in Y */
	size_t nr;
};

/* Fill r from a QOM properties diff; fixup_renames_release() frees it. */
void fixup_find_renames(const struct diff *props, struct renames *r);
void fixup_renames_release(struct renames *r);
/* The rename whose X (side 0) or Y (side 1) key is key or above it, or -1; *rest: what follows it in key. */
ssize_t fixup_renamed_at(const struct renames *r, int side, const char *key, const char **rest);
/* The entry of kind at path, or NULL. */
const struct diff_entry *fixup_find_entry(const struct diff *d, const char *path, enum entry_kind kind);

/*
 * Is driver one of QEMU's default devices, which a -global naming it drops
 * (vl.c default_driver_check)?  *vga: the -vga model that brings it back, or NULL.
 */
int fixup_default_device(const char *driver, const char **vga);

#endif
