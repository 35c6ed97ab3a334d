/* t-db.c: scratch databases made from the bundled real sample (tests/data) for the unit tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "import.h"
#include "t-db.h"
#include "util.h"

char *t_data(const char *rel)
{
	const char *root = getenv("ABIDB_TESTDATA");

	cr_assert(root, "ABIDB_TESTDATA is not set");
	return xstrfmt("%s/%s", root, rel);
}

char *t_write_tmp(const char *text)
{
	char *p = xstrdup("/tmp/abidb-unit-file-XXXXXX");
	int fd = mkstemp(p);
	FILE *f;

	cr_assert(fd >= 0);
	f = fdopen(fd, "w");
	cr_assert(f);
	fputs(text, f);
	cr_assert_eq(fclose(f), 0);
	return p;
}

void t_read(const char *path, struct strbuf *out)
{
	struct error err = ERROR_INIT;

	cr_assert_eq(read_file(path, out, 1 << 30, &err), 0, "%s", err.msg);
}

struct store *t_db_new(const char *const *releases, char path[256])
{
	struct error err = ERROR_INIT;
	struct store *st;
	int fd;

	snprintf(path, 256, "/tmp/abidb-unit-XXXXXX");
	fd = mkstemp(path);
	cr_assert(fd >= 0);
	close(fd);
	unlink(path);
	cr_assert_eq(store_open(&st, path, 0, &err), 0, "%s", err.msg);
	for (; releases && *releases; releases++) {
		struct input_set in = { 0 };
		struct import_result res = { 0 };
		struct import_opts o = { 0 };
		char *rel = xstrfmt("qemu-%s", *releases), *p = t_data(rel);

		o.imported_by = "test";
		cr_assert_eq(input_read_path(p, &o, &in, &err), 0, "%s", err.msg);
		cr_assert_eq(import_records(st, &in, &o, &res, &err), 0, "%s", err.msg);
		input_set_release(&in);
		import_result_release(&res);
		free(rel);
		free(p);
	}
	return st;
}

void t_db_done(struct store *st, const char *path)
{
	static const char *const tails[] = { "", "-wal", "-shm" };
	size_t i;

	store_close(st);
	for (i = 0; i < 3; i++) {
		char *p = xstrfmt("%s%s", path, tails[i]);

		unlink(p);
		free(p);
	}
}
