/* test-store.c: the store's copy, its walk over stored dumps, waiver and note rows, and the dump-kind table, on the real sample. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "dump-kind.h"
#include "import.h"
#include "rules.h"
#include "t-db.h"
#include "util.h"

static const char *const r500[] = { "5.0.0", NULL };

static void records_equal(struct store *a, struct store *b)
{
	struct record_row *va, *vb;
	struct error err = ERROR_INIT;
	size_t na, nb, i;

	cr_assert_eq(catalog_records(a, &va, &na, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_records(b, &vb, &nb, &err), 0, "%s", err.msg);
	cr_assert_eq(na, nb);
	for (i = 0; i < na; i++) {
		cr_assert_eq(va[i].id, vb[i].id);
		cr_assert_str_eq(va[i].digest, vb[i].digest);
		cr_assert_str_eq(va[i].kinds, vb[i].kinds);
		cr_assert_eq(va[i].nfacts, vb[i].nfacts);
	}
	record_rows_free(va, na);
	record_rows_free(vb, nb);
}

Test(store, copy_is_the_same_database_and_independent)
{
	char path[256], copy[300];
	struct store *st = t_db_new(r500, path), *cp;
	struct error err = ERROR_INIT;
	long long g1, g2;

	snprintf(copy, sizeof(copy), "%s.copy", path);
	cr_assert_eq(store_copy(st, copy, &err), 0, "%s", err.msg);
	cr_assert_eq(store_open(&cp, copy, 0, &err), 0, "%s", err.msg);
	records_equal(st, cp);
	cr_assert_eq(store_generation(st, &g1, &err), 0, "%s", err.msg);
	cr_assert_eq(store_generation(cp, &g2, &err), 0, "%s", err.msg);
	cr_assert_eq(g1, g2);

	/* a write to the copy leaves the original as it was */
	cr_assert_eq(store_rule_add(cp, RULE_WAIVER, &(struct rule_row){ 0, "*", "*", NULL, NULL, "x", NULL },
				    NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(store_generation(cp, &g2, &err), 0, "%s", err.msg);
	cr_assert_gt(g2, g1);
	cr_assert_eq(store_generation(st, &g2, &err), 0, "%s", err.msg);
	cr_assert_eq(g2, g1);
	t_db_done(cp, copy);
	t_db_done(st, path);
}

Test(store, copy_to_a_missing_folder_fails)
{
	char path[256];
	struct store *st = t_db_new(NULL, path);
	struct error err = ERROR_INIT;

	cr_assert_eq(store_copy(st, "/nonexistent-folder/x.sqlite", &err), -1);
	cr_assert_eq(err.code, ERR_DB);
	cr_assert(strstr(err.msg, "/nonexistent-folder/x.sqlite"), "%s", err.msg);
	t_db_done(st, path);
}

struct walk {
	size_t n, stop_at;
	long long last_record;
	char last_kind[16];
	int ordered, qom_same;
	struct strbuf qom;	/* the bytes of pc-i440fx-5.0's qom.json */
};

static int on_dump(void *data, const struct stored_dump *d)
{
	struct walk *w = data;

	if (d->record_id < w->last_record ||
	    (d->record_id == w->last_record && strcmp(d->kind, w->last_kind) <= 0))
		w->ordered = 0;
	w->last_record = d->record_id;
	snprintf(w->last_kind, sizeof(w->last_kind), "%s", d->kind);
	cr_assert(dump_kind_find(d->kind), "stored kind '%s' has no row", d->kind);
	cr_assert_str_eq(d->imported_by, "test");
	if (!strcmp(d->kind, "qom") && strstr(d->source, "pc-i440fx-5.0/qom.json"))
		w->qom_same = d->rawlen == w->qom.len && !memcmp(d->raw, w->qom.buf, d->rawlen);
	return ++w->n == w->stop_at;
}

Test(store, each_dump_walks_every_dump_in_order_with_its_raw_input)
{
	char path[256];
	struct store *st = t_db_new(r500, path);
	struct error err = ERROR_INIT;
	struct walk w = { 0, 0, 0, "", 1, 0, STRBUF_INIT };
	struct record_row *v;
	size_t n, i, kinds = 0;
	char *qom = t_data("qemu-5.0.0/pc-i440fx-5.0/qom.json");

	t_read(qom, &w.qom);
	cr_assert_eq(catalog_records(st, &v, &n, &err), 0, "%s", err.msg);
	/* one dump per kind listed for each record */
	for (i = 0; i < n; i++) {
		const char *p;

		for (p = v[i].kinds; *p; p++)
			kinds += *p == ',';
		kinds += *v[i].kinds != '\0';
	}
	cr_assert_eq(store_each_dump(st, on_dump, &w, &err), 0, "%s", err.msg);
	cr_assert_eq(w.n, kinds);
	cr_assert_eq(n, 2);
	cr_assert_eq(w.n, 10, "two machine types with five dumps each");
	cr_assert(w.ordered, "dumps come in (record, kind) order");
	cr_assert(w.qom_same, "the raw input kept is the file's bytes");

	/* a callback that says stop stops the walk */
	memset(&w.last_kind, 0, sizeof(w.last_kind));
	w.n = 0;
	w.last_record = 0;
	w.stop_at = 3;
	error_set(&err, ERR_INPUT, "stopped");
	cr_assert_eq(store_each_dump(st, on_dump, &w, &err), -1);
	cr_assert_eq(w.n, 3);
	cr_assert_str_eq(err.msg, "stopped");
	record_rows_free(v, n);
	strbuf_release(&w.qom);
	free(qom);
	t_db_done(st, path);
}

static int collect_rule(void *data, const struct rule_row *r)
{
	struct strbuf *sb = data;

	strbuf_addf(sb, "%lld|%s|%s|%s|%s|%s|%s\n", r->id, r->machine_glob, r->path_glob, r->release_from,
		    r->release_to, r->text, r->link);
	return 0;
}

Test(store, waiver_and_note_rows_round_trip)
{
	char path[256];
	struct store *st = t_db_new(NULL, path);
	struct error err = ERROR_INIT;
	struct strbuf sb = STRBUF_INIT;
	struct rule_row w = { 0, "pc-*", "acpi/DSDT/\\_SB.PCI0/_UID", "5.2.0", NULL, "known _UID change", NULL };
	struct rule_row n = { 0, "pc-q35-*", "pci/*", NULL, "6.0", "a note", "https://example.org/x" };
	long long wid = 0, nid = 0;

	cr_assert_eq(store_rule_add(st, RULE_WAIVER, &w, &wid, &err), 0, "%s", err.msg);
	cr_assert_eq(store_rule_add(st, RULE_NOTE, &n, &nid, &err), 0, "%s", err.msg);
	cr_assert_eq(wid, 1);
	cr_assert_eq(nid, 1);
	cr_assert_eq(store_rules(st, RULE_WAIVER, collect_rule, &sb, &err), 0, "%s", err.msg);
	cr_assert_str_eq(sb.buf, "1|pc-*|acpi/DSDT/\\_SB.PCI0/_UID|5.2.0||known _UID change|\n");
	strbuf_reset(&sb);
	cr_assert_eq(store_rules(st, RULE_NOTE, collect_rule, &sb, &err), 0, "%s", err.msg);
	cr_assert_str_eq(sb.buf, "1|pc-q35-*|pci/*||6.0|a note|https://example.org/x\n");

	cr_assert_eq(store_rule_remove(st, RULE_WAIVER, 1, &err), 0, "%s", err.msg);
	cr_assert_eq(store_rule_remove(st, RULE_WAIVER, 1, &err), -1);
	cr_assert_eq(err.code, ERR_NOTFOUND);
	cr_assert_str_eq(err.msg, "no waiver 1");
	cr_assert_eq(store_rule_remove(st, RULE_NOTE, 7, &err), -1);
	cr_assert_str_eq(err.msg, "no note 7");
	strbuf_reset(&sb);
	cr_assert_eq(store_rules(st, RULE_WAIVER, collect_rule, &sb, &err), 0, "%s", err.msg);
	cr_assert_str_eq(sb.buf, "");
	strbuf_release(&sb);
	t_db_done(st, path);
}

/* ---- the dump-kind table ---- */

Test(dump_kinds, every_kind_feeds_a_section_and_every_section_has_a_kind)
{
	char path[256];
	struct store *st = t_db_new(NULL, path);
	const struct section_info *secs;
	size_t n = store_sections(st, &secs), i, k;

	for (k = 0; k < DUMP_KINDS; k++) {
		size_t feeds = 0;

		for (i = 0; i < n; i++)
			feeds += !strcmp(secs[i].kind, dump_kinds[k].name);
		cr_assert_gt(feeds, 0, "kind '%s' feeds no section of the schema", dump_kinds[k].name);
		cr_assert_eq(dump_kind_find(dump_kinds[k].name), &dump_kinds[k]);
		cr_assert(dump_kinds[k].decode, "kind '%s' has no decoder", dump_kinds[k].name);
		cr_assert(dump_kinds[k].files && dump_kinds[k].files[0], "kind '%s' has no file name", dump_kinds[k].name);
	}
	for (i = 0; i < n; i++)
		cr_assert(dump_kind_find(secs[i].kind), "section '%s' is fed by '%s', which has no row",
			  secs[i].name, secs[i].kind);
	cr_assert_null(dump_kind_find("nonsense"));
	t_db_done(st, path);
}

/* Each kind's file names in a real machine folder (x86, or the arm sample for the device tree) are detected as that kind, and decode. */
Test(dump_kinds, real_files_are_detected_and_decoded_by_their_row)
{
	size_t k;

	for (k = 0; k < DUMP_KINDS; k++) {
		const struct dump_kind *dk = &dump_kinds[k];
		const char *const *f;
		int found = 0;

		for (f = dk->files; *f; f++) {
			int dtb = !strcmp(dk->name, "dtb");
			char *rel = dtb ? xstrfmt("../fuzz/corpus/fuzz-input/virt-7.2.dtb")
					: xstrfmt("qemu-5.0.0/pc-q35-5.0/%s", *f), *p = t_data(rel);
			struct input_set in = { 0 };
			struct import_opts o = { 0 };
			struct error err = ERROR_INIT;
			struct facts facts = FACTS_INIT;

			o.release = "5.0.0";
			o.machine = "pc-q35-5.0";
			if (access(p, F_OK) == 0) {
				found = 1;
				cr_assert_eq(input_read_path(p, &o, &in, &err), 0, "%s: %s", p, err.msg);
				cr_assert_eq(in.nr, 1);
				cr_assert_eq(in.v[0].ndumps, 1);
				cr_assert_str_eq(in.v[0].dumps[0].kind, dk->name, "%s", p);
				cr_assert_eq(decode_dump(&in.v[0].dumps[0], "pc-q35-5.0", &facts, &err), 0, "%s", err.msg);
				cr_assert_gt(facts.nr, 0, "%s decodes to no fact", p);
				if (dk->detect) {
					cr_assert_eq(dump_load(&in.v[0].dumps[0], &err), 0, "%s", err.msg);
					cr_assert_eq(dump_kind_detect(in.v[0].dumps[0].json), dk, "%s", p);
				}
			}
			facts_release(&facts);
			input_set_release(&in);
			free(rel);
			free(p);
		}
		cr_assert(found, "no file of kind '%s' in the sample", dk->name);
	}
}

/* An x86 machine folder gives one dump of every kind of the table but the device tree. */
Test(dump_kinds, a_machine_folder_has_one_dump_per_kind)
{
	char *p = t_data("qemu-5.0.0/pc-i440fx-5.0");
	struct input_set in = { 0 };
	struct import_opts o = { 0 };
	struct error err = ERROR_INIT;
	size_t k, i;

	o.release = "5.0.0";
	cr_assert_eq(input_read_path(p, &o, &in, &err), 0, "%s", err.msg);
	cr_assert_eq(in.nr, 1);
	cr_assert_eq(in.v[0].ndumps, DUMP_KINDS - 1);
	cr_assert_str_eq(in.v[0].dumps[0].kind, "qmp", "the identity kind is read first");
	for (k = 0; k < DUMP_KINDS; k++) {
		int seen = 0;

		for (i = 0; i < in.v[0].ndumps; i++)
			seen += !strcmp(in.v[0].dumps[i].kind, dump_kinds[k].name);
		cr_assert_eq(seen, strcmp(dump_kinds[k].name, "dtb") ? 1 : 0, "kind '%s'", dump_kinds[k].name);
	}
	cr_assert_str_eq(in.v[0].machine, "pc-i440fx-5.0");
	input_set_release(&in);
	free(p);
}
