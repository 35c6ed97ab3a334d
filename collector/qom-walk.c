/*
 * qom-walk.c: the QOM composition tree over QMP (see qom-walk.h).
 *
 * QEMU 7.2's QMP monitor reads its socket one byte per read() (monitor_can_read()
 * returns 1), about 2.4 us of its I/O thread per byte: the walk's cost is the bytes
 * it sends, not the round trips.  So the fast walk sends fewer commands (no
 * qom-get for what QOM defines: child<T> values, the "type" of a child) and never
 * leaves QEMU idle waiting for us (every command of a level pipelined).
 */
#include <stdlib.h>
#include <string.h>

#include "qmp.h"
#include "qom-walk.h"
#include "util.h"

struct node {
	char *path;
	char *hint;			/* T of the child<T> property holding it; NULL for a root */
	struct json_object *entry;	/* borrowed: lives in the qom object */
};

struct nodes {
	struct node *v;
	size_t nr, alloc;
};

struct get {
	size_t node;			/* whose property: an index into the walked nodes */
	struct json_object *prop;	/* borrowed: {"type": PT}, gains "value" or "error" */
	const char *name;		/* borrowed from the qom-list reply */
};

static void add_node(struct nodes *n, char *path, char *hint)
{
	if (n->nr == n->alloc) {
		n->alloc = n->alloc ? 2 * n->alloc : 64;
		n->v = xrealloc(n->v, n->alloc * sizeof(*n->v));
	}
	n->v[n->nr].path = path;
	n->v[n->nr].hint = hint;
	n->v[n->nr].entry = NULL;
	n->nr++;
}

static void free_nodes(struct nodes *n)
{
	size_t i;

	for (i = 0; i < n->nr; i++) {
		free(n->v[i].path);
		free(n->v[i].hint);
	}
	free(n->v);
	memset(n, 0, sizeof(*n));
}

enum qom_walk_mode qom_walk_mode_from_env(void)
{
	const char *m = getenv("ABIDB_QOM_WALK");

	return m && !strcmp(m, "every") ? QOM_WALK_EVERY : QOM_WALK_FAST;
}

static struct json_object *path_args(const char *path, const char *property)
{
	struct json_object *a = json_object_new_object();

	json_object_object_add(a, "path", json_object_new_string(path));
	if (property)
		json_object_object_add(a, "property", json_object_new_string(property));
	return a;
}

/* Fast: all at once; every: one by one, as a client that waits for each reply. */
static int run_cmds(struct qmp *q, struct qmp_cmd *c, size_t n, enum qom_walk_mode mode, long long deadline_ms,
		    struct error *err)
{
	size_t i;

	if (mode == QOM_WALK_FAST)
		return n ? qmp_execute_batch(q, c, n, deadline_ms, err) : 0;
	for (i = 0; i < n; i++)
		if (qmp_execute_batch(q, c + i, 1, deadline_ms, err))
			return -1;
	return 0;
}

static void free_cmds(struct qmp_cmd *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		json_object_put(c[i].args);
		json_object_put(c[i].reply);
		free(c[i].what);
	}
	free(c);
}

/*
 * One qom-list reply: the node's entry with a {"type": PT} per property;
 * values QOM defines are filled in, the others queued in *gets; children
 * go to `next`.
 */
static int list_node(struct node *nd, size_t node, struct json_object *list, enum qom_walk_mode mode, struct json_object *qom,
		     struct get **gets, size_t *nr_gets, size_t *alloc_gets, struct nodes *next, struct error *err)
{
	struct json_object *props = json_object_new_object();
	size_t i, n;

	if (!json_object_is_type(list, json_type_array)) {
		json_object_put(props);
		return error_set(err, ERR_INPUT, "qmp: qom-list %s failed: the reply is not a list", nd->path);
	}
	nd->entry = json_object_new_object();
	json_object_object_add(nd->entry, "props", props);
	json_object_object_add(qom, nd->path, nd->entry);
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		struct json_object *info = json_object_array_get_idx(list, i), *jn, *jt, *prop;
		const char *name, *ptype;
		int is_child;

