/*
 * decode-dtb.c: a flattened device tree (the DTB QEMU builds for arm/riscv virt, pseries,
 * e500, written with -machine M,dumpdtb=FILE) as facts, read with libfdt.
 *
 * One group per node, "dtb/<path>" (the path by node name and unit address,
 * "dtb/intc@8000000/its@8080000"; the root is "dtb/(root)"), one fact per
 * property.  Values are what the guest reads, in dts syntax: strings as
 * "a", "b"; cells as <0x1 0x2>; other bytes as [0a 0b]; an empty property
 * as true.  A phandle is not a value (QEMU numbers them as it builds the
 * tree): the properties that hold one are rendered with the path of the
 * node it names, <&{/intc@8000000} 0x0 0x1 0x4>, and the phandle property
 * itself is left out.  The seeds QEMU draws at random are left out too.
 * See docs/decoders/dtb.md.
 */
#include <libfdt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "strbuf.h"
#include "util.h"

#define DTB_PATH_MAX 4096

/* Properties that are not values: a phandle, random seeds drawn at each start. */
static const char *const dropped[] = { "phandle", "linux,phandle", "kaslr-seed", "rng-seed" };

/* Properties that are cells even when their bytes happen to be printable. */
static const char *const cell_props[] = {
	"reg", "ranges", "dma-ranges", "interrupts", "interrupt-map-mask", "bus-range",
	"clock-frequency", "timebase-frequency", "linux,pci-domain", "virtual-reg",
};

/*
 * Properties holding phandles: each phandle followed by as many argument
 * cells as the named node's `cells` property says (NULL: none, a list of
 * bare phandles).  interrupt-map, msi-map and iommu-map have shapes of
 * their own (below).
 */
static const struct phandle_prop {
	const char *name;
	const char *cells;
} phandle_props[] = {
	{ "interrupt-parent", NULL }, { "msi-parent", "#msi-cells" }, { "clocks", "#clock-cells" },
	{ "interrupts-extended", "#interrupt-cells" }, { "iommus", "#iommu-cells" },
	{ "gpios", "#gpio-cells" }, { "resets", "#reset-cells" }, { "phys", "#phy-cells" },
	{ "power-domains", "#power-domain-cells" }, { "dmas", "#dma-cells" }, { "mboxes", "#mbox-cells" },
	{ "next-level-cache", NULL }, { "cpu", NULL }, { "cpu-idle-states", NULL }, { "phy-handle", NULL },
	{ "operating-points-v2", NULL }, { "memory-region", NULL },
};

static int in_list(const char *name, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(name, list[i]))
			return 1;
	return 0;
}

static uint32_t cell(const void *data, size_t i)
{
	return fdt32_to_cpu(((const fdt32_t *)data)[i]);
}

/* A node's u32 property `name`, or `def` when it has none. */
static uint32_t node_u32(const void *fdt, int node, const char *name, uint32_t def)
{
	int len;
	const void *p = fdt_getprop(fdt, node, name, &len);

	return p && len == 4 ? cell(p, 0) : def;
}

/* Every byte printable and the data a list of non-empty NUL-terminated strings. */
static int is_strings(const unsigned char *p, size_t len)
{
	size_t i, start = 0;

	if (!len || p[len - 1])
		return 0;
	for (i = 0; i < len; i++) {
		if (!p[i]) {
			if (i == start)
				return 0;
			start = i + 1;
		} else if (p[i] < 0x20 || p[i] > 0x7e) {
			return 0;
		}
	}
	return 1;
}

static void add_strings(struct strbuf *v, const char *p, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t n = strlen(p + i);

		strbuf_addf(v, "%s\"%s\"", i ? ", " : "", p + i);
		i += n + 1;
	}
}

/* The path of the node `phandle` names as "&{/path}", else the number (a dangling reference). */
static void add_ref(struct strbuf *v, const void *fdt, uint32_t phandle, int *target)
{
	char path[DTB_PATH_MAX];
	int node = fdt_node_offset_by_phandle(fdt, phandle);

	*target = node;
	if (node >= 0 && !fdt_get_path(fdt, node, path, sizeof(path)))
		strbuf_addf(v, "&{%s}", path);
	else
		strbuf_addf(v, "0x%x", phandle);
}

