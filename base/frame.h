/* frame.h: the serial frame that carries an abidb-dump through a noisy console (docs/probe.md). */
#ifndef ABIDB_FRAME_H
#define ABIDB_FRAME_H

#include <stddef.h>

#include "error.h"
#include "strbuf.h"

/*
 *   ABIDB-DUMP-BEGIN v1 bytes=<N> sha256=<64 hex>
 *   :<base64 of up to 57 bytes>
 *   ...
 *   ABIDB-DUMP-END
 *
 * Lines end in "\n" (a "\r" before it is ignored).  A reader skips every
 * line inside the frame that does not start with ':', so whole console
 * lines between ours cannot corrupt it; the begin marker may follow noise
 * on its line.  A probe that fails in the guest prints
 * "ABIDB-PROBE-ERROR <message>" instead.  abidb-probe writes it
 * (probe/dump.c, libc only), collect --boot and import read it.
 */
#define FRAME_BEGIN "ABIDB-DUMP-BEGIN v1"
#define FRAME_END "ABIDB-DUMP-END"
#define FRAME_PROBE_ERROR "ABIDB-PROBE-ERROR"
#define FRAME_LINE_BYTES 57

/* Append the frame of data to out. */
void frame_encode(const void *data, size_t len, struct strbuf *out);
/* Does text hold a begin marker or a probe error line? */
int frame_present(const char *text, size_t len);
/*
 * The document of the first frame in text, into out.  A frame whose length
 * or SHA-256 does not match, one cut short, text without a frame, and a
 * probe error line are errors that say which.
 */
int frame_decode(const char *text, size_t len, struct strbuf *out, struct error *err);

#endif
