/* test-waiver.c: waivers and notes: stored rows, their checks, loading, importing a notes file twice, and a waiver in a real diff. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "diff.h"
#include "t-db.h"
#include "util.h"

Test(waiver, a_stored_waiver_needs_globs_a_reason_and_a_range)
{
	char path[256];
	struct store *st = t_db_new(NULL, path);
	struct error err = ERROR_INIT;
	struct waiver w = { 0 };
	struct waiver *v;
	size_t n;
	long long id = 0;

	w.machine_glob = "pc-*";
	w.path_glob = "acpi/*";
	cr_assert_eq(waiver_add_db(st, &w, &id, &err), -1);
	cr_assert_eq(err.code, ERR_USAGE);
	cr_assert_str_eq(err.msg, "a waiver needs a reason");
	w.reason = "accepted";
	w.release_from = "6.0";
	w.release_to = "5.2";
	cr_assert_eq(waiver_add_db(st, &w, &id, &err), -1);
	cr_assert_str_eq(err.msg, "release range '6.0..5.2' is empty");
	w.release_from = "5.2";
	w.release_to = "6.0";
	w.path_glob = "";
	cr_assert_eq(waiver_add_db(st, &w, &id, &err), -1);
	cr_assert_str_eq(err.msg, "a waiver needs a machine glob and a path glob");
	w.path_glob = "acpi/*";
	cr_assert_eq(waiver_add_db(st, &w, &id, &err), 0, "%s", err.msg);
	cr_assert_eq(id, 1);

	cr_assert_eq(waivers_load_db(st, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 1);
	cr_assert_eq(v[0].id, 1);
	cr_assert_str_eq(v[0].origin, "db");
	cr_assert_str_eq(v[0].reason, "accepted");
	cr_assert_str_eq(v[0].release_from, "5.2");
	cr_assert_str_eq(v[0].release_to, "6.0");
	waivers_free(v, n);
	cr_assert_eq(waiver_rm_db(st, 1, &err), 0, "%s", err.msg);
	cr_assert_eq(waivers_load_db(st, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 0);
	waivers_free(v, n);
	t_db_done(st, path);
}

Test(waiver, file_waivers_say_where_they_come_from)
{
	char *p = t_write_tmp("# accepted\n\npc-* 'x' 5.2..6.0 a reason\n\"pc-q35-*\" \"qom/mr:bus master/*\" regions\n");
	struct error err = ERROR_INIT;
	struct waiver *v;
	size_t n;
	char *origin;

	cr_assert_eq(waivers_load_file(p, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 2);
	origin = xstrfmt("%s:3", p);
	cr_assert_str_eq(v[0].origin, origin);
	cr_assert_str_eq(v[0].release_from, "5.2");
	cr_assert_str_eq(v[0].reason, "a reason");
	cr_assert_str_eq(v[1].path_glob, "qom/mr:bus master/*");
	cr_assert_str_eq(v[1].release_from, "");
	cr_assert_eq(v[1].id, 0);
	waivers_free(v, n);
	free(origin);
	unlink(p);
	free(p);
}

Test(waiver, a_notes_file_imported_twice_adds_nothing_the_second_time)
{
	char path[256];
	struct store *st = t_db_new(NULL, path);
	char *p = t_write_tmp("pc-* acpi/DSDT/\\_SB.PCI0/_UID 5.2..5.2 the _UID change https://example.org/uid\n"
			    "pc-q35-* pci/* a note without a link\n");
	struct error err = ERROR_INIT;
	struct note *v, bad = { 0 };
	size_t n, added, known;

	cr_assert_eq(notes_import_file(st, p, &added, &known, &err), 0, "%s", err.msg);
	cr_assert_eq(added, 2);
	cr_assert_eq(known, 0);
	cr_assert_eq(notes_import_file(st, p, &added, &known, &err), 0, "%s", err.msg);
	cr_assert_eq(added, 0);
	cr_assert_eq(known, 2);
	cr_assert_eq(notes_load_db(st, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 2);
	cr_assert_str_eq(v[0].text, "the _UID change");
	cr_assert_str_eq(v[0].link, "https://example.org/uid");
	cr_assert_str_eq(v[1].link, "");
	notes_free(v, n);

	bad.machine_glob = "*";
	bad.path_glob = "*";
	cr_assert_eq(note_add_db(st, &bad, NULL, &err), -1);
	cr_assert_str_eq(err.msg, "a note needs a text");
	cr_assert_eq(note_rm_db(st, 9, &err), -1);
	cr_assert_eq(err.code, ERR_NOTFOUND);
	unlink(p);
	free(p);
	t_db_done(st, path);
}

/* The 5.2 _UID change of pc-i440fx-5.0, waived from the database: the entry says which waiver. */
Test(waiver, a_stored_waiver_waives_the_real_uid_change, .timeout = 120)
{
	static const char *const rel[] = { "5.0.0", "5.2.0", NULL };
	char path[256];
	struct store *st = t_db_new(rel, path);
	struct error err = ERROR_INIT;
	struct waiver w = { 0 }, *v;
	struct record_row a, b;
	struct diff_opts o = { 0 };
	struct diff d;
	size_t n, i, waived = 0;
	long long id;

	w.machine_glob = "pc-i440fx-*";
	w.path_glob = "acpi/DSDT/\\_SB.PCI0/_UID";
	w.release_from = "5.2";
	w.release_to = "5.2";
	w.reason = "known _UID change";
	cr_assert_eq(waiver_add_db(st, &w, &id, &err), 0, "%s", err.msg);
	cr_assert_eq(waivers_load_db(st, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_find_record(st, "5.0.0", "pc-i440fx-5.0", &a, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_find_record(st, "5.2.0", "pc-i440fx-5.0", &b, &err), 0, "%s", err.msg);
	o.views = VIEW_GUEST;
	o.waivers = v;
	o.nwaivers = n;
	cr_assert_eq(diff_records(st, a.id, b.id, &o, &d, &err), 0, "%s", err.msg);
	for (i = 0; i < d.nr; i++) {
		if (!d.v[i].waiver_id)
			continue;
		waived++;
		cr_assert_str_eq(d.v[i].path, "acpi/DSDT/\\_SB.PCI0/_UID");
		cr_assert_eq(d.v[i].waiver_id, id);
		cr_assert_str_eq(d.v[i].waiver_reason, "known _UID change");
	}
	cr_assert_eq(waived, 1);
	cr_assert_eq(d.waived, 1);
	diff_release(&d);
	record_row_release(&a);
	record_row_release(&b);
	waivers_free(v, n);
	t_db_done(st, path);
}
