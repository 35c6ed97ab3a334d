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

/*
 * The most JSON values one input may hold: ten times the largest real input
 * (24,472 values, QEMU 8.2's -dump-vmstate).  json_parse() counts them in a
 * scan before it parses, so an oversized input is refused (ERR_INPUT) before
 * it costs memory: parsed, a value costs json-c about 100 bytes.
 */
#define JSON_MAX_VALUES 250000

/* Serialize with object keys sorted and no whitespace: equal values, equal bytes. */
void json_canonical(struct json_object *o, struct strbuf *out);

/* A JSON string of s, or NULL (JSON null) when s is NULL. */
struct json_object *json_str_or_null(const char *s);

/* A scalar as fact text: strings raw, integers in decimal, booleans true/false; others canonical JSON. */
void json_fact_value(struct json_object *o, struct strbuf *out);

#endif
