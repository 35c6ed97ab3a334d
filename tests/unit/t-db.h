/* t-db.h: scratch databases made from the bundled real sample (tests/data) for the unit tests. */
#ifndef ABIDB_T_DB_H
#define ABIDB_T_DB_H

#include "store.h"
#include "strbuf.h"

/*
 * A new database in /tmp holding the given releases of $ABIDB_TESTDATA
 * ("5.0.0", ...; NULL-terminated; may be empty).  Fails the test on error.
 * Its file name goes to path[256].
 */
struct store *t_db_new(const char *const *releases, char path[256]);
/* Close it and remove the file and its -wal and -shm. */
void t_db_done(struct store *st, const char *path);
/* The path of a file under $ABIDB_TESTDATA; caller frees. */
char *t_data(const char *rel);
/* A new file in /tmp holding text; its path (caller unlinks and frees). */
char *t_write_tmp(const char *text);
/* Read a whole file (fails the test when it cannot). */
void t_read(const char *path, struct strbuf *out);

#endif
