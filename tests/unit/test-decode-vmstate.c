/* test-decode-vmstate.c: decode_vmstate() and decode_vmdesc() on real dumps and on bad input. */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "decode.h"
#include "util.h"

/* Parse a (gzipped) JSON file below $ABIDB_TESTDATA; the caller puts it. */
static struct json_object *vm_load(const char *rel)
{
	const char *dir = getenv("ABIDB_TESTDATA");
	struct strbuf sb = STRBUF_INIT;
	struct error err = ERROR_INIT;
	struct json_object *doc;
	char *path;

	cr_assert(dir, "ABIDB_TESTDATA is not set");
	path = xstrfmt("%s/%s", dir, rel);
	cr_assert(read_input(path, &sb, 0, &err) == 0, "%s", err.msg);
	doc = json_tokener_parse(sb.buf);
	cr_assert(doc, "cannot parse '%s'", path);
	free(path);
	strbuf_release(&sb);
	return doc;
}

typedef int (*vm_decoder)(struct json_object *, struct facts *, struct error *);

/* Decode a test data file into sorted facts; asserts success. */
static void vm_decode_file(vm_decoder fn, const char *rel, struct facts *out)
{
	struct json_object *doc = vm_load(rel);
	struct error err = ERROR_INIT;

	facts_init(out);
	cr_assert(fn(doc, out, &err) == 0, "%s: %s", rel, err.msg);
	json_object_put(doc);
	facts_sort(out);
}

/* Decode a JSON string; returns the decoder's result, err filled. */
static int vm_decode_str(vm_decoder fn, const char *json, struct facts *out, struct error *err)
{
	struct json_object *doc = json_tokener_parse(json);
	int ret;

	cr_assert(doc, "bad test JSON: %s", json);
	facts_init(out);
	ret = fn(doc, out, err);
	json_object_put(doc);
	facts_sort(out);
	return ret;
}

/* The value at `path`, or NULL. */
static const char *vm_get(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

static size_t vm_count_group(const struct facts *f, const char *group)
{
	size_t i, n = 0;

	for (i = 0; i < f->nr; i++)
		n += !strcmp(f->v[i].group, group);
	return n;
}

static void vm_expect(const struct facts *f, const char *path, const char *want)
{
	const char *got = vm_get(f, path);

	cr_assert(got, "missing fact '%s'", path);
	cr_assert_str_eq(got, want, "'%s' = '%s', expected '%s'", path, got, want);
}

Test(decode_vmstate, same_release_machine_types_identical)
{
	struct facts a, b;
	size_t i;

	vm_decode_file(decode_vmstate, "qemu-7.2.22/pc-q35-4.0/vmstate.json.gz", &a);
	vm_decode_file(decode_vmstate, "qemu-7.2.22/pc-q35-4.0.1/vmstate.json.gz", &b);
	cr_assert_gt(a.nr, 10000);
	cr_assert_eq(a.nr, b.nr);
	for (i = 0; i < a.nr; i++) {
		cr_assert_str_eq(a.v[i].group, b.v[i].group);
		cr_assert_str_eq(a.v[i].path, b.v[i].path);
		cr_assert_str_eq(a.v[i].value, b.v[i].value, "%s", a.v[i].path);
	}
	facts_release(&a);
	facts_release(&b);
}

Test(decode_vmstate, known_sections_and_fields)
{
	struct facts f;
	size_t i;

	vm_decode_file(decode_vmstate, "qemu-7.2.22/pc-q35-4.0/vmstate.json.gz", &f);
	vm_expect(&f, "vmstate/e1000/name", "e1000");
	vm_expect(&f, "vmstate/e1000/version_id", "2");
	vm_expect(&f, "vmstate/e1000/minimum_version_id", "1");
	/* PCIDevice, nested; "config" is there twice */
	vm_expect(&f, "vmstate/e1000/parent_obj/after", "(start)");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/name", "PCIDevice");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/version_id", "2");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/config/size", "256");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/config/field_exists", "true");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/config#2/size", "4096");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/config#2/after", "config");
	vm_expect(&f, "vmstate/e1000/parent_obj/struct/irq_state/version_id", "2");
	/* a struct's size is sizeof() in QEMU, not wire format: not a fact */
	cr_assert_null(vm_get(&f, "vmstate/e1000/parent_obj/size"));
	vm_expect(&f, "vmstate/e1000/parent_obj/version_id", "0");
	vm_expect(&f, "vmstate/e1000/rxbuf_size/size", "4");
	vm_expect(&f, "vmstate/e1000/rxbuf_size/after", "unused#2");
	vm_expect(&f, "vmstate/e1000/sub/e1000/mit_state/name", "e1000/mit_state");
	vm_expect(&f, "vmstate/e1000/sub/e1000/full_mac_state/mac_reg/size", "4");
	/* the header names the machine: no fact, no group */
	for (i = 0; i < f.nr; i++) {
		cr_assert(strncmp(f.v[i].path, "vmstate/", 8) == 0, "%s", f.v[i].path);
		cr_assert_null(strstr(f.v[i].path, "vmschkmachine"));
	}
	facts_release(&f);
}

