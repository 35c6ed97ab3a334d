/* test-dtb.c: decode_dtb() on QEMU 7.2's real virt-7.2 device tree, phandle renumbering, bad input. */
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "import.h"
#include "t-db.h"
#include "util.h"

/* The DTB Debian's qemu-system-aarch64 7.2 wrote for -machine virt-7.2,dumpdtb= (packed) */
#define VIRT_DTB "../fuzz/corpus/fuzz-input/virt-7.2.dtb"

static const char *value_of(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

static void expect(const struct facts *f, const char *path, const char *value)
{
	const char *v = value_of(f, path);

	cr_assert(v, "no fact %s", path);
	cr_assert_str_eq(v, value, "%s", path);
}

Test(dtb, real_virt_tree_as_facts)
{
	char *p = t_data(VIRT_DTB);
	struct strbuf b = STRBUF_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	size_t i;

	t_read(p, &b);
	cr_assert_eq(decode_dtb(b.buf, b.len, &f, &err), 0, "%s", err.msg);
	facts_sort(&f);
	expect(&f, "dtb/(root)/compatible", "\"linux,dummy-virt\"");
	expect(&f, "dtb/(root)/#address-cells", "<0x2>");
	/* a string list; cells in hex; the phandle as the path of its node */
	expect(&f, "dtb/pl011@9000000/compatible", "\"arm,pl011\", \"arm,primecell\"");
	expect(&f, "dtb/pl011@9000000/reg", "<0x0 0x9000000 0x0 0x1000>");
	expect(&f, "dtb/pl011@9000000/clocks", "<&{/apb-pclk} &{/apb-pclk}>");
	expect(&f, "dtb/(root)/interrupt-parent", "<&{/intc@8000000}>");
	expect(&f, "dtb/gpio-keys/poweroff/gpios", "<&{/pl061@9030000} 0x3 0x0>");
	expect(&f, "dtb/intc@8000000/interrupt-controller", "true");
	expect(&f, "dtb/pcie@10000000/msi-map", "<0x0 &{/intc@8000000/v2m@8020000} 0x0 0x10000>");
	cr_assert(strstr(value_of(&f, "dtb/pcie@10000000/interrupt-map"),
			 "<0x0 0x0 0x0 0x1 &{/intc@8000000} 0x0 0x0 0x0 0x3 0x4, 0x0 0x0 0x0 0x2 &{/intc@8000000} "));
	/* no phandle numbers, no random seeds */
	for (i = 0; i < f.nr; i++) {
		cr_assert_null(strstr(f.v[i].path, "/phandle"), "%s", f.v[i].path);
		cr_assert_null(strstr(f.v[i].path, "seed"), "%s", f.v[i].path);
	}
	/* one group per node */
	cr_assert_str_eq(f.v[0].group, "dtb/(header)");
	facts_release(&f);
	strbuf_release(&b);
	free(p);
}

/* A tree with an interrupt controller, a clock and a device naming both, under the given phandles. */
static void build_tree(char *buf, int size, uint32_t intc, uint32_t clk)
{
	uint32_t ints[3] = { cpu_to_fdt32(0), cpu_to_fdt32(1), cpu_to_fdt32(4) };

	cr_assert_eq(fdt_create(buf, size), 0);
	cr_assert_eq(fdt_finish_reservemap(buf), 0);
	cr_assert_eq(fdt_begin_node(buf, ""), 0);
	cr_assert_eq(fdt_property_u32(buf, "interrupt-parent", intc), 0);
	cr_assert_eq(fdt_begin_node(buf, "clk"), 0);
	cr_assert_eq(fdt_property_u32(buf, "#clock-cells", 0), 0);
	cr_assert_eq(fdt_property_u32(buf, "phandle", clk), 0);
	cr_assert_eq(fdt_end_node(buf), 0);
	cr_assert_eq(fdt_begin_node(buf, "intc@8000000"), 0);
	cr_assert_eq(fdt_property_u32(buf, "#interrupt-cells", 3), 0);
	cr_assert_eq(fdt_property(buf, "interrupt-controller", NULL, 0), 0);
	cr_assert_eq(fdt_property_u32(buf, "phandle", intc), 0);
	cr_assert_eq(fdt_end_node(buf), 0);
	cr_assert_eq(fdt_begin_node(buf, "uart@9000000"), 0);
	cr_assert_eq(fdt_property_string(buf, "compatible", "arm,pl011"), 0);
	cr_assert_eq(fdt_property(buf, "interrupts", ints, sizeof(ints)), 0);
	cr_assert_eq(fdt_property_u32(buf, "clocks", clk), 0);
	cr_assert_eq(fdt_end_node(buf), 0);
	cr_assert_eq(fdt_end_node(buf), 0);
	cr_assert_eq(fdt_finish(buf), 0);
}

Test(dtb, renumbered_phandles_are_the_same_facts)
{
	char a[4096], b[4096];
	struct facts fa = FACTS_INIT, fb = FACTS_INIT;
	struct error err = ERROR_INIT;
	size_t i;

	build_tree(a, sizeof(a), 1, 2);
	build_tree(b, sizeof(b), 0x8001, 0x42);
	cr_assert_eq(decode_dtb(a, fdt_totalsize(a), &fa, &err), 0, "%s", err.msg);
	cr_assert_eq(decode_dtb(b, fdt_totalsize(b), &fb, &err), 0, "%s", err.msg);
	facts_sort(&fa);
	facts_sort(&fb);
	cr_assert_eq(fa.nr, fb.nr);
	for (i = 0; i < fa.nr; i++) {
		cr_assert_str_eq(fa.v[i].path, fb.v[i].path);
		cr_assert_str_eq(fa.v[i].value, fb.v[i].value, "%s", fa.v[i].path);
	}
	expect(&fa, "dtb/uart@9000000/clocks", "<&{/clk}>");
	expect(&fa, "dtb/uart@9000000/interrupts", "<0x0 0x1 0x4>");
	expect(&fa, "dtb/(root)/interrupt-parent", "<&{/intc@8000000}>");
	facts_release(&fa);
	facts_release(&fb);
}

/* A cut DTB is refused with the file's name and libfdt's reason; nothing is decoded. */
Test(dtb, truncated_file_is_an_error_naming_it)
{
	char *p = t_data("../fuzz/corpus/fuzz-input/virt-7.2-truncated.dtb");
	struct input_set in = { 0 };
	struct import_opts o = { 0 };
	struct error err = ERROR_INIT;
	struct facts f = FACTS_INIT;

	o.release = "7.2.22";
	o.machine = "virt-7.2";
	o.arch = "aarch64";
	cr_assert_eq(input_read_path(p, &o, &in, &err), 0, "%s", err.msg);
	cr_assert_eq(in.nr, 1);
	cr_assert_str_eq(in.v[0].dumps[0].kind, "dtb");
	cr_assert_neq(decode_dump(&in.v[0].dumps[0], "virt-7.2", &f, &err), 0);
	cr_assert(strstr(err.msg, "virt-7.2-truncated.dtb"), "%s", err.msg);
	cr_assert(strstr(err.msg, "malformed device tree"), "%s", err.msg);
	facts_release(&f);
	input_set_release(&in);
	free(p);
}

Test(dtb, bytes_that_are_no_tree)
{
	static const char junk[64] = "\xd0\x0d\xfe\xed not a tree at all";
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	cr_assert_neq(decode_dtb("{}", 2, &f, &err), 0);
	cr_assert(strstr(err.msg, "not a flattened device tree"), "%s", err.msg);
	cr_assert_neq(decode_dtb(junk, sizeof(junk), &f, &err), 0);
	cr_assert(strstr(err.msg, "device tree"), "%s", err.msg);
	cr_assert_eq(f.nr, 0);
	facts_release(&f);
}
