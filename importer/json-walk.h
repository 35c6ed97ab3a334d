/* json-walk.h: walking QEMU's migration JSON (vmstate, vmdesc) into facts, with located errors. */
#ifndef ABIDB_JSON_WALK_H
#define ABIDB_JSON_WALK_H

#include <json-c/json.h>
#include <stdint.h>

#include "error.h"
#include "facts.h"
#include "strbuf.h"

/* One walk over one group: facts go to out under group/path; errors name what/loc. */
struct json_walk {
	const char *what;	/* message prefix: "vmstate", "vmdesc" */
	struct facts *out;
	struct error *err;
	const char *group;
	struct strbuf loc;	/* JSON location, for messages */
	struct strbuf path;	/* fact path below the group */
};

/* Counts repeated names within one list so the k-th one becomes "name#k". */
struct name_seen {
	char **names;
	size_t *counts;
	size_t nr, alloc;
};

/* How many times name was seen in this list, counting this one. */
size_t name_seen_count(struct name_seen *ns, const char *name);
void name_seen_release(struct name_seen *ns);
/* "name" for the first occurrence, "name#k" for the k-th; the caller frees it. */
char *unique_name(struct name_seen *ns, const char *name);

/* Append "/seg" (or "/seg[i]"); return the old length to strbuf_setlen() back to. */
size_t walk_push(struct strbuf *sb, const char *seg);
size_t walk_push_index(struct strbuf *sb, const char *seg, size_t i);

/* The value of "after" for the first field of a description. */
#define FIRST_FIELD "(start)"

/*
 * Walk a JSON array of objects (a description's fields or subsections),
 * located as loc_name[i]: each item's segment is its name (name_fn's
 * answer, or else the string member name_key), made unique ("name#k"); fn
 * gets the item, its segment and the segment of the item before it
 * (FIRST_FIELD for the first).  0, or -1 with w->err set.
 */
typedef char *(*walk_name_fn)(struct json_walk *w, struct json_object *item);	/* NULL: error set */
typedef int (*walk_item_fn)(struct json_walk *w, struct json_object *item, const char *seg, const char *prev);
int walk_list(struct json_walk *w, struct json_object *arr, const char *loc_name, const char *name_key,
	      walk_name_fn name_fn, walk_item_fn fn);

/* Append "/sub/<seg>" to w->path (a subsection); return the old length to strbuf_setlen() back to. */
size_t walk_push_sub(struct json_walk *w, const char *seg);

/* Add the fact group/path/leaf = value. */
void walk_emit(struct json_walk *w, const char *leaf, const char *value);
void walk_emit_int(struct json_walk *w, const char *leaf, int64_t v);

/*
 * Look up key in obj, expecting type.  1 found, 0 absent (or null) and not
 * required, -1 with w->err naming the location otherwise.
 */
int walk_get_member(struct json_walk *w, struct json_object *obj, const char *key,
		    enum json_type type, int required, struct json_object **val);
int walk_get_int(struct json_walk *w, struct json_object *obj, const char *key,
		 int required, int64_t *v);

#endif
