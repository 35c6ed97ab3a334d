/* ident.h: the grammar of identity fields (release, stream, arch, machine type), one check for every entry point. */
#ifndef ABIDB_IDENT_H
#define ABIDB_IDENT_H

#include "error.h"

enum ident_field {
	IDENT_RELEASE,	/* a version: 1 to 4 dotted numbers, then an optional clean suffix ("9.0.0-rc1") */
	IDENT_STREAM,	/* [A-Za-z0-9._-], starting with a letter or digit */
	IDENT_ARCH,	/* the same */
	IDENT_MACHINE	/* the same */
};

#define IDENT_MAX 64	/* bytes, for every field */

/* The field's name as the user writes it ("release", "stream", "arch", "machine"). */
const char *ident_field_name(enum ident_field f);

/*
 * Check `value` (`len` bytes: a NUL inside is refused, not cut) against the
 * field's grammar.  On error sets ERR_INPUT with a message that names the
 * field and quotes the value safely (control bytes escaped, long values cut).
 */
int ident_check(enum ident_field f, const char *value, size_t len, struct error *err);

#endif