		if (!json_object_object_get_ex(info, "name", &jn) || !json_object_is_type(jn, json_type_string) ||
		    !json_object_object_get_ex(info, "type", &jt) || !json_object_is_type(jt, json_type_string))
			return error_set(err, ERR_INPUT, "qmp: qom-list %s failed: an entry without name or type",
					 nd->path);
		name = json_object_get_string(jn);
		ptype = json_object_get_string(jt);
		prop = json_object_new_object();
		json_object_object_add(prop, "type", json_object_new_string(ptype));
		json_object_object_add(props, name, prop);
		is_child = starts_with(ptype, "child<") && ptype[strlen(ptype) - 1] == '>';
		if (is_child)
			add_node(next, xstrfmt("%s/%s", nd->path, name), xstrndup(ptype + 6, strlen(ptype) - 7));
		if (mode == QOM_WALK_FAST && is_child) {
			/* object_get_child_property(): the child's canonical path, its parent's and its name */
			json_object_object_add(prop, "value", json_object_new_string(next->v[next->nr - 1].path));
			continue;
		}
		if (mode == QOM_WALK_FAST && nd->hint && !strcmp(name, "type") && !strcmp(ptype, "string")) {
			/* object_get_type(): object_get_typename(), which child<T> names too */
			json_object_object_add(prop, "value", json_object_new_string(nd->hint));
			continue;
		}
		if (*nr_gets == *alloc_gets) {
			*alloc_gets = *alloc_gets ? 2 * *alloc_gets : 1024;
			*gets = xrealloc(*gets, *alloc_gets * sizeof(**gets));
		}
		(*gets)[*nr_gets].node = node;
		(*gets)[*nr_gets].prop = prop;
		(*gets)[(*nr_gets)++].name = json_object_get_string(jn);
	}
	return 0;
}

/* qom-list every node of one level (not walked before); their children make the next level. */
static int list_level(struct qmp *q, struct nodes *level, enum qom_walk_mode mode, long long deadline_ms,
		      struct json_object *qom, struct json_object *lists, struct nodes *done, struct get **gets,
		      size_t *nr_gets, size_t *alloc_gets, struct nodes *next, struct error *err)
{
	struct qmp_cmd *c = xcalloc(level->nr ? level->nr : 1, sizeof(*c));
	size_t i, n = 0;
	int ret = -1;

	for (i = 0; i < level->nr; i++) {
		if (json_object_object_get_ex(qom, level->v[i].path, NULL))
			continue;
		/* move the node to `done`: it keeps the path and hint for the end */
		add_node(done, level->v[i].path, level->v[i].hint);
		level->v[i].path = level->v[i].hint = NULL;
		c[n].cmd = "qom-list";
		c[n].args = path_args(done->v[done->nr - 1].path, NULL);
		c[n].what = xstrfmt("qom-list %s", done->v[done->nr - 1].path);
		n++;
		/* a path twice in one level (not in QEMU's tree, which is a tree) is walked once */
		json_object_object_add(qom, done->v[done->nr - 1].path, NULL);
	}
	if (run_cmds(q, c, n, mode, deadline_ms, err))
		goto out;
	for (i = 0; i < n; i++) {
		size_t node = done->nr - n + i;
		struct node *nd = &done->v[node];
		struct json_object *ret_list;
		const char *desc;

		if (qmp_reply_is_error(c[i].reply, &desc)) {
			error_set(err, ERR_INPUT, "qmp: %s failed: %s", c[i].what, desc);
			goto out;
		}
		json_object_object_get_ex(c[i].reply, "return", &ret_list);
		if (list_node(nd, node, ret_list, mode, qom, gets, nr_gets, alloc_gets, next, err))
			goto out;
		/* the property names the gets borrow live in the replies: keep them to the end */
		json_object_array_add(lists, json_object_get(c[i].reply));
	}
	ret = 0;
out:
	free_cmds(c, n);
	return ret;
}

struct qom_walk {
	enum qom_walk_mode mode;
	struct json_object *qom;	/* borrowed */
	struct nodes done;		/* every object walked, in walk order */
	struct json_object *lists;	/* the qom-list replies, which the gets' names point into */
	struct get *gets;
	size_t nr_gets, alloc_gets;
};

void qom_walk_free(struct qom_walk *w)
{
	if (!w)
		return;
	free_nodes(&w->done);
	json_object_put(w->lists);
	free(w->gets);
	free(w);
}

int qom_walk_tree(struct qom_walk **out, struct qmp *q, const char *const *roots, enum qom_walk_mode mode,
		  long long deadline_ms, struct json_object *qom, struct error *err)
{
	struct qom_walk *w = xcalloc(1, sizeof(*w));
	struct nodes level = { 0 }, next = { 0 };
	size_t i;

	*out = NULL;
	w->mode = mode;
	w->qom = qom;
	w->lists = json_object_new_array();
	for (i = 0; roots[i]; i++)
		add_node(&level, xstrdup(roots[i]), NULL);
	while (level.nr) {
		if (list_level(q, &level, mode, deadline_ms, qom, w->lists, &w->done, &w->gets, &w->nr_gets,
			       &w->alloc_gets, &next, err)) {
			free_nodes(&level);
			free_nodes(&next);
			qom_walk_free(w);
			return -1;
		}
		free_nodes(&level);
		level = next;
		memset(&next, 0, sizeof(next));
	}
	*out = w;
	return 0;
}

size_t qom_walk_nr_gets(const struct qom_walk *w)
{
	return w->nr_gets;
}

