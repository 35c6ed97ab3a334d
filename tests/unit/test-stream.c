/* test-stream.c: the migration stream walk (collector/stream.c) on a real stream of QEMU 7.2: whole, cut, damaged. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "stream.h"
#include "util.h"

/*
 * tests/collect/virt-7.2.migration.stream.gz: qemu-system-aarch64 (Debian
 * 1:7.2+dfsg-7+deb12u18+b3) -machine virt-7.2 -accel tcg -S, migrated
 * stopped into a file as abidb collect does.
 */
static void load_stream(struct strbuf *out)
{
	const char *root = getenv("ABIDB_TESTDATA");
	struct error err = ERROR_INIT;
	char *p;

	cr_assert(root, "ABIDB_TESTDATA is not set");
	p = xstrfmt("%s/../collect/virt-7.2.migration.stream.gz", root);
	cr_assert_eq(read_input(p, out, 64u << 20, &err), 0, "%s", err.msg);
	free(p);
}

/* The description's array_len of the cpu's cpreg_vmstate_indexes. */
static int64_t described_count(struct json_object *vmdesc)
{
	struct json_object *devs = json_object_object_get(vmdesc, "devices");
	size_t i, j;

	for (i = 0; i < json_object_array_length(devs); i++) {
		struct json_object *d = json_object_array_get_idx(devs, i);
		struct json_object *f = json_object_object_get(d, "fields");

		if (strcmp(json_object_get_string(json_object_object_get(d, "name")), "cpu"))
			continue;
		for (j = 0; j < json_object_array_length(f); j++) {
			struct json_object *x = json_object_array_get_idx(f, j);

			if (!strcmp(json_object_get_string(json_object_object_get(x, "name")), "cpreg_vmstate_indexes"))
				return json_object_get_int64(json_object_object_get(x, "array_len"));
		}
	}
	return -1;
}

/* Walk a copy of exactly n bytes (so that a read past the end is a sanitizer error). */
static int walk_copy(const char *buf, size_t n, struct json_object *vmdesc, struct json_object **out,
		     struct error *err)
{
	unsigned char *copy = xmalloc(n ? n : 1);
	int rc;

	memcpy(copy, buf, n);
	rc = stream_cpreg_lists(copy, n, vmdesc, out, err);
	free(copy);
	return rc;
}

Test(stream, the_cpus_register_list)
{
	struct strbuf st = STRBUF_INIT;
	struct error err = ERROR_INIT;
	struct json_object *vmdesc, *lists, *l;
	size_t i;

	load_stream(&st);
	cr_assert((vmdesc = stream_find_vmdesc(st.buf, st.len)), "no description at the end of the stream");
	cr_assert(stream_has_cpreg(vmdesc));
	cr_assert_eq(stream_cpreg_lists((unsigned char *)st.buf, st.len, vmdesc, &lists, &err), 0, "%s", err.msg);
	cr_assert_eq(json_object_object_length(lists), 1);
	cr_assert((l = json_object_object_get(lists, "cpu[0]")));
	cr_assert_eq((int64_t)json_object_array_length(l), described_count(vmdesc));
	cr_expect_eq(json_object_array_length(l), 197);
	cr_expect_str_eq(json_object_get_string(json_object_array_get_idx(l, 0)), "0x40200000000f0010");
	cr_expect_str_eq(json_object_get_string(json_object_array_get_idx(l, 196)), "0x603000000013ff12");
	for (i = 1; i < json_object_array_length(l); i++)
		cr_assert_gt(strcmp(json_object_get_string(json_object_array_get_idx(l, i)),
				    json_object_get_string(json_object_array_get_idx(l, i - 1))), 0, "not sorted at %zu", i);
	json_object_put(lists);
	json_object_put(vmdesc);
	strbuf_release(&st);
}

/* The stream ends with QEMU_VM_EOF, 0x06, a be32 length and the description: where EOF is. */
static size_t eof_at(const struct strbuf *st)
{
	const unsigned char *b = (const unsigned char *)st->buf;
	size_t p;

	for (p = st->len - 5; p > 0; p--)
		if (b[p] == 0x06 && b[p - 1] == 0x00 &&
		    ((size_t)b[p + 1] << 24 | (size_t)b[p + 2] << 16 | (size_t)b[p + 3] << 8 | b[p + 4]) == st->len - p - 5)
			return p - 1;
	cr_assert_fail("no QEMU_VM_EOF before the description");
	return 0;
}

