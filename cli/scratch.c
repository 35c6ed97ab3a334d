/* scratch.c: a scratch copy of the database in a temporary file (check, fixup --verify). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "scratch.h"
#include "util.h"

int scratch_copy(struct store *src, const char *prefix, char *path, size_t size, struct store **out,
		 struct error *err)
{
	const char *tmp = getenv("TMPDIR");
	int fd;

	snprintf(path, size, "%s/%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", prefix);
	fd = mkstemp(path);
	if (fd < 0)
		return error_set(err, ERR_IO, "cannot create a scratch database in '%s'", tmp && *tmp ? tmp : "/tmp");
	close(fd);
	if (store_copy(src, path, err) || store_open(out, path, 0, err)) {
		scratch_remove(path);
		return -1;
	}
	return 0;
}

void scratch_remove(const char *path)
{
	char *s;

	unlink(path);
	s = xstrfmt("%s-wal", path);
	unlink(s);
	free(s);
	s = xstrfmt("%s-shm", path);
	unlink(s);
	free(s);
}
