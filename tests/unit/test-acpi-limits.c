/* test-acpi-limits.c: the ACPI decoder's bounds: linear in repeated field names, a dying or hanging iasl is bad input. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "acpi-test.h"

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
	cr_assert_str_eq(acpi_t_get(&f, "acpi/MCFG/Base Address #1789"), "00000000B0000000");
	cr_assert_str_eq(acpi_t_get(&f, "acpi/MCFG/Reserved #1790"), "00000000");
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

/* Decode a small real MCFG with a fake iasl running `script` (and the timeout env, if given); the decoder's error. */
static struct error lim_t_fake_run(const char *script, const char *timeout_ms)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	char *dir, *path = xstrdup(getenv("PATH") ? getenv("PATH") : "");

	lim_t_mcfg(&m, 60);
	dir = lim_t_fake_iasl(script);
	if (timeout_ms)
		setenv("ABIDB_IASL_TIMEOUT_MS", timeout_ms, 1);
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	unsetenv("ABIDB_IASL_TIMEOUT_MS");
	setenv("PATH", path, 1);
	free(path);
	lim_t_rm_fake(dir);
	facts_release(&f);
	filemap_release(&m);
	return err;
}

/* issue 12: an iasl that crashes on a table said "cannot run iasl" (a 500 on upload) */
Test(acpi_limits, iasl_killed_by_a_signal_is_bad_input, .timeout = 20)
{
	struct error err = lim_t_fake_run("kill -SEGV $$", NULL);

	cr_assert_eq(err.code, ERR_INPUT, "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "'acpi/MCFG.bin'"), "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "signal 11"), "%s", err.msg);
	cr_assert_null(strstr(err.msg, "cannot run"), "%s", err.msg);
}

Test(acpi_limits, iasl_past_its_time_limit_is_bad_input, .timeout = 20)
{
	struct error err = lim_t_fake_run("exec /bin/sleep 30", "300");

	cr_assert_eq(err.code, ERR_INPUT, "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "'acpi/MCFG.bin': iasl did not finish"), "%s", err.msg);
}

/* an iasl that cannot be executed at all is the installation's fault, not the table's */
Test(acpi_limits, iasl_that_cannot_run_is_internal, .timeout = 20)
{
	struct error err = lim_t_fake_run("exit 127", NULL);

	cr_assert_eq(err.code, ERR_INTERNAL, "%s", err.msg);
	cr_assert_not_null(strstr(err.msg, "cannot run"), "%s", err.msg);
}
