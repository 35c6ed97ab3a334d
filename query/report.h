/* report.h: the one JSON (and CSV) shape of diffs, matrices and check reports, for the CLI and the API. */
#ifndef ABIDB_REPORT_H
#define ABIDB_REPORT_H

#include <json-c/json.h>
#include <stdio.h>

#include "check.h"
#include "diff.h"

/* New json objects; the caller puts them.  Shapes are documented in docs/api.md. */
struct json_object *release_json(const struct release_row *r);
struct json_object *machine_json(const struct machine_row *m);
struct json_object *record_json(const struct record_row *r);
struct json_object *waiver_json(const struct waiver *w);	/* with its use count */
struct json_object *note_json(const struct note *n);
struct json_object *diff_json(const struct diff *d);
struct json_object *matrix_json(const struct matrix *m, const struct matrix_opts *o);
/* "C''": the class letter and one ' per sub-class step (the JSON "label"). */
void matrix_cell_label(const struct matrix_cell *c, char *buf, size_t n);
struct json_object *check_json(const struct check_report *r);

/* CSV with a header line; fields quoted per RFC 4180. */
void diff_csv(const struct diff *d, FILE *out);
void matrix_csv(const struct matrix *m, FILE *out);
void csv_field(FILE *out, const char *s);

#endif
