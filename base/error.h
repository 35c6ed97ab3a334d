/* error.h: errors as values: a message filled by the library, printed by the front end. */
#ifndef ABIDB_ERROR_H
#define ABIDB_ERROR_H

#include <stddef.h>

/*
 * Library functions that can fail take a `struct error *` and return -1
 * after filling it with error_set(); they never print or exit.  The message
 * follows git's convention: lowercase, no final full stop, names quoted:
 * "cannot open 'x.json': no such file".  `code` tells a front end how to
 * answer (exit code, HTTP status).
 */
enum error_code {
	ERR_NONE = 0,
	ERR_INPUT,	/* bad input: malformed, wrong type, unknown version */
	ERR_NOTFOUND,	/* a named release, machine, record does not exist */
	ERR_USAGE,	/* bad arguments */
	ERR_IO,		/* cannot read or write a file */
	ERR_DB,		/* SQLite failed */
	ERR_INTERNAL,
	ERR_TOO_LARGE	/* bad input beyond a documented size limit (HTTP 413) */
};

struct error {
	enum error_code code;
	char msg[1024];
};

#define ERROR_INIT { ERR_NONE, "" }

/* Fill err (if not NULL) and return -1. */
int error_set(struct error *err, enum error_code code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Prefix an existing message: "context: old message". Returns -1. */
int error_prefix(struct error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void error_clear(struct error *err);

#endif
