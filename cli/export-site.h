/* export-site.h: abidb export site: the read side of abidb serve as static files. */
#ifndef ABIDB_EXPORT_SITE_H
#define ABIDB_EXPORT_SITE_H

#include <stddef.h>

#include "error.h"

struct export_site_stats {
	size_t answers;		/* API answers written (files) */
	size_t errors;		/* of them, error answers (the page shows their message) */
	size_t linked;		/* of them, hard links to an equal answer written before */
	size_t web_files;	/* the page's own files */
	unsigned long long bytes;	/* bytes written (links not counted) */
};

/*
 * Write into dir the page's files of web_dir and, for every URL the page asks
 * for (docs/export.md), the answer `abidb serve` gives to the path form of that
 * URL, at that path (dir/api/v1/matrix/view=guest.json); then dir/_etags.json
 * (path -> the server's ETag) and dir/_etags.nginx (the same as an nginx map,
 * keys below base_path: "" or "/abi").  Answers come from the server's own
 * handler on a read-only site, so bytes and ETags are the server's.
 */
int export_site(const char *db_path, const char *dir, const char *web_dir, const char *base_path,
		struct export_site_stats *stats, struct error *err);

#endif
