/* acpi-test.h: what the ACPI decoder's unit tests share: real guest files of tests/data into a filemap, fact lookup. */
#ifndef ABIDB_ACPI_TEST_H
#define ABIDB_ACPI_TEST_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "util.h"

/*
 * Add the files of <ABIDB_TESTDATA>/<release>/<machine>/guest/<sub> whose
 * names end with suffix ("" for all) to m as "<sub>/<name>", gunzipped.
 */
static inline void acpi_t_load_dir(struct filemap *m, const char *release, const char *machine, const char *sub,
				   const char *suffix)
{
	const char *root = getenv("ABIDB_TESTDATA");
	char *dir;
	DIR *d;
	struct dirent *de;

	cr_assert(root, "ABIDB_TESTDATA is not set");
	dir = xstrfmt("%s/%s/%s/guest/%s", root, release, machine, sub);
	d = opendir(dir);
	cr_assert(d, "cannot open %s", dir);
	while ((de = readdir(d))) {
		struct strbuf sb = STRBUF_INIT;
		struct error err = ERROR_INIT;
		char *p, *rel;

		if (de->d_name[0] == '.' || !ends_with(de->d_name, suffix))
			continue;
		p = xstrfmt("%s/%s", dir, de->d_name);
		cr_assert_eq(read_input(p, &sb, 0, &err), 0, "%s", err.msg);
		rel = xstrfmt("%s/%s", sub, de->d_name);
		filemap_add(m, rel, sb.buf, sb.len);
		free(rel);
		free(p);
		strbuf_release(&sb);
	}
	closedir(d);
	free(dir);
}

/* The value at path, or NULL. */
static inline const char *acpi_t_get(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

#endif