Test(decode_vmstate, insertion_changes_one_order_fact)
{
	static const char *before =
		"{\"vmschkmachine\": {\"Name\": \"m\"}, \"d\": {\"Name\": \"d\", \"version_id\": 1,"
		" \"minimum_version_id\": 1, \"Description\": {\"name\": \"d\", \"version_id\": 1,"
		" \"minimum_version_id\": 1, \"Fields\": ["
		"{\"field\": \"a\", \"version_id\": 0, \"field_exists\": false, \"size\": 4},"
		"{\"field\": \"b\", \"version_id\": 0, \"field_exists\": false, \"size\": 4},"
		"{\"field\": \"c\", \"version_id\": 0, \"field_exists\": false, \"size\": 4}]}}}";
	static const char *after =
		"{\"vmschkmachine\": {\"Name\": \"m\"}, \"d\": {\"Name\": \"d\", \"version_id\": 1,"
		" \"minimum_version_id\": 1, \"Description\": {\"name\": \"d\", \"version_id\": 1,"
		" \"minimum_version_id\": 1, \"Fields\": ["
		"{\"field\": \"a\", \"version_id\": 0, \"field_exists\": false, \"size\": 4},"
		"{\"field\": \"x\", \"version_id\": 2, \"field_exists\": false, \"size\": 1},"
		"{\"field\": \"b\", \"version_id\": 0, \"field_exists\": false, \"size\": 4},"
		"{\"field\": \"c\", \"version_id\": 0, \"field_exists\": false, \"size\": 4}]}}}";
	struct error err = ERROR_INIT;
	struct facts a, b;
	size_t i, changed = 0, added = 0;

	cr_assert(vm_decode_str(decode_vmstate, before, &a, &err) == 0, "%s", err.msg);
	cr_assert(vm_decode_str(decode_vmstate, after, &b, &err) == 0, "%s", err.msg);
	for (i = 0; i < b.nr; i++) {
		const char *old = vm_get(&a, b.v[i].path);

		if (!old)
			added++;
		else if (strcmp(old, b.v[i].value))
			changed++;
	}
	cr_assert_eq(a.nr + 4, b.nr);
	cr_assert_eq(added, 4);		/* x/after, x/size, x/version_id, x/field_exists */
	cr_assert_eq(changed, 1);	/* b/after: a -> x */
	vm_expect(&b, "vmstate/d/b/after", "x");
	vm_expect(&b, "vmstate/d/c/after", "b");
	facts_release(&a);
	facts_release(&b);
}

