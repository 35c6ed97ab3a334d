/* test-matrix.c: ABI classes on tests/data: split on break with change sub-classes, and a host-only dump's missing data. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff.h"
#include "import.h"
#include "store.h"
#include "util.h"

static char mx_t_db[256];

static void mx_t_cleanup(void)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(suffix); i++) {
		char *p = xstrfmt("%s%s", mx_t_db, suffix[i]);

		unlink(p);
		free(p);
	}
}

/* Import <ABIDB_TESTDATA>/<rel>, with identity overrides when release is given. */
static void mx_t_import(struct store *st, const char *rel, const char *release, const char *machine)
{
	struct input_set in = { 0 };
	struct import_opts o = { 0 };
	struct import_result res = { 0 };
	struct error err = ERROR_INIT;
	char *p = xstrfmt("%s/%s", getenv("ABIDB_TESTDATA"), rel);

	o.imported_by = "test";
	o.release = release;
	o.stream = release ? "host" : NULL;
	o.machine = machine;
	cr_assert_eq(input_read_path(p, &o, &in, &err), 0, "%s: %s", p, err.msg);
	cr_assert_eq(import_records(st, &in, &o, &res, &err), 0, "%s: %s", p, err.msg);
	cr_assert_eq(res.failed, 0, "%s", p);
	import_result_release(&res);
	input_set_release(&in);
	free(p);
}

static struct store *mx_t_open(void)
{
	struct store *st;
	struct error err = ERROR_INIT;
	int fd;

	snprintf(mx_t_db, sizeof(mx_t_db), "/tmp/abidb-test-matrix-XXXXXX");
	fd = mkstemp(mx_t_db);
	cr_assert(fd >= 0);
	close(fd);
	unlink(mx_t_db);
	cr_assert_eq(store_open(&st, mx_t_db, 0, &err), 0, "%s", err.msg);
	return st;
}

static const struct matrix_cell *mx_t_cell(const struct matrix *m, const char *machine, const char *release)
{
	size_t i, j;

	for (i = 0; i < m->nrows; i++)
		for (j = 0; j < m->rows[i].ncells && !strcmp(m->rows[i].machine, machine); j++)
			if (m->rows[i].cells[j].record_id && !strcmp(m->rows[i].cells[j].release, release))
				return &m->rows[i].cells[j];
	return NULL;
}

/*
 * The same binary's host-only dumps (qom, vmstate, vmdesc; no guest view, no
 * QMP replies) under another release label: in every view it falls in the
 * class of 7.2.22, its sections were not observed rather than removed.
 */
Test(matrix, host_only_dump_joins_its_binary, .timeout = 120)
{
	static const char *const machines[] = { "pc-i440fx-5.0", "pc-q35-5.0", "pc-q35-2.11", "pc-i440fx-4.2" };
	static const char *const files[] = { "qom.json", "vmstate.json.gz", "migration-vmdesc.json.gz" };
	static const unsigned views[] = { VIEW_GUEST, VIEW_MIGRATION, VIEW_PROPERTIES, VIEW_ALL };
	struct store *st = mx_t_open();
	struct error err = ERROR_INIT;
	size_t i, k;

	for (i = 0; i < ARRAY_SIZE(machines); i++) {
		char *full = xstrfmt("qemu-7.2.22/%s", machines[i]);

		mx_t_import(st, full, NULL, NULL);
		free(full);
		for (k = 0; k < ARRAY_SIZE(files); k++) {
			char *f = xstrfmt("qemu-7.2.22/%s/%s", machines[i], files[k]);

			mx_t_import(st, f, "7.2.23", machines[i]);
			free(f);
		}
	}
	mx_t_import(st, "qemu-5.0.0", NULL, NULL);
	mx_t_import(st, "qemu-6.2.0", NULL, NULL);
	for (k = 0; k < ARRAY_SIZE(views); k++) {
		struct matrix_opts o;
		struct matrix m;

		memset(&o, 0, sizeof(o));
		o.diff.views = views[k];
		cr_assert_eq(matrix_build(st, &o, &m, &err), 0, "%s", err.msg);
		for (i = 0; i < ARRAY_SIZE(machines); i++) {
			const struct matrix_cell *a = mx_t_cell(&m, machines[i], "7.2.22");
			const struct matrix_cell *b = mx_t_cell(&m, machines[i], "7.2.23");

			cr_assert(a && b, "%s: no cells", machines[i]);
			cr_expect(a->cls == b->cls && a->sub == b->sub, "view %u, %s: 7.2.22 is %c%d, the host-only dump %c%d",
				  views[k], machines[i], a->cls, a->sub, b->cls, b->sub);
			/* it lacks the guest view and the QMP replies, not the migration sections */
			cr_expect_eq(b->partial, views[k] != VIEW_MIGRATION, "view %u, %s: partial %d", views[k],
				     machines[i], b->partial);
		}
		/* the 5.0 rows have classes of their own from 6.2.0 on (the LPT _UID) */
		if (views[k] == VIEW_GUEST)
			cr_expect_eq(mx_t_cell(&m, "pc-q35-5.0", "7.2.22")->cls, mx_t_cell(&m, "pc-q35-5.0", "6.2.0")->cls);
		matrix_release(&m);
	}
	store_close(st);
	mx_t_cleanup();
}

/* A diff against a host-only record: one info entry per section it lacks, nothing counted. */
Test(matrix, missing_sections_are_info, .timeout = 120)
{
	static const char *const files[] = { "qom.json", "vmstate.json.gz", "migration-vmdesc.json.gz" };
	struct store *st = mx_t_open();
	struct error err = ERROR_INIT;
	struct diff_opts o;
	struct diff d;
	size_t k, info = 0;

	mx_t_import(st, "qemu-7.2.22/pc-q35-5.0", NULL, NULL);
	for (k = 0; k < ARRAY_SIZE(files); k++) {
		char *f = xstrfmt("qemu-7.2.22/pc-q35-5.0/%s", files[k]);

		mx_t_import(st, f, "7.2.23", "pc-q35-5.0");
		free(f);
	}
	memset(&o, 0, sizeof(o));
	cr_assert_eq(diff_records(st, 1, 2, &o, &d, &err), 0, "%s", err.msg);
	cr_expect_eq(d.counted, 0);
	cr_expect_eq(d.unobserved, 8, "guest sections and QMP's: %zu", d.unobserved);
	for (k = 0; k < d.nr; k++) {
		cr_expect_str_eq(d.v[k].rule, "not-recorded", "%s", d.v[k].path);
		cr_expect_eq(d.v[k].severity, SEV_INFO, "%s", d.v[k].path);
		info += !strcmp(d.v[k].new_value, "not recorded in 7.2.23");
	}
	cr_expect_eq(info, 8);
	diff_release(&d);
	store_close(st);
	mx_t_cleanup();
}
