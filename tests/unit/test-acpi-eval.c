/* test-acpi-eval.c: what the guest acts on, from real tables of tests/data: _STA of devices, _OSC control bits. */
#include "acpi-test.h"

static void ev_t_load(struct filemap *m, const char *release, const char *machine, const char *sub)
{
	acpi_t_load_dir(m, release, machine, sub, "");
}

static const char *ev_t_decode(const struct filemap *m, struct facts *f, const char *path)
{
	struct error err = ERROR_INIT;

	if (!f->nr)
		cr_assert_eq(decode_acpi(m, f, &err), 0, "decode_acpi: %s", err.msg);
	return acpi_t_get(f, path);
}

static void ev_t_expect(const struct filemap *m, const char *path, const char *want)
{
	struct facts f = FACTS_INIT;
	const char *got = ev_t_decode(m, &f, path);

	if (!want)
		cr_assert_null(got, "%s = %s, expected no fact", path, got);
	else
		cr_assert(got && !strcmp(got, want), "%s = %s, expected %s", path, got ? got : "(none)", want);
	facts_release(&f);
}

/*
 * 5.0.0's COM2 has `_STA` reading CBEN, an enable bit of the PIIX4 PM
 * function's config (i440fx, 00:01.3 offset 0x67) or of the LPC bridge's
 * (q35, 00:1f.0 offset 0x82): clear in both recorded configs, so the guest
 * never saw the device (its dmesg has ttyS0 only).  COM1 and LPT are present.
 */
Test(acpi_eval, sta_reads_recorded_pci_config)
{
	static const char *const machines[] = { "pc-i440fx-5.0", "pc-q35-5.0" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(machines); i++) {
		struct filemap m = FILEMAP_INIT;

		ev_t_load(&m, "qemu-5.0.0", machines[i], "acpi");
		ev_t_load(&m, "qemu-5.0.0", machines[i], "pci");
		ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0.ISA.COM2/(status)", "0x00");
		ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0.ISA.COM1/(status)", "0x0F");
		ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0.ISA.LPT/(status)", "0x0F");
		/* a constant _STA */
		ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0.ISA.KBD/(status)", "0x0F");
		/* HPET's _STA reads memory-mapped registers: not known from the snapshot */
		ev_t_expect(&m, "acpi/DSDT/\\_SB.HPET/(status)", NULL);
		filemap_release(&m);
	}
}

Test(acpi_eval, sta_unknown_without_the_config_bytes)
{
	struct filemap m = FILEMAP_INIT;

	ev_t_load(&m, "qemu-5.0.0", "pc-i440fx-5.0", "acpi");
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0.ISA.COM2/(status)", NULL);
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0.ISA.KBD/(status)", "0x0F");
	filemap_release(&m);
}

/*
 * _OSC: QEMU masks the controls the OS asks for with a constant
 * (Local0 &= 0x1F).  pc-q35-6.1 withdrew native PCIe hotplug (0x1E): made
 * here from the real 8.2.2 pc-q35-5.0 table by patching that constant.
 */
Test(acpi_eval, osc_control_bits)
{
	static const unsigned char and_1f[] = { 0x7b, 0x60, 0x0a, 0x1f, 0x60 };
	struct filemap m = FILEMAP_INIT;
	const struct filemap_entry *e;
	unsigned char *copy, *hit = NULL;
	size_t i;

	ev_t_load(&m, "qemu-8.2.2", "pc-q35-5.0", "acpi");
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0/(osc)/pcie-native-hotplug", "granted");
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0/(osc)/pcie-aer", "granted");
	e = filemap_get(&m, "acpi/DSDT.bin");
	copy = xmalloc(e->len);
	memcpy(copy, e->data, e->len);
	for (i = 0; i + sizeof(and_1f) <= e->len && !hit; i++)
		if (!memcmp(copy + i, and_1f, sizeof(and_1f)))
			hit = copy + i;
	cr_assert(hit, "no 'Local0 &= 0x1F' in the DSDT");
	hit[3] = 0x1e;
	filemap_add(&m, "acpi/DSDT.bin", copy, e->len);
	free(copy);
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0/(osc)/pcie-native-hotplug", "withheld");
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0/(osc)/shpc-native-hotplug", "granted");
	filemap_release(&m);

	/* i440fx has no _OSC */
	ev_t_load(&m, "qemu-8.2.2", "pc-i440fx-2.0", "acpi");
	ev_t_expect(&m, "acpi/DSDT/\\_SB.PCI0/(osc)/pcie-native-hotplug", NULL);
	filemap_release(&m);
}
