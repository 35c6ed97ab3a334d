/* verify.h: fixup --verify: run the target QEMU with a fixup's options and compare what it shows. */
#ifndef ABIDB_VERIFY_H
#define ABIDB_VERIFY_H

#include "error.h"
#include "fixup-verify.h"
#include "fixup.h"
#include "store.h"

/*
 * Check that `qemu` is release f->to (query-version), run it on f->machine
 * with f's options the way `abidb collect` does (host view and the fw_cfg
 * guest view), dropping an option QEMU refuses and running again, import the
 * record into a scratch copy of st and fill v (fixup-verify.h).  -1 with err
 * (and v->error) when it could not run: a version mismatch, QEMU failing for
 * a reason no option explains, or the import.
 */
int verify_fixup(struct store *st, const struct fixup *f, const char *qemu, long timeout_s, struct fixup_verify *v,
		 struct error *err);

#endif
