/* qom-walk.h: the QOM composition tree of a running QEMU over QMP, as qom.json records it (docs/collect.md). */
#ifndef ABIDB_QOM_WALK_H
#define ABIDB_QOM_WALK_H

#include <json-c/json.h>

#include "error.h"

struct qmp;

/* How the walk talks to QEMU. */
enum qom_walk_mode {
	/*
	 * Pipelined, one batch of qom-list per tree level and one batch of
	 * every qom-get; a value QOM defines without reading it is not asked:
	 * a child<T> property's value is its canonical path (PARENT/NAME), an
	 * object's "type" is the T of the child<T> property that holds it.
	 */
	QOM_WALK_FAST,
	/* The reference: every qom-list and qom-get, one command at a time (ABIDB_QOM_WALK=every). */
	QOM_WALK_EVERY,
};

/*
 * Walk `root` and every object below it through child<...> properties and
 * add them to `qom` (an object keyed by QOM path):
 *   {"type": T, "props": {NAME: {"type": PT, "value": V} | {"type": PT, "error": {...}}}}
 * A property QEMU cannot read keeps QEMU's error; a failing qom-list fails
 * the walk.  Paths already in `qom` are not walked again.
 */
int qom_walk(struct qmp *q, const char *const *roots, enum qom_walk_mode mode, long long deadline_ms,
	     struct json_object *qom, struct error *err);

/* The mode ABIDB_QOM_WALK asks for: "every", else fast. */
enum qom_walk_mode qom_walk_mode_from_env(void);

#endif
