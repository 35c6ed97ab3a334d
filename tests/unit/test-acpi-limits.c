/* test-acpi-limits.c: the ACPI decoder's bounds: linear in repeated field names, a dying or hanging iasl is bad input. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode.h"
#include "util.h"

/* A real MCFG (8.2.2, pc-q35-5.0) with its one allocation repeated to about `bytes`. */
static void lim_t_mcfg(struct filemap *m, size_t bytes)
{
	static const unsigned char hdr[44] = "MCFG\0\0\0\0\x01\0" "BOCHS BXPC    \x01\0\0\0" "BXPC\x01\0\0\0";
	static const unsigned char ent[16] = { 0, 0, 0, 0xb0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0, 0 };
	size_t n = (bytes - sizeof(hdr)) / sizeof(ent), len = sizeof(hdr) + n * sizeof(ent), i;
	unsigned char *t = xmalloc(len);

	memcpy(t, hdr, sizeof(hdr));
	for (i = 0; i < n; i++)
		memcpy(t + sizeof(hdr) + i * sizeof(ent), ent, sizeof(ent));
	t[4] = (unsigned char)len;
	t[5] = (unsigned char)(len >> 8);
	t[6] = (unsigned char)(len >> 16);
	t[7] = 0;
	filemap_add(m, "acpi/MCFG.bin", t, len);
	free(t);
}

static const char *lim_t_get(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

/* issue 12: names_unique() rescanned its list per candidate, O(n^3): 60 s for 28 KB */
Test(acpi_limits, repeated_fields_are_linear, .timeout = 20)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	size_t i, base = 0;

	lim_t_mcfg(&m, 28 * 1024);
	cr_assert_eq(decode_acpi(&m, &f, &err), 0, "%s", err.msg);
	for (i = 0; i < f.nr; i++)
		base += strstr(f.v[i].path, "/Base Address") != NULL;
	cr_assert_eq(base, 1789, "one Base Address per allocation: %zu", base);
	cr_assert_str_eq(lim_t_get(&f, "acpi/MCFG/Base Address #1789"), "00000000B0000000");
	cr_assert_str_eq(lim_t_get(&f, "acpi/MCFG/Reserved #1790"), "00000000");
	facts_release(&f);
	filemap_release(&m);
}

/* A directory holding an executable "iasl" running `script`; $PATH points there. */
static char *lim_t_fake_iasl(const char *script)
{
	char *dir = xstrdup("/tmp/abidb-fake-iasl-XXXXXX"), *p;
	FILE *fp;

	cr_assert(mkdtemp(dir));
	p = xstrfmt("%s/iasl", dir);
	fp = fopen(p, "w");
	cr_assert(fp);
	fprintf(fp, "#!/bin/sh\n%s\n", script);
	fclose(fp);
	chmod(p, 0755);
	free(p);
	setenv("PATH", dir, 1);
	return dir;
}

static void lim_t_rm_fake(char *dir)
{
	char *p = xstrfmt("%s/iasl", dir);

	unlink(p);
	rmdir(dir);
	free(p);
	free(dir);
}

/* issue 12: an iasl that crashes on a table said "cannot run iasl" (a 500 on upload) */
Test(acpi_limits, iasl_killed_by_a_signal_is_bad_input, .timeout = 20)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	char *dir;

	lim_t_mcfg(&m, 60);
	dir = lim_t_fake_iasl("kill -SEGV $$");
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	lim_t_rm_fake(dir);
	cr_assert_eq(err.code, ERR_INPUT, "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "'acpi/MCFG.bin'"), "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "signal 11"), "%s", err.msg);
	cr_assert_null(strstr(err.msg, "cannot run"), "%s", err.msg);
	facts_release(&f);
	filemap_release(&m);
}

Test(acpi_limits, iasl_past_its_time_limit_is_bad_input, .timeout = 20)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	char *dir;

	lim_t_mcfg(&m, 60);
	dir = lim_t_fake_iasl("exec /bin/sleep 30");
	setenv("ABIDB_IASL_TIMEOUT_MS", "300", 1);
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	unsetenv("ABIDB_IASL_TIMEOUT_MS");
	lim_t_rm_fake(dir);
	cr_assert_eq(err.code, ERR_INPUT, "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "'acpi/MCFG.bin': iasl did not finish"), "%s", err.msg);
	facts_release(&f);
	filemap_release(&m);
}

/* an iasl that cannot be executed at all is the installation's fault, not the table's */
Test(acpi_limits, iasl_that_cannot_run_is_internal, .timeout = 20)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	char *dir;

	lim_t_mcfg(&m, 60);
	dir = lim_t_fake_iasl("exit 127");
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	lim_t_rm_fake(dir);
	cr_assert_eq(err.code, ERR_INTERNAL, "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "cannot run"), "%s", err.msg);
	facts_release(&f);
	filemap_release(&m);
}
