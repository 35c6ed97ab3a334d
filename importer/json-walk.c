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
