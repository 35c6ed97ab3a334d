/* test-check.c: check with waivers, fixups that close a difference, identify, on the real sample data. */
#include <criterion/criterion.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "check.h"
#include "diff.h"
#include "fixup.h"
#include "identify.h"
#include "import.h"
#include "t-db.h"
#include "util.h"


static char check_t_db[256];

/* A scratch database holding the given releases of tests/data. */
static struct store *check_t_store(const char *const *releases)
{
	const char *root = getenv("ABIDB_TESTDATA");
	struct error err = ERROR_INIT;
	struct store *st;
	int fd;

	cr_assert(root, "ABIDB_TESTDATA is not set");
	snprintf(check_t_db, sizeof(check_t_db), "/tmp/abidb-test-check-XXXXXX");
	fd = mkstemp(check_t_db);
	cr_assert(fd >= 0);
	close(fd);
	unlink(check_t_db);
	cr_assert_eq(store_open(&st, check_t_db, 0, &err), 0, "%s", err.msg);
	for (; *releases; releases++) {
		struct input_set in = { 0 };
		struct import_result res = { 0 };
		struct import_opts o = { 0 };
		char *p = xstrfmt("%s/qemu-%s", root, *releases);

		o.imported_by = "test";
		cr_assert_eq(input_read_path(p, &o, &in, &err), 0, "%s", err.msg);
		cr_assert_eq(import_records(st, &in, &o, &res, &err), 0, "%s", err.msg);
		input_set_release(&in);
		import_result_release(&res);
		free(p);
	}
	return st;
}

static void check_t_done(struct store *st)
{
	char *s;

	store_close(st);
	unlink(check_t_db);
	s = xstrfmt("%s-wal", check_t_db);
	unlink(s);
	free(s);
	s = xstrfmt("%s-shm", check_t_db);
	unlink(s);
	free(s);
}

static size_t check_t_release_ids(struct store *st, const char *release, long long *ids, size_t max)
{
	struct record_row *v;
	struct error err = ERROR_INIT;
	size_t n, i, k = 0;

	cr_assert_eq(catalog_records(st, &v, &n, &err), 0, "%s", err.msg);
	for (i = 0; i < n; i++)
		if (!strcmp(v[i].release, release) && k < max)
			ids[k++] = v[i].id;
	record_rows_free(v, n);
	return k;
}

Test(check, release_range)
{
	cr_assert(release_in_range("5.2.0", "5.2.0", "5.2.99"));
	cr_assert(release_in_range("5.2.0/debian", "5.2.0", "5.2.99"));
	cr_assert(!release_in_range("6.0.0", "5.2.0", "5.2.99"));
	cr_assert(!release_in_range("5.1.0", "5.2.0", ""));
	cr_assert(release_in_range("7.2.22", "", "7.2"), "a shorter upper bound covers its micro releases");
	cr_assert(!release_in_range("7.3.0", "", "7.2"));
	cr_assert(release_in_range("10.0.0", "9.2", NULL), "versions compare numerically");
}

Test(check, waiver_file_errors_name_file_and_line)
{
	char *p = t_write_tmp("# ok\npc-*  acpi/*  5.2.0..5.2.99  reviewed\n\npc-q35-*  pci/*\n");
	struct waiver *w = NULL;
	struct error err = ERROR_INIT;
	size_t n = 0;
	char *want = xstrfmt("%s:4:", p);

	cr_assert_eq(waivers_load_file(p, &w, &n, &err), -1);
	cr_assert(strstr(err.msg, want), "message '%s' names '%s'", err.msg, want);
	unlink(p);
	free(p);
	free(want);
}