Test(decode_vmstate, wrong_types_name_the_location)
{
	struct error err = ERROR_INIT;
	struct facts f;

	cr_assert_eq(vm_decode_str(decode_vmstate, "{\"x\": {\"version_id\": \"a\"}}", &f, &err), -1);
	cr_assert_eq(err.code, ERR_INPUT);
	cr_assert(strstr(err.msg, "'x/version_id'"), "%s", err.msg);
	cr_assert(strstr(err.msg, "expected an integer"), "%s", err.msg);
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmstate,
		"{\"e1000\": {\"version_id\": 1, \"minimum_version_id\": 1, \"Description\":"
		" {\"name\": \"e1000\", \"version_id\": 1, \"minimum_version_id\": 1, \"Fields\": ["
		"{\"field\": \"a\", \"version_id\": 0, \"field_exists\": false, \"size\": 4},"
		"{\"field\": \"b\", \"version_id\": 0, \"field_exists\": false, \"size\": \"4\"}]}}}",
		&f, &err), -1);
	cr_assert_str_eq(err.msg,
		"vmstate: 'e1000/Description/Fields[1]/size': expected an integer");
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmstate, "{\"x\": {\"version_id\": 1,"
		" \"minimum_version_id\": 1}}", &f, &err), -1);
	cr_assert_str_eq(err.msg, "vmstate: 'x': missing 'Description'");
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmstate, "[1, 2]", &f, &err), -1);
	cr_assert_eq(err.code, ERR_INPUT);
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmstate, "{\"x\": 3}", &f, &err), -1);
	cr_assert(strstr(err.msg, "'x'"), "%s", err.msg);
	facts_release(&f);

	facts_init(&f);
	cr_assert_eq(decode_vmstate(NULL, &f, &err), -1);
	facts_release(&f);
}

Test(decode_vmdesc, e1000_then_e1000e)
{
	struct facts a, b;

	vm_decode_file(decode_vmdesc, "qemu-7.2.22/pc-q35-2.11/migration-vmdesc.json.gz", &a);
	vm_decode_file(decode_vmdesc, "qemu-7.2.22/pc-q35-2.12/migration-vmdesc.json.gz", &b);
	vm_expect(&a, "migration/status", "completed");
	vm_expect(&a, "migration/vmdesc", "present");
	cr_assert_null(vm_get(&a, "migration/stream_bytes"));
	vm_expect(&a, "migration/0000:00:02.0/e1000[0]/vmsd_name", "e1000");
	vm_expect(&a, "migration/0000:00:02.0/e1000[0]/version", "2");
	vm_expect(&a, "migration/0000:00:02.0/e1000[0]/parent_obj/type", "struct");
	vm_expect(&a, "migration/0000:00:02.0/e1000[0]/parent_obj/struct/vmsd_name", "PCIDevice");
	vm_expect(&a, "migration/0000:00:02.0/e1000[0]/parent_obj/struct/config[0]/size", "256");
	cr_assert_eq(vm_count_group(&a, "migration/0000:00:02.0/e1000e[0]"), 0);

	vm_expect(&b, "migration/0000:00:02.0/e1000e[0]/vmsd_name", "e1000e");
	cr_assert_eq(vm_count_group(&b, "migration/0000:00:02.0/e1000[0]"), 0);
	cr_assert_gt(vm_count_group(&b, "migration/0000:00:02.0/e1000e[0]"), 100);
	/* QEMU's own "index" names an element; instance ids keep devices apart */
	vm_expect(&b, "migration/i8259[1]/vmsd_name", "i8259");
	vm_expect(&b, "migration/timer[0]/unused/type", "unused_buffer");
	vm_expect(&b, "migration/timer[0]/cpu_clock_offset/after", "unused");
	facts_release(&a);
	facts_release(&b);
}

Test(decode_vmdesc, failed_migration_is_an_observation)
{
	struct facts f;

	vm_decode_file(decode_vmdesc, "qemu-8.2.2/pc-i440fx-2.0/migration-vmdesc.json.gz", &f);
	cr_assert_eq(f.nr, 2);
	vm_expect(&f, "migration/status", "exception");
	vm_expect(&f, "migration/error", "BrokenPipeError(32, 'Broken pipe')");
	cr_assert_str_eq(f.v[0].group, "migration");
	facts_release(&f);
}

Test(decode_vmdesc, suppressed_description)
{
	struct error err = ERROR_INIT;
	struct facts f;

	cr_assert_eq(vm_decode_str(decode_vmdesc, "{\"error-desc\": null, \"status\": \"completed\","
		" \"stream_bytes\": 884927, \"vmdesc\": null}", &f, &err), 0, "%s", err.msg);
	cr_assert_eq(f.nr, 2);
	vm_expect(&f, "migration/status", "completed");
	vm_expect(&f, "migration/vmdesc", "absent");
	facts_release(&f);
}