static void set_result(struct json_object *prop, struct json_object *reply)
{
	struct json_object *v;

	json_object_object_del(prop, "value");
	json_object_object_del(prop, "error");
	if (json_object_object_get_ex(reply, "error", &v))
		/* recorded as QEMU said it: {"class": ..., "desc": ...} */
		json_object_object_add(prop, "error", json_object_get(v));
	else if (json_object_object_get_ex(reply, "return", &v))
		json_object_object_add(prop, "value", json_object_get(v));
}

int qom_walk_values(struct qom_walk *w, struct qmp *q, size_t from, size_t to, long long deadline_ms,
		    struct error *err)
{
	struct qmp_cmd *c;
	size_t i, n;
	int rc;

	if (to > w->nr_gets)
		to = w->nr_gets;
	if (from >= to)
		return 0;
	n = to - from;
	c = xcalloc(n, sizeof(*c));
	for (i = 0; i < n; i++) {
		const struct get *g = &w->gets[from + i];
		const char *path = w->done.v[g->node].path;

		c[i].cmd = "qom-get";
		c[i].args = path_args(path, g->name);
		c[i].what = xstrfmt("qom-get %s/%s", path, g->name);
	}
	rc = run_cmds(q, c, n, w->mode, deadline_ms, err);
	if (!rc)
		for (i = 0; i < n; i++)
			set_result(w->gets[from + i].prop, c[i].reply);
	free_cmds(c, n);
	return rc;
}

/* Has `other` the objects of the walk, each with the same property names and types? */
static int same_tree(const struct qom_walk *w, struct json_object *other)
{
	size_t i;

	if (!json_object_is_type(other, json_type_object) ||
	    (size_t)json_object_object_length(other) != w->done.nr)
		return 0;
	for (i = 0; i < w->done.nr; i++) {
		struct json_object *mine = json_object_object_get(w->done.v[i].entry, "props"), *theirs;

		theirs = json_object_object_get(json_object_object_get(other, w->done.v[i].path), "props");
		if (!json_object_is_type(theirs, json_type_object) ||
		    json_object_object_length(theirs) != json_object_object_length(mine))
			return 0;
		json_object_object_foreach(mine, name, p) {
			struct json_object *tp = json_object_object_get(theirs, name);
			const char *t1 = json_object_get_string(json_object_object_get(p, "type"));
			const char *t2 = json_object_get_string(json_object_object_get(tp, "type"));

			if (!t2 || strcmp(t1, t2))
				return 0;
		}
	}
	return 1;
}

int qom_walk_take(struct qom_walk *w, struct json_object *other, size_t from, size_t to)
{
	size_t i;

	if (to > w->nr_gets)
		to = w->nr_gets;
	if (!same_tree(w, other))
		return -1;
	for (i = from; i < to; i++) {
		struct json_object *p = json_object_object_get(json_object_object_get(json_object_object_get(
			other, w->done.v[w->gets[i].node].path), "props"), w->gets[i].name);

		if (!json_object_object_get_ex(p, "value", NULL) && !json_object_object_get_ex(p, "error", NULL))
			return -1;
	}
	for (i = from; i < to; i++) {
		struct json_object *p = json_object_object_get(json_object_object_get(json_object_object_get(
			other, w->done.v[w->gets[i].node].path), "props"), w->gets[i].name), *v;

		json_object_object_del(w->gets[i].prop, "value");
		json_object_object_del(w->gets[i].prop, "error");
		if (json_object_object_get_ex(p, "value", &v))
			json_object_object_add(w->gets[i].prop, "value", json_object_get(v));
		else if (json_object_object_get_ex(p, "error", &v))
			json_object_object_add(w->gets[i].prop, "error", json_object_get(v));
	}
	return 0;
}

void qom_walk_done(struct qom_walk *w)
{
	size_t i;

	/* an object's type: its "type" property where readable, else what child<T> said */
	for (i = 0; i < w->done.nr; i++) {
		struct json_object *t = json_object_object_get(json_object_object_get(w->done.v[i].entry, "props"),
							       "type");
		const char *type = w->done.v[i].hint;

		if (json_object_object_get_ex(t, "value", &t) && json_object_is_type(t, json_type_string))
			type = json_object_get_string(t);
		json_object_object_add(w->done.v[i].entry, "type", json_object_new_string(type ? type : ""));
	}
	qom_walk_free(w);
}

int qom_walk(struct qmp *q, const char *const *roots, enum qom_walk_mode mode, long long deadline_ms,
	     struct json_object *qom, struct error *err)
{
	struct qom_walk *w;

	if (qom_walk_tree(&w, q, roots, mode, deadline_ms, qom, err))
		return -1;
	if (qom_walk_values(w, q, 0, w->nr_gets, deadline_ms, err)) {
		qom_walk_free(w);
		return -1;
	}
	qom_walk_done(w);
	return 0;
}
