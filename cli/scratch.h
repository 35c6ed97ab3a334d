/* scratch.h: a scratch copy of the database, for commands that import without touching the real one. */
#ifndef ABIDB_SCRATCH_H
#define ABIDB_SCRATCH_H

#include <stddef.h>

#include "error.h"
#include "store.h"

/*
 * Copy src (SQLite online backup) into a new temporary file ($TMPDIR or
 * /tmp, "<prefix>-XXXXXX"), whose name goes into path (size bytes), and
 * open it as *out.  The caller closes it and calls scratch_remove().
 */
int scratch_copy(struct store *src, const char *prefix, char *path, size_t size, struct store **out,
		 struct error *err);
/* Remove the copy and its -wal and -shm files. */
void scratch_remove(const char *path);

#endif