static void add_cells(struct strbuf *v, const void *data, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		strbuf_addf(v, "%s0x%x", v->len && !strchr("< ", v->buf[v->len - 1]) ? " " : "", cell(data, i));
}

/*
 * The phandle at data[*i], then the cells its node says follow it (the sum
 * of its properties c1 and c2, with defaults d1 and d2; NULL: none), at most
 * the rest.  A dangling phandle: the rest as cells, and 0.
 */
static int add_ref_args(struct strbuf *v, const void *fdt, const void *data, size_t *i, size_t n, const char *c1,
			uint32_t d1, const char *c2, uint32_t d2)
{
	int target;
	size_t args;

	add_ref(v, fdt, cell(data, *i), &target);
	(*i)++;
	if (target < 0) {
		add_cells(v, data, *i, n);
		return 0;
	}
	args = (size_t)(c1 ? node_u32(fdt, target, c1, d1) : 0) + (c2 ? node_u32(fdt, target, c2, d2) : 0);
	if (args > n - *i)
		args = n - *i;
	add_cells(v, data, *i, *i + args);
	*i += args;
	return 1;
}

/* phandle, then as many cells as its node's `cells` says, repeated; dangling: the rest as cells. */
static void add_phandle_list(struct strbuf *v, const void *fdt, const void *data, size_t n, const char *cells)
{
	size_t i = 0;

	while (i < n) {
		if (i)
			strbuf_addch(v, ' ');
		if (!add_ref_args(v, fdt, data, &i, n, cells, 0, NULL, 0))
			return;
	}
}

/*
 * interrupt-map: (child unit address, child interrupt specifier, parent
 * phandle, parent unit address, parent interrupt specifier) per entry,
 * sized by the node's and the parent's #address-cells and #interrupt-cells.
 */
static void add_interrupt_map(struct strbuf *v, const void *fdt, int node, const void *data, size_t n)
{
	size_t child = node_u32(fdt, node, "#address-cells", 2) + node_u32(fdt, node, "#interrupt-cells", 1);
	size_t i = 0;

	while (i < n) {
		if (i)
			strbuf_addstr(v, ", ");
		if (child > n - i - 1) {
			add_cells(v, data, i, n);
			return;
		}
		add_cells(v, data, i, i + child);
		i += child;
		strbuf_addch(v, ' ');
		if (!add_ref_args(v, fdt, data, &i, n, "#address-cells", 0, "#interrupt-cells", 1))
			return;
	}
}

/* msi-map, iommu-map: (rid-base, phandle, base, length) entries. */
static void add_id_map(struct strbuf *v, const void *fdt, const void *data, size_t n)
{
	size_t i;

	for (i = 0; i + 4 <= n; i += 4) {
		int target;

		if (i)
			strbuf_addstr(v, ", ");
		add_cells(v, data, i, i + 1);
		strbuf_addch(v, ' ');
		add_ref(v, fdt, cell(data, i + 1), &target);
		strbuf_addch(v, ' ');
		add_cells(v, data, i + 2, i + 4);
	}
	if (i < n) {
		strbuf_addch(v, ' ');
		add_cells(v, data, i, n);
	}
}

/* One property's value, as the guest reads it, phandles resolved. */
static void render(struct strbuf *v, const void *fdt, int node, const char *name, const void *data, size_t len)
{
	size_t i;

	if (!len) {
		strbuf_addstr(v, "true");
		return;
	}
	if (len % 4 == 0) {
		for (i = 0; i < ARRAY_SIZE(phandle_props); i++)
			if (!strcmp(name, phandle_props[i].name) ||
			    (!strcmp(phandle_props[i].name, "gpios") && ends_with(name, "-gpios")))
				break;
		if (i < ARRAY_SIZE(phandle_props) || !strcmp(name, "interrupt-map") || !strcmp(name, "msi-map") ||
		    !strcmp(name, "iommu-map")) {
			strbuf_addch(v, '<');
			if (!strcmp(name, "interrupt-map"))
				add_interrupt_map(v, fdt, node, data, len / 4);
			else if (i == ARRAY_SIZE(phandle_props))
				add_id_map(v, fdt, data, len / 4);
			else
				add_phandle_list(v, fdt, data, len / 4, phandle_props[i].cells);
			strbuf_addch(v, '>');
			return;
		}
	}
	if (name[0] != '#' && !in_list(name, cell_props, ARRAY_SIZE(cell_props)) && is_strings(data, len)) {
		add_strings(v, data, len);
	} else if (len % 4 == 0) {
		strbuf_addch(v, '<');
		add_cells(v, data, 0, len / 4);
		strbuf_addch(v, '>');
	} else {
		strbuf_addch(v, '[');
		for (i = 0; i < len; i++)
			strbuf_addf(v, "%s%02x", i ? " " : "", ((const unsigned char *)data)[i]);
		strbuf_addch(v, ']');
	}
}