Test(decode_vmdesc, wrong_types_name_the_location)
{
	struct error err = ERROR_INIT;
	struct facts f;

	cr_assert_eq(vm_decode_str(decode_vmdesc, "{\"status\": 3}", &f, &err), -1);
	cr_assert_str_eq(err.msg, "vmdesc: 'status': expected a string");
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmdesc, "{\"status\": \"completed\", \"vmdesc\":"
		" {\"devices\": [{\"name\": \"a\", \"instance_id\": 0, \"fields\": ["
		"{\"name\": \"f\", \"size\": \"x\", \"type\": \"uint8\"}]}]}}", &f, &err), -1);
	cr_assert_str_eq(err.msg, "vmdesc: 'vmdesc/devices[0]/fields[0]/size': expected an integer");
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmdesc, "{\"status\": \"completed\", \"vmdesc\":"
		" {\"devices\": [{\"name\": \"a\"}]}}", &f, &err), -1);
	cr_assert_str_eq(err.msg, "vmdesc: 'vmdesc/devices[0]': missing 'instance_id'");
	facts_release(&f);

	error_clear(&err);
	cr_assert_eq(vm_decode_str(decode_vmdesc, "\"completed\"", &f, &err), -1);
	cr_assert_eq(err.code, ERR_INPUT);
	facts_release(&f);

	facts_init(&f);
	cr_assert_eq(decode_vmdesc(NULL, &f, &err), -1);
	facts_release(&f);
}

/* The ARM CPU's register list the collector read from virt-7.2's stream (Debian's QEMU 7.2). */
Test(decode_vmdesc, cpreg_list_of_virt)
{
	struct facts f;
	size_t i, n = 0;

	vm_decode_file(decode_vmdesc, "qemu-7.2.22-aarch64/virt-7.2/migration-vmdesc.json.gz", &f);
	for (i = 0; i < f.nr; i++)
		n += !strcmp(f.v[i].group, "migration/cpu[0]/cpreg");
	cr_expect_eq(n, 197 + 2);
	vm_expect(&f, "migration/cpu[0]/cpreg/count", "197");
	vm_expect(&f, "migration/cpu[0]/cpreg/highest", "0x603000000013ff12");
	vm_expect(&f, "migration/cpu[0]/cpreg/0x40200000000f0010", "p15,2,c0,c0,0");
	vm_expect(&f, "migration/cpu[0]/cpreg/0x40300000200e0080", "p14,0,c1 ns");
	vm_expect(&f, "migration/cpu[0]/cpreg/0x603000000013c080", "S3_0_C1_C0_0");
	/* the device's own description is untouched */
	vm_expect(&f, "migration/cpu[0]/cpreg_vmstate_indexes/array_len", "197");
	facts_release(&f);
}

Test(decode_vmdesc, bad_cpreg_lists_name_the_index)
{
	static const char *const bad[] = {
		"[\"0x603000000013c081\", \"0x603000000013c080\"]",	/* not sorted */
		"[\"0x603000000013c08\"]",				/* 15 digits */
		"[\"603000000013c0800\"]",				/* no 0x */
		"[\"0x603000000013c08g\"]",
		"[7]",
	};
	struct error err = ERROR_INIT;
	struct facts f;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		char *doc = xstrfmt("{\"status\": \"completed\", \"vmdesc\": {\"devices\": []}, \"cpreg\": {\"cpu[0]\": %s}}",
				    bad[i]);

		error_clear(&err);
		cr_expect_eq(vm_decode_str(decode_vmdesc, doc, &f, &err), -1, "%s", bad[i]);
		cr_expect(strstr(err.msg, "vmdesc: 'cpreg/cpu[0]["), "%s: %s", bad[i], err.msg);
		facts_release(&f);
		free(doc);
	}
	/* a note that the stream could not be walked is no fact */
	cr_assert_eq(vm_decode_str(decode_vmdesc, "{\"status\": \"completed\", \"vmdesc\": {\"devices\": []}, "
		"\"cpreg_error\": \"stream: cut at byte 9 (of 9) in the header\"}", &f, &err), 0, "%s", err.msg);
	cr_expect_eq(f.nr, 2);	/* status, vmdesc */
	facts_release(&f);
}
