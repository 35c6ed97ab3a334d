/* twin.h: a second host-view QEMU that reads a share of the QOM walk's values (docs/collect.md). */
#ifndef ABIDB_TWIN_H
#define ABIDB_TWIN_H

#include <json-c/json.h>
#include <stddef.h>
#include <sys/types.h>

#include "collect.h"
#include "error.h"

/*
 * QEMU 7.2 spends ~2.4 us of its monitor thread per byte of QMP input, so
 * one QEMU reads the walk's ~1,600 qom-get commands no faster than that
 * thread runs.  The twin is a forked process with a QEMU of the host view's
 * command line (its own socket) that walks the same tree and reads the
 * values from twin_split() on, while the collect process reads those
 * before.  Its values are taken only where its tree is the same (objects,
 * property names and types: qom_walk_take()); otherwise, or when the twin
 * fails, the collect process reads them itself.  So the twin can cost time,
 * never facts.
 */
struct twin {
	pid_t pid;	/* 0: no twin */
	long timeout_s;
};

/* Fork the twin (none with ABIDB_QOM_WALK=every or =single).  Call it before any child is spawned. */
int twin_start(struct twin *t, const struct collect_options *o, struct error *err);
/* Where the twin's share of n values begins. */
size_t twin_split(size_t n);
/* Wait for the twin: 0 and its qom object (the caller's), or -1 when it has none. */
int twin_finish(struct twin *t, struct json_object **qom);
/* Kill and reap the twin, if it runs (its QEMU dies with it). */
void twin_abort(struct twin *t);

#endif
