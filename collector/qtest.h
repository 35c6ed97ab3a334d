/* qtest.h: a small client of QEMU's qtest protocol (-qtest unix:SOCK): port I/O and guest memory. */
#ifndef ABIDB_QTEST_H
#define ABIDB_QTEST_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "strbuf.h"

/*
 * The protocol is line based: we send "outl 0xcf8 0x80000000\n", QEMU
 * answers "OK\n", "OK 0x00001237\n" or "FAIL ...\n"/"ERR ...\n"; lines
 * starting with "IRQ" are asynchronous and skipped.  QEMU connects to us
 * (as libqtest does): qtest_listen() before starting QEMU, qtest_accept()
 * after.  Every wait is bounded by the deadline (qmp_now_ms() time).
 */
struct qtest;

/* A listening unix socket at `path` (close-on-exec); *fd on success. */
int qtest_listen(const char *path, int *fd, struct error *err);
/* Accept QEMU's connection on `lfd` by the deadline: 0, 1 when the deadline passed first, or -1. */
int qtest_accept(struct qtest **out, int lfd, long long deadline_ms, struct error *err);
void qtest_close(struct qtest *t);

/*
 * Classify one reply line (without its newline): 1 for an asynchronous
 * line ("IRQ raise 4"), 0 for "OK" (*rest: what follows "OK " or ""),
 * -1 for anything else (err names the line).
 */
int qtest_parse_reply(const char *line, const char **rest, struct error *err);
/* Parse "0x..." (a qtest value) into *v: 0, or -1. */
int qtest_parse_value(const char *s, uint64_t *v);

/*
 * Send `n` commands at once (each ending with '\n', concatenated in
 * `cmds`) and read their `n` replies; the payload of reply i ("0x51",
 * 0 for a bare "OK") goes to vals[i] (NULL: not kept); `last` (NULL: not
 * kept) gets the text of the last reply, such as b64read's data.  Sending a batch
 * saves a round trip per command.
 */
int qtest_batch(struct qtest *t, const struct strbuf *cmds, size_t n, uint64_t *vals, struct strbuf *last,
		long long deadline_ms, struct error *err);

/* One command; the reply's value in *val (NULL: ignored). */
int qtest_cmd(struct qtest *t, long long deadline_ms, uint64_t *val, struct error *err, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Guest memory: read `len` bytes at `addr` (b64read) into `out` (appended). */
int qtest_read_mem(struct qtest *t, uint64_t addr, size_t len, struct strbuf *out, long long deadline_ms,
		   struct error *err);
/* Guest memory: write `len` bytes (b64write). */
int qtest_write_mem(struct qtest *t, uint64_t addr, const void *data, size_t len, long long deadline_ms,
		    struct error *err);

#endif
