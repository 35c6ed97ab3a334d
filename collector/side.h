/* side.h: the QEMU runs of a collect that need no QMP, in a side process beside the host view's walk. */
#ifndef ABIDB_SIDE_H
#define ABIDB_SIDE_H

#include <json-c/json.h>
#include <sys/types.h>

#include "collect.h"
#include "error.h"

/*
 * `QEMU -machine M -dump-vmstate FILE` and the fw_cfg fast path (guest.c)
 * are QEMU processes of their own: a forked side process runs them while
 * the collect process walks the host view over QMP, so that they cost no
 * time of their own on a machine with a core to spare.
 */
struct side {
	pid_t pid;		/* 0: no side process */
	int vmstate, guest;	/* what it collects */
	long timeout_s;
};

/*
 * Fork the side process for what `o` asks (-dump-vmstate unless
 * no_vmstate; the fast guest view unless no_guest or boot); nothing to do,
 * no process.  Call it after child_setup() and before any child is spawned.
 */
int side_start(struct side *s, const struct collect_options *o, struct error *err);

/*
 * Wait for the side process and take its results (each NULL where not
 * collected; the caller's).  Its -dump-vmstate error, as it was set there,
 * is the error here ("vmstate: ..."); the fast guest view's goes to
 * guest_err, for the caller to weigh (it applies to x86 targets only, which
 * the side process does not know when it starts).
 */
int side_finish(struct side *s, struct json_object **vmstate, struct json_object **guest,
		struct json_object **guest_info, struct error *guest_err, struct error *err);

/* Kill and reap the side process, if it runs (its QEMU dies with it). */
void side_abort(struct side *s);

#endif