Test(check, waiver_file_parses_quotes_ranges_and_backslashes)
{
	char *p = t_write_tmp("pc-*  acpi/DSDT/\\_SB.PCI0/_UID  5.2.0..5.2.99  the 5.2 _UID\n"
				"*  \"qom/*/mr:bus master/*\"  regions follow their device\n"
				"pc-q35-6.1 pci/*  ..6.2  open lower bound\n");
	struct waiver *w = NULL;
	struct error err = ERROR_INIT;
	size_t n = 0;

	cr_assert_eq(waivers_load_file(p, &w, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 3);
	cr_assert_str_eq(w[0].path_glob, "acpi/DSDT/\\_SB.PCI0/_UID");
	cr_assert(glob_match(w[0].path_glob, "acpi/DSDT/\\_SB.PCI0/_UID"), "backslashes are literal");
	cr_assert_str_eq(w[0].release_from, "5.2.0");
	cr_assert_str_eq(w[0].release_to, "5.2.99");
	cr_assert_str_eq(w[0].reason, "the 5.2 _UID");
	cr_assert_str_eq(w[1].path_glob, "qom/*/mr:bus master/*");
	cr_assert_str_eq(w[1].release_from, "");
	cr_assert_str_eq(w[1].reason, "regions follow their device");
	cr_assert_str_eq(w[2].release_from, "");
	cr_assert_str_eq(w[2].release_to, "6.2");
	cr_assert(strstr(w[2].origin, ":3"));
	waivers_free(w, n);
	unlink(p);
	free(p);
}

Test(check, default_notes_file_loads_and_has_the_uid_case)
{
	struct note *v = NULL;
	struct error err = ERROR_INIT;
	size_t n = 0, i, uid = 0;
	char *p = xstrfmt("%s/../../notes/known-issues.txt", getenv("ABIDB_TESTDATA"));

	cr_assert_eq(notes_load_file(p, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_geq(n, 9, "one note per real case at least");
	for (i = 0; i < n; i++)
		if (glob_match(v[i].path_glob, "acpi/DSDT/\\_SB.PCI0/_UID") && glob_match(v[i].machine_glob, "pc-i440fx-5.0") &&
		    release_in_range("5.2.0", v[i].release_from, v[i].release_to)) {
			uid++;
			cr_assert(starts_with(v[i].link, "https://"));
		}
	cr_assert_eq(uid, 1);
	notes_free(v, n);
	free(p);
}

/* 5.2.0 breaks pc-i440fx-5.0 and pc-q35-5.0 (the _UID among others); a reviewed waiver turns it green. */
Test(check, waiver_turns_failing_check_green_and_counts_itself, .timeout = 120)
{
	static const char *const rel[] = { "5.0.0", "5.2.0", NULL };
	struct store *st = check_t_store(rel);
	struct error err = ERROR_INIT;
	struct check_opts o;
	struct check_report r;
	struct waiver *w = NULL;
	size_t n = 0, i, nid;
	long long ids[8];
	char *p;

	nid = check_t_release_ids(st, "5.2.0", ids, 8);
	cr_assert_eq(nid, 2);
	memset(&o, 0, sizeof(o));
	o.diff.views = VIEW_GUEST;
	o.diff.min_severity = SEV_BREAK;
	cr_assert_eq(check_records(st, ids, nid, &o, &r, &err), 0, "%s", err.msg);
	cr_assert_eq(r.nr, 2);
	cr_assert_eq(r.failed, 2, "5.2.0 changed both machine types");
	cr_assert_eq(r.waived, 0);
	for (i = 0; i < r.nr; i++) {
		size_t k, uid = 0;

		cr_assert(!r.v[i].is_new);
		cr_assert_str_eq(r.v[i].base.release, "5.0.0");
		for (k = 0; k < r.v[i].diff.nr; k++)
			uid += !strcmp(r.v[i].diff.v[k].path, "acpi/DSDT/\\_SB.PCI0/_UID");
		cr_assert_eq(uid, 1, "the _UID break is reported for %s", r.v[i].rec.machine);
	}
	check_report_release(&r);

	/* the whole DSDT rework of 5.2, reviewed */
	p = t_write_tmp("# reviewed\npc-*  acpi/DSDT/*  5.2.0..5.2.99  DSDT rework of 5.2 reviewed\n");
	cr_assert_eq(waivers_load_file(p, &w, &n, &err), 0, "%s", err.msg);
	o.diff.waivers = w;
	o.diff.nwaivers = n;
	cr_assert_eq(check_records(st, ids, nid, &o, &r, &err), 0, "%s", err.msg);
	cr_assert_eq(r.failed, 0, "the waiver turns the check green");
	cr_assert_gt(r.waived, 0);
	cr_assert_eq(w[0].used, r.waived, "the waiver counts what it waived: %zu vs %zu", w[0].used, r.waived);
	check_report_release(&r);

	/* out of its range it waives nothing */
	free(w[0].release_to);
	w[0].release_to = xstrdup("5.1.99");
	free(w[0].release_from);
	w[0].release_from = xstrdup("5.1.0");
	w[0].used = 0;
	cr_assert_eq(check_records(st, ids, nid, &o, &r, &err), 0, "%s", err.msg);
	cr_assert_eq(r.failed, 2);
	cr_assert_eq(w[0].used, 0);
	check_report_release(&r);

	/* the oldest release has no baseline: new, passing */
	nid = check_t_release_ids(st, "5.0.0", ids, 8);
	cr_assert_eq(check_records(st, ids, nid, &o, &r, &err), 0, "%s", err.msg);
	cr_assert_eq(r.failed, 0);
	cr_assert(r.v[0].is_new && r.v[1].is_new);
	check_report_release(&r);

	waivers_free(w, n);
	unlink(p);
	free(p);
	check_t_done(st);
}

struct check_t_facts {
	struct fixup_fact *v;
	size_t nr, alloc;
};

static int check_t_add_fact(void *data, const char *path, const char *value)
{
	struct check_t_facts *f = data;

	if (f->nr == f->alloc) {
		f->alloc = f->alloc ? 2 * f->alloc : 256;
		f->v = xrealloc(f->v, f->alloc * sizeof(*f->v));
	}
	f->v[f->nr].path = xstrdup(path);
	f->v[f->nr].value = xstrdup(value);
	f->nr++;
	return 0;
}

static const char *check_t_get(const struct check_t_facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

/* pc-q35-5.0 on 8.2.2 vs 5.0.0: the options, applied to 8.2.2's QOM facts, restore 5.0.0's values in 8.2.2's types. */
Test(check, fixup_options_close_the_property_difference, .timeout = 120)
{
	static const char *const rel[] = { "5.0.0", "8.2.2", NULL };
	struct store *st = check_t_store(rel);
	struct error err = ERROR_INIT;
	struct fixup f;
	struct record_row ra, rb;
	struct check_t_facts x = { 0 }, y = { 0 };
	size_t i, before = 0, after = 0, changed;
	char *cl;

	cr_assert_eq(fixup_compute(st, "pc-q35-5.0", "5.0.0", "8.2.2", &f, &err), 0, "%s", err.msg);
	cr_assert_gt(f.noptions, 0, "the QOM of 5.0.0 and 8.2.2 differ in settable properties");
	cl = fixup_command_line(&f);
	cr_assert(strstr(cl, "-global "), "%s", cl);
	cr_assert(strstr(cl, "-machine pc-q35-5.0,"), "%s", cl);
	free(cl);

	cr_assert_eq(catalog_find_record(st, "5.0.0", "pc-q35-5.0", &ra, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_find_record(st, "8.2.2", "pc-q35-5.0", &rb, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_facts(st, ra.id, "qom/*", check_t_add_fact, &x, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_facts(st, rb.id, "qom/*", check_t_add_fact, &y, &err), 0, "%s", err.msg);

	/* every option's fact differs before, and equals the old release's after */
	for (i = 0; i < f.noptions; i++) {
		const char *old = check_t_get(&x, f.options[i].path), *now = check_t_get(&y, f.options[i].path);

		cr_assert(old && now);
		before += strcmp(old, now) != 0;
	}
	cr_assert_eq(before, f.noptions);
	changed = fixup_apply(&f, y.v, y.nr);
	cr_assert_geq(changed, f.noptions);
	for (i = 0; i < f.noptions; i++) {
		const char *old = check_t_get(&x, f.options[i].path), *now = check_t_get(&y, f.options[i].path);

		/* Y shows X's value in Y's type (5.0.0's uint32 wakeup 0 is 8.2.2's bool false) */
		cr_assert_str_eq(f.options[i].recorded, old, "%s", f.options[i].path);
		after += strcmp(f.options[i].fact, now) != 0;
		cr_assert_str_eq(now, f.options[i].fact, "%s", f.options[i].path);
	}
	cr_assert_eq(after, 0);
	/* and no property of an object the options reach differs any more */
	for (i = 0; i < y.nr; i++) {
		const char *old = check_t_get(&x, y.v[i].path);
		size_t k;

		for (k = 0; k < f.noptions; k++)
			if (old && ends_with(y.v[i].path, f.options[k].prop) &&
			    (strstr(y.v[i].path, f.options[k].driver) || f.options[k].kind == FIXUP_MACHINE) &&
			    !strstr(y.v[i].path, "/mr:"))
				cr_assert_str_eq(y.v[i].value, f.options[k].fact, "%s still differs", y.v[i].path);
	}

	for (i = 0; i < x.nr; i++) {
		free(x.v[i].path);
		free(x.v[i].value);
	}
	for (i = 0; i < y.nr; i++) {
		free(y.v[i].path);
		free(y.v[i].value);
	}
	free(x.v);
	free(y.v);
	record_row_release(&ra);
	record_row_release(&rb);
	fixup_release(&f);
	check_t_done(st);
}

/* The 5.2 _UID is a class field: fixup must say it cannot restore it. */
Test(check, fixup_says_the_uid_is_unrestorable, .timeout = 120)
{
	static const char *const rel[] = { "5.0.0", "5.2.0", NULL };
	struct store *st = check_t_store(rel);
	struct error err = ERROR_INIT;
	struct fixup f;
	struct json_object *j, *u;
	size_t i, found = 0;

	cr_assert_eq(fixup_compute(st, "pc-i440fx-5.0", "5.0.0", "5.2.0", &f, &err), 0, "%s", err.msg);
	for (i = 0; i < f.nunrestorable; i++)
		if (!strcmp(f.unrestorable[i].path, "acpi/DSDT/\\_SB.PCI0/_UID")) {
			found++;
			cr_assert_str_eq(f.unrestorable[i].old_value, "0x01");
			cr_assert_str_eq(f.unrestorable[i].new_value, "0x00");
		}
	cr_assert_eq(found, 1);
	j = fixup_json(&f);
	cr_assert(json_object_object_get_ex(j, "unrestorable", &u));
	cr_assert_eq((size_t)json_object_array_length(u), f.nunrestorable);
	json_object_put(j);
	fixup_release(&f);
	cr_assert_eq(fixup_compute(st, "pc-i440fx-5.0", "5.0.0", "9.9.9", &f, &err), -1);
	cr_assert_eq(err.code, ERR_NOTFOUND);
	check_t_done(st);
}

Test(check, identify_finds_the_release_of_a_guest_dump, .timeout = 120)
{
	static const char *const rel[] = { "5.0.0", "5.2.0", "6.2.0", NULL };
	struct store *st = check_t_store(rel);
	struct error err = ERROR_INIT;
	struct identify_result r;
	char *p = xstrfmt("%s/qemu-5.2.0/pc-i440fx-5.0/guest", getenv("ABIDB_TESTDATA"));

	struct facts probe = FACTS_INIT;

	cr_assert_eq(import_probe_facts(p, &probe, &err), 0, "%s", err.msg);
	cr_assert_eq(identify_facts(st, &probe, 3, &r, &err), 0, "%s", err.msg);
	facts_release(&probe);
	cr_assert_eq(r.nr, 3);
	cr_assert_str_eq(r.v[0].rec.release, "5.2.0");
	cr_assert(r.v[0].exact);
	cr_assert_eq(r.v[0].matched, r.nprobe);
	cr_assert(!r.v[1].exact);
	cr_assert_gt(r.v[1].ndiffs, 0);
	cr_assert(strstr(r.sections, "acpi"));
	cr_assert(!strstr(r.sections, "qom"), "only the probe's sections are compared: %s", r.sections);
	identify_result_release(&r);
	free(p);
	check_t_done(st);
}

/* glob_match() compares the pattern's literal start itself before fnmatch: the two must agree. */
Test(glob, literal_start_agrees_with_fnmatch)
{
	static const char *const pats[] = { "", "acpi", "acpi/*", "acpi/DSDT/\\_SB.PCI0/_UID", "pc-*-5.[01]",
					    "qom/*/x-pcie-err-unc-mask", "a?c", "[ab]x", "*", "acpi/*/_UID" };
	static const char *const strs[] = { "", "acpi", "acpi/", "acpi/DSDT/\\_SB.PCI0/_UID", "pc-q35-5.1",
					    "pc-q35-5.2", "qom/VGA@pcie.0:01.0/x-pcie-err-unc-mask", "abc", "bx", "acp",
					    "acpi/DSDT/_UID", "acpix" };
	size_t i, j;

	for (i = 0; i < sizeof(pats) / sizeof(*pats); i++)
		for (j = 0; j < sizeof(strs) / sizeof(*strs); j++)
			cr_assert_eq(glob_match(pats[i], strs[j]), fnmatch(pats[i], strs[j], FNM_NOESCAPE) == 0,
				     "'%s' against '%s'", pats[i], strs[j]);
}
