/* json.h: strict JSON parsing with located errors, and canonical serialization. */
#ifndef ABIDB_JSON_H
#define ABIDB_JSON_H

#include <json-c/json.h>

#include "error.h"
#include "strbuf.h"

/*
 * Parse untrusted JSON (strict, UTF-8 validated, depth-limited).  On error
 * the message names `name` and the line and column:
 * "'qom.json': malformed JSON at line 3, column 7: unexpected character".
 * The caller owns *out (json_object_put).
 */
int json_parse(const char *buf, size_t len, const char *name, struct json_object **out,
	       struct error *err);

/* Serialize with object keys sorted and no whitespace: equal values, equal bytes. */
void json_canonical(struct json_object *o, struct strbuf *out);

/* A scalar as fact text: strings raw, integers in decimal, booleans true/false; others canonical JSON. */
void json_fact_value(struct json_object *o, struct strbuf *out);

#endif
