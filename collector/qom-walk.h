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

/*
 * The same in steps, so that another QEMU of the same command line can read
 * a share of the values (twin.c): qom_walk_tree() lists the tree and fills
 * what QOM defines; the properties left to read are numbered 0 ..
 * qom_walk_nr_gets() - 1 in walk order (/machine's first);
 * qom_walk_values() reads [from, to) with qom-get; qom_walk_take() copies
 * [from, to) from another walk's qom object, only if it has the same
 * objects with the same property names and types (-1, nothing copied,
 * otherwise); qom_walk_done() sets each object's "type" and frees the walk
 * (qom_walk_free() frees it on failure).
 */
struct qom_walk;
int qom_walk_tree(struct qom_walk **w, struct qmp *q, const char *const *roots, enum qom_walk_mode mode,
		  long long deadline_ms, struct json_object *qom, struct error *err);
size_t qom_walk_nr_gets(const struct qom_walk *w);
int qom_walk_values(struct qom_walk *w, struct qmp *q, size_t from, size_t to, long long deadline_ms,
		    struct error *err);
int qom_walk_take(struct qom_walk *w, struct json_object *other, size_t from, size_t to);
void qom_walk_done(struct qom_walk *w);
void qom_walk_free(struct qom_walk *w);

/* The mode ABIDB_QOM_WALK asks for: "every", else fast. */
enum qom_walk_mode qom_walk_mode_from_env(void);

#endif