static int decode_node(const void *fdt, int node, struct facts *out, struct strbuf *group, struct strbuf *val,
		       struct error *err)
{
	char path[DTB_PATH_MAX];
	int prop, rc, len;

	rc = fdt_get_path(fdt, node, path, sizeof(path));
	if (rc)
		return error_set(err, ERR_INPUT, "device tree: node at offset %d: %s", node, fdt_strerror(rc));
	strbuf_reset(group);
	strbuf_addf(group, "dtb/%s", path[1] ? path + 1 : "(root)");
	fdt_for_each_property_offset(prop, fdt, node) {
		const char *name;
		const void *data = fdt_getprop_by_offset(fdt, prop, &name, &len);

		if (!data || !name)
			return error_set(err, ERR_INPUT, "device tree: node '%s': property at offset %d: %s", path,
					 prop, fdt_strerror(data ? -FDT_ERR_BADSTRUCTURE : len));
		if (in_list(name, dropped, ARRAY_SIZE(dropped)))
			continue;
		strbuf_reset(val);
		render(val, fdt, node, name, data, (size_t)len);
		facts_add(out, group->buf, name, val->buf);
	}
	if (prop != -FDT_ERR_NOTFOUND)
		return error_set(err, ERR_INPUT, "device tree: node '%s': %s", path, fdt_strerror(prop));
	return 0;
}

int decode_dtb(const void *blob, size_t len, struct facts *out, struct error *err)
{
	struct strbuf group = STRBUF_INIT, val = STRBUF_INIT;
	int node, depth = 0, rc, n, i;
	int ret = -1;

	if (len < sizeof(struct fdt_header) || fdt_magic(blob) != FDT_MAGIC)
		return error_set(err, ERR_INPUT, "not a flattened device tree (magic 0x%08x, expected 0x%08x)",
				 len >= 4 ? fdt_magic(blob) : 0, FDT_MAGIC);
	if (len > INT32_MAX)
		return error_set(err, ERR_INPUT, "device tree: %zu bytes, more than a DTB can hold", len);
	/* the header, every block, the structure and its strings within the bytes given */
	rc = fdt_check_full(blob, len);
	if (rc)
		return error_set(err, ERR_INPUT, "malformed device tree: %s", fdt_strerror(rc));
	for (node = 0; node >= 0 && depth >= 0; node = fdt_next_node(blob, node, &depth))
		if (decode_node(blob, node, out, &group, &val, err))
			goto out;
	if (node < 0 && node != -FDT_ERR_NOTFOUND) {
		error_set(err, ERR_INPUT, "malformed device tree: %s", fdt_strerror(node));
		goto out;
	}
	facts_addf(out, "dtb/(header)", "boot_cpuid_phys", "0x%x", fdt_boot_cpuid_phys(blob));
	n = fdt_num_mem_rsv(blob);
	for (i = 0; i < n; i++) {
		uint64_t addr, size;
		char sub[32];

		if (fdt_get_mem_rsv(blob, i, &addr, &size))
			break;
		snprintf(sub, sizeof(sub), "memreserve/%d", i);
		facts_addf(out, "dtb/(header)", sub, "<0x%llx 0x%llx>", (unsigned long long)addr,
			   (unsigned long long)size);
	}
	ret = 0;
out:
	strbuf_release(&group);
	strbuf_release(&val);
	return ret;
}
