/* json.c: strict JSON parsing with located errors, and canonical serialization. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "util.h"

#define JSON_MAX_DEPTH 64

/* An upper bound of the values in buf: one per ':' ',' '[' outside strings, plus one. */
static size_t count_values(const char *buf, size_t len, size_t stop)
{
	size_t i, n = 1;
	int in_str = 0;

	for (i = 0; i < len && n <= stop; i++) {
		char c = buf[i];

		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
		} else if (c == '"') {
			in_str = 1;
		} else if (c == ':' || c == ',' || c == '[') {
			n++;
		}
	}
	return n;
}

int json_parse(const char *buf, size_t len, const char *name, struct json_object **out,
	       struct error *err)
{
	struct json_tokener *tok = json_tokener_new_ex(JSON_MAX_DEPTH);
	struct json_object *o;
	enum json_tokener_error jerr;
	size_t off, line = 1, col = 1, i;

	*out = NULL;
	if (!tok)
		return error_set(err, ERR_INTERNAL, "cannot allocate JSON parser");
	if (count_values(buf, len, JSON_MAX_VALUES) > JSON_MAX_VALUES) {
		json_tokener_free(tok);
		return error_set(err, ERR_TOO_LARGE, "'%s': more than %d JSON values: larger than any record abidb takes "
				 "(ten times the largest real input)", name, JSON_MAX_VALUES);
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, buf, (int)len);
	jerr = json_tokener_get_error(tok);
	off = json_tokener_get_parse_end(tok);
	if (!o && jerr == json_tokener_continue) {
		json_tokener_free(tok);
		return error_set(err, ERR_INPUT, "'%s': truncated JSON (ended after %zu bytes)", name, len);
	}
	if (!o || jerr != json_tokener_success) {
		for (i = 0; i < off && i < len; i++) {
			if (buf[i] == '\n') {
				line++;
				col = 1;
			} else {
				col++;
			}
		}
		error_set(err, ERR_INPUT, "'%s': malformed JSON at line %zu, column %zu: %s", name, line, col,
			  json_tokener_error_desc(jerr));
		json_object_put(o);
		json_tokener_free(tok);
		return -1;
	}
	/* only whitespace may follow */
	for (i = off; i < len; i++) {
		if (buf[i] != ' ' && buf[i] != '\n' && buf[i] != '\r' && buf[i] != '\t') {
			json_object_put(o);
			json_tokener_free(tok);
			return error_set(err, ERR_INPUT, "'%s': trailing data after JSON at byte %zu", name, i);
		}
	}
	json_tokener_free(tok);
	*out = o;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void add_string(struct strbuf *out, const char *s)
{
	struct json_object *tmp = json_object_new_string(s);

	strbuf_addstr(out, json_object_to_json_string_ext(tmp, JSON_C_TO_STRING_PLAIN |
							  JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(tmp);
}

void json_canonical(struct json_object *o, struct strbuf *out)
{
	size_t i, n;

	switch (json_object_get_type(o)) {
	case json_type_object: {
		const char **keys;

		n = (size_t)json_object_object_length(o);
		keys = xmalloc((n ? n : 1) * sizeof(*keys));
		i = 0;
		json_object_object_foreach(o, k, v) {
			(void)v;
			keys[i++] = k;
		}
		qsort(keys, n, sizeof(*keys), cmp_str);
		strbuf_addch(out, '{');
		for (i = 0; i < n; i++) {
			if (i)
				strbuf_addch(out, ',');
			add_string(out, keys[i]);
			strbuf_addch(out, ':');
			json_canonical(json_object_object_get(o, keys[i]), out);
		}
		strbuf_addch(out, '}');
		free(keys);
		break;
	}
	case json_type_array:
		n = json_object_array_length(o);
		strbuf_addch(out, '[');
		for (i = 0; i < n; i++) {
			if (i)
				strbuf_addch(out, ',');
			json_canonical(json_object_array_get_idx(o, i), out);
		}
		strbuf_addch(out, ']');
		break;
	case json_type_string:
		add_string(out, json_object_get_string(o));
		break;
	default:
		strbuf_addstr(out, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
		break;
	}
}

void json_fact_value(struct json_object *o, struct strbuf *out)
{
	switch (json_object_get_type(o)) {
	case json_type_string:
		strbuf_addstr(out, json_object_get_string(o));
		break;
	case json_type_null:
		strbuf_addstr(out, "null");
		break;
	case json_type_object:
	case json_type_array:
		json_canonical(o, out);
		break;
	default:
		strbuf_addstr(out, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
		break;
	}
}

struct json_object *json_str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}