/* Every cut before QEMU_VM_EOF is an error that says so, never a crash or a list. */
Test(stream, a_cut_stream_is_an_error)
{
	struct strbuf st = STRBUF_INIT;
	struct json_object *vmdesc, *lists;
	size_t eof, n, tried = 0;

	load_stream(&st);
	cr_assert((vmdesc = stream_find_vmdesc(st.buf, st.len)));
	eof = eof_at(&st);
	cr_assert_gt(eof, 8192);
	for (n = 0; n <= eof; n += n < 64 || n > eof - 600 ? 1 : n < eof - 8192 ? 4093 : 7) {
		struct error err = ERROR_INIT;

		cr_assert_eq(walk_copy(st.buf, n, vmdesc, &lists, &err), -1, "cut at %zu: no error", n);
		cr_assert_null(lists);
		cr_assert(strstr(err.msg, "stream: cut at byte"), "cut at %zu: %s", n, err.msg);
		tried++;
	}
	cr_assert_gt(tried, 100);
	json_object_put(vmdesc);
	strbuf_release(&st);
}

Test(stream, a_damaged_stream_is_an_error)
{
	struct strbuf st = STRBUF_INIT;
	struct error err = ERROR_INIT;
	struct json_object *vmdesc, *lists, *other;
	char *p;

	load_stream(&st);
	cr_assert((vmdesc = stream_find_vmdesc(st.buf, st.len)));
	st.buf[0] = 'X';
	cr_assert_eq(walk_copy(st.buf, st.len, vmdesc, &lists, &err), -1);
	cr_expect(strstr(err.msg, "no QEVM magic"), "%s", err.msg);
	st.buf[0] = 'Q';
	/* the cpu section's header: 0x04, be32 id, "\3cpu", be32 instance 0, be32 version 22 */
	p = memmem(st.buf, st.len, "\003cpu\0\0\0\0\0\0\0\026", 12);
	cr_assert(p, "no cpu section header");
	p[11] = 0x17;	/* a version is not checked here; the section is sized by the description */
	cr_assert_eq(walk_copy(st.buf, st.len, vmdesc, &lists, &err), 0, "%s", err.msg);
	json_object_put(lists);
	p[1] = 'x';	/* "xpu": a section the description does not name */
	cr_assert_eq(walk_copy(st.buf, st.len, vmdesc, &lists, &err), -1);
	cr_expect(strstr(err.msg, "section 'xpu' instance 0"), "%s", err.msg);
	p[1] = 'c';
	/* a description whose sizes are out of bounds: an error, no overflow */
	{
		struct json_object *devs = json_object_object_get(vmdesc, "devices"), *regs = NULL;
		size_t i;

		for (i = 0; i < json_object_array_length(devs) && !regs; i++) {
			struct json_object *d = json_object_array_get_idx(devs, i);

			if (!strcmp(json_object_get_string(json_object_object_get(d, "name")), "cpu"))
				regs = json_object_array_get_idx(json_object_object_get(d, "fields"), 0);
		}
		cr_assert(regs);
		json_object_object_add(regs, "size", json_object_new_int64(INT64_C(1) << 62));
		cr_assert(stream_has_cpreg(vmdesc));
		cr_assert_eq(walk_copy(st.buf, st.len, vmdesc, &lists, &err), -1);
		cr_expect(strstr(err.msg, "section 'cpu': the description gives no size"), "%s", err.msg);
	}
	/* a description without an ARM CPU: nothing to read */
	other = json_tokener_parse("{\"page_size\":4096,\"devices\":[{\"name\":\"timer\",\"instance_id\":0,"
				   "\"fields\":[{\"name\":\"t\",\"size\":8,\"type\":\"int64\"}]}]}");
	cr_assert_not(stream_has_cpreg(other));
	cr_assert_eq(stream_cpreg_lists((unsigned char *)st.buf, st.len, other, &lists, &err), 0);
	cr_assert_null(lists);
	json_object_put(other);
	json_object_put(vmdesc);
	strbuf_release(&st);
}
