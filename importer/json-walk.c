/* json-walk.c: shared helpers of the vmstate and vmdesc decoders. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json-walk.h"
#include "util.h"

size_t name_seen_count(struct name_seen *ns, const char *name)
{
	size_t i;

	for (i = 0; i < ns->nr; i++)
		if (!strcmp(ns->names[i], name))
			return ++ns->counts[i];
	if (ns->nr == ns->alloc) {
		ns->alloc = ns->alloc ? 2 * ns->alloc : 16;
		ns->names = xrealloc(ns->names, ns->alloc * sizeof(*ns->names));
		ns->counts = xrealloc(ns->counts, ns->alloc * sizeof(*ns->counts));
	}
	ns->names[ns->nr] = xstrdup(name);
	ns->counts[ns->nr++] = 1;
	return 1;
}

void name_seen_release(struct name_seen *ns)
{
	size_t i;

	for (i = 0; i < ns->nr; i++)
		free(ns->names[i]);
	free(ns->names);
	free(ns->counts);
	memset(ns, 0, sizeof(*ns));
}

/* "name" for the first occurrence, "name#k" for the k-th. */
char *unique_name(struct name_seen *ns, const char *name)
{
	size_t k = name_seen_count(ns, name);

	return k == 1 ? xstrdup(name) : xstrfmt("%s#%zu", name, k);
}

size_t walk_push(struct strbuf *sb, const char *seg)
{
	size_t old = sb->len;

	if (sb->len)
		strbuf_addch(sb, '/');
	strbuf_addstr(sb, seg);
	return old;
}

size_t walk_push_index(struct strbuf *sb, const char *seg, size_t i)
{
	size_t old = sb->len;

	if (sb->len)
		strbuf_addch(sb, '/');
	strbuf_addf(sb, "%s[%zu]", seg, i);
	return old;
}

size_t walk_push_sub(struct json_walk *w, const char *seg)
{
	size_t old = walk_push(&w->path, "sub");

	walk_push(&w->path, seg);
	return old;
}

void walk_emit(struct json_walk *w, const char *leaf, const char *value)
{
	size_t old = walk_push(&w->path, leaf);

	facts_add(w->out, w->group, w->path.buf, value);
	strbuf_setlen(&w->path, old);
}

void walk_emit_int(struct json_walk *w, const char *leaf, int64_t v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%" PRId64, v);
	walk_emit(w, leaf, buf);
}

/*
 * Look up `key` in `obj`, expecting `type`.  Returns 1 when found, 0 when
 * absent (or null) and not `required`, -1 (with err set) otherwise.
 */
int walk_get_member(struct json_walk *w, struct json_object *obj, const char *key,
		      enum json_type type, int required, struct json_object **val)
{
	static const char *const what[] = {
		[json_type_null] = "null",
		[json_type_boolean] = "a boolean",
		[json_type_double] = "a number",
		[json_type_int] = "an integer",
		[json_type_object] = "an object",
		[json_type_array] = "an array",
		[json_type_string] = "a string",
	};

	*val = NULL;
	if (!json_object_object_get_ex(obj, key, val) || !*val) {
		*val = NULL;
		if (!required)
			return 0;
		if (!w->loc.len)
			return error_set(w->err, ERR_INPUT, "%s: missing '%s'", w->what, key);
		return error_set(w->err, ERR_INPUT, "%s: '%s': missing '%s'",
				 w->what, w->loc.buf, key);
	}
	if (!json_object_is_type(*val, type)) {
		if (!w->loc.len)
			return error_set(w->err, ERR_INPUT, "%s: '%s': expected %s",
					 w->what, key, what[type]);
		return error_set(w->err, ERR_INPUT, "%s: '%s/%s': expected %s",
				 w->what, w->loc.buf, key, what[type]);
	}
	return 1;
}

int walk_get_int(struct json_walk *w, struct json_object *obj, const char *key,
		   int required, int64_t *v)
{
	struct json_object *o;
	int ret = walk_get_member(w, obj, key, json_type_int, required, &o);

	*v = ret > 0 ? json_object_get_int64(o) : 0;
	return ret;
}

int walk_list(struct json_walk *w, struct json_object *arr, const char *loc_name, const char *name_key,
	      walk_name_fn name_fn, walk_item_fn fn)
{
	struct name_seen seen = { 0 };
	char *prev = xstrdup(FIRST_FIELD);
	size_t i, n = json_object_array_length(arr);
	int ret = 0;

	for (i = 0; i < n && !ret; i++) {
		struct json_object *item = json_object_array_get_idx(arr, i), *name;
		size_t lold = walk_push_index(&w->loc, loc_name, i);
		char *base = NULL, *seg;

		if (!item || !json_object_is_type(item, json_type_object))
			ret = error_set(w->err, ERR_INPUT, "%s: '%s': expected an object", w->what, w->loc.buf);
		else if (name_fn)
			ret = (base = name_fn(w, item)) ? 0 : -1;
		else if (walk_get_member(w, item, name_key, json_type_string, 1, &name) < 0)
			ret = -1;
		else
			base = xstrdup(json_object_get_string(name));
		if (!ret) {
			seg = unique_name(&seen, base);
			ret = fn(w, item, seg, prev) < 0 ? -1 : 0;
			free(prev);
			prev = seg;
		}
		free(base);
		strbuf_setlen(&w->loc, lold);
	}
	free(prev);
	name_seen_release(&seen);
	return ret;
}
