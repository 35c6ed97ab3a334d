/* dtb.c: the device tree a machine gives its guest, as QEMU's -machine M,dumpdtb=FILE writes it (docs/decoders/dtb.md). */
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base64.h"
#include "child.h"
#include "dtb.h"
#include "fwcfg.h"
#include "qmp.h"
#include "util.h"

/*
 * The targets whose machines build a flattened device tree (arm and riscv
 * virt, pseries, e500 ...).  On the others (x86, s390x) dumpdtb is ignored
 * and QEMU would just run.
 */
int builds_dtb(const char *arch)
{
	static const char *const arches[] = { "aarch64", "arm", "ppc", "ppc64", "riscv32", "riscv64", "loongarch64" };
	size_t i;

	for (i = 0; arch && i < ARRAY_SIZE(arches); i++)
		if (!strcmp(arch, arches[i]))
			return 1;
	return 0;
}

/*
 * The device tree the machine gives its guest: `QEMU -machine M,dumpdtb=FILE`
 * writes it when the machine is built (reset, for pseries) and exits.
 * Packed (virt's is a 1 MiB buffer of mostly free space), kept as base64.
 * A machine of those targets that builds none (no file) has no section.
 */
/* The first address of node's reg, sized by its parent's #address-cells; 0 when there is none. */
static uint64_t reg_address(const void *fdt, int node)
{
	int len, cells = fdt_address_cells(fdt, fdt_parent_offset(fdt, node));
	const fdt32_t *reg = fdt_getprop(fdt, node, "reg", &len);
	uint64_t a = 0;
	int i;

	if (!reg || cells < 1 || cells > 2 || len < cells * 4)
		return 0;
	for (i = 0; i < cells; i++)
		a = a << 32 | fdt32_to_cpu(reg[i]);
	return a;
}

/* The fw_cfg MMIO device ("qemu,fw-cfg-mmio") and the first memory node, if the tree has both; the ECAM host. */
static void find_fwcfg(const void *fdt, struct fwcfg_where *where)
{
	int fw = fdt_node_offset_by_compatible(fdt, -1, "qemu,fw-cfg-mmio");
	int mem = fdt_node_offset_by_prop_value(fdt, -1, "device_type", "memory", sizeof("memory"));

	int pci = fdt_node_offset_by_compatible(fdt, -1, "pci-host-ecam-generic");

	where->mmio = fw >= 0 && mem >= 0 ? reg_address(fdt, fw) : 0;
	where->ram = where->mmio ? reg_address(fdt, mem) : 0;
	where->ecam = where->mmio && pci >= 0 ? reg_address(fdt, pci) : 0;
}

int collect_dtb(const char *qemu, const char *machine_opt, long timeout_s,
		struct json_object **dtb, struct fwcfg_where *where, struct error *err)
{
	char *mopt = xstrfmt("%s,dumpdtb=%s", machine_opt, child_file("machine.dtb"));
	char *argv[] = { (char *)qemu, "-machine", mopt, "-accel", "tcg", "-display", "none", NULL };
	char *what = xstrfmt("dtb: '%s -machine %s,dumpdtb=FILE'", qemu, machine_opt);
	struct strbuf buf = STRBUF_INIT, b64 = STRBUF_INIT;
	int rc, frc;

	unlink(child_file("machine.dtb"));
	*dtb = NULL;
	memset(where, 0, sizeof(*where));
	rc = child_run(argv, what, qmp_now_ms() + timeout_s * 1000, err);
	if (!rc && access(child_file("machine.dtb"), F_OK))
		goto out;	/* this machine builds no device tree */
	if (!rc)
		rc = read_input(child_file("machine.dtb"), &buf, 64u << 20, err) ? error_prefix(err, "dtb") : 0;
	if (!rc && (buf.len < sizeof(struct fdt_header) || fdt_check_header(buf.buf) ||
		    fdt_totalsize(buf.buf) > buf.len))
		rc = error_set(err, ERR_INPUT, "%s: QEMU wrote no valid device tree (%zu bytes)", what, buf.len);
	if (!rc && (frc = fdt_pack(buf.buf)))
		rc = error_set(err, ERR_INPUT, "%s: cannot pack the device tree: %s", what, fdt_strerror(frc));
	if (!rc) {
		find_fwcfg(buf.buf, where);
		base64_encode(buf.buf, fdt_totalsize(buf.buf), &b64);
		*dtb = json_object_new_string_len(b64.buf, (int)b64.len);
	}
out:
	unlink(child_file("machine.dtb"));
	strbuf_release(&buf);
	strbuf_release(&b64);
	free(mopt);
	free(what);
	return rc;
}

