/* test-severity.c: one case per rule of docs/severity.md, through the one rule table of query/severity.c. */
#include <criterion/criterion.h>
#include <string.h>

#include "diff.h"
#include "migration.h"
#include "severity.h"
#include "util.h"

/* Facts of the two group contents the rule may look at ("side:path=value"). */
struct sev_t_case {
	const char *rule;	/* expected rule name */
	enum severity sev;
	enum entry_kind kind;
	const char *path, *old_value, *new_value;
	int whole_group;
	const char *facts[4];
};

#define CPREG "migration/cpu[0]/cpreg"

static const struct sev_t_case sev_t_cases[] = {
	/* guest view */
	{ "acpi-identity", SEV_BREAK, ENTRY_CHANGED, "acpi/DSDT/\\_SB.PCI0/_UID", "0x01", "0x00", 0, { NULL } },
	{ "acpi-identity", SEV_BREAK, ENTRY_ADDED, "acpi/DSDT/\\_SB.PCI0.ISA.LPT1/_UID", NULL, "0x01", 0, { NULL } },
	{ "acpi-identity", SEV_BREAK, ENTRY_CHANGED, "acpi/DSDT/\\_SB.PCI0.S10/_ADR", "0x00020000", "0x00030000", 0,
	  { NULL } },
	{ "acpi-adr-node", SEV_CHANGE, ENTRY_ADDED, "acpi/DSDT/\\_SB.PCI0.S10/_ADR", NULL, "0x00020000", 0, { NULL } },
	{ "acpi-status", SEV_BREAK, ENTRY_CHANGED, "acpi/DSDT/\\_SB.PCI0.ISA.COM2/(status)", "0x0F", "0x00", 0,
	  { NULL } },
	{ "acpi-status", SEV_CHANGE, ENTRY_CHANGED, "acpi/DSDT/\\_SB.PCI0.ISA.COM2/(status)", "0x00", "0x0F", 0,
	  { NULL } },
	{ "acpi-osc", SEV_CHANGE, ENTRY_CHANGED, "acpi/DSDT/\\_SB.PCI0/(osc)/pcie-native-hotplug", "granted",
	  "withheld", 0, { NULL } },
	{ "acpi-content", SEV_CHANGE, ENTRY_CHANGED, "acpi/DSDT/header/oem_table_id", "BXPCDSDT", "BXPC    ", 0, { NULL } },
	{ "pci-identity", SEV_BREAK, ENTRY_CHANGED, "pci/00:02.0/device", "0x100e", "0x10d3", 0, { NULL } },
	{ "pci-identity", SEV_BREAK, ENTRY_CHANGED, "pci/00:02.0/revision", "0x00", "0x01", 0, { NULL } },
	{ "pci-bar", SEV_BREAK, ENTRY_CHANGED, "pci/00:02.0/bar0/size", "0x20000", "0x40000", 0, { NULL } },
	{ "pci-capability", SEV_BREAK, ENTRY_ADDED, "pci/00:04.0/cap/msix/table_size", NULL, "2", 0, { NULL } },
	{ "pci-capability", SEV_BREAK, ENTRY_REMOVED, "pci/00:1c.0/ecap/acs/offset", "0x148", NULL, 0, { NULL } },
	{ "pci-content", SEV_CHANGE, ENTRY_CHANGED, "pci/00:02.0/interrupt_pin", "1", "2", 0, { NULL } },
	{ "firmware", SEV_INFO, ENTRY_CHANGED, "smbios/type0/version", "1.13.0", "1.16.0", 0, { NULL } },
	{ "firmware", SEV_INFO, ENTRY_CHANGED, "fw_cfg/genroms/kvmvapic.bin/size", "9216", "9728", 0, { NULL } },
	{ "firmware", SEV_INFO, ENTRY_CHANGED, "smbios/entry/structures", "9", "8", 0, { NULL } },
	{ "boot-config", SEV_INFO, ENTRY_CHANGED, "fw_cfg/bootorder/size", "31", "0", 0, { NULL } },
	{ "fw_cfg-select", SEV_INFO, ENTRY_CHANGED, "fw_cfg/etc/acpi/rsdp/select", "0x0028", "0x0027", 0, { NULL } },
	{ "smbios", SEV_CHANGE, ENTRY_CHANGED, "smbios/type1/version", "pc-5.0", "pc-5.2", 0, { NULL } },
	{ "cpuid-feature", SEV_BREAK, ENTRY_ADDED, "cpu/flags/x2apic", NULL, "1", 0, { NULL } },
	{ "cpuid-identity", SEV_BREAK, ENTRY_CHANGED, "cpu/model", "6", "13", 0, { NULL } },
	{ "cpu", SEV_CHANGE, ENTRY_CHANGED, "cpu/model_name", "QEMU Virtual CPU version 2.5+", "x", 0, { NULL } },
	{ "memmap", SEV_CHANGE, ENTRY_CHANGED, "memmap/0/end", "0x9fbff", "0x9fc00", 0, { NULL } },
	{ "fw_cfg", SEV_CHANGE, ENTRY_CHANGED, "fw_cfg/etc/acpi/tables/size", "131072", "131073", 0, { NULL } },
	/* device tree */
	{ "dtb-identity", SEV_BREAK, ENTRY_CHANGED, "dtb/pl011@9000000/compatible", "\"arm,pl011\"", "\"arm,sbsa-uart\"", 0,
	  { NULL } },
	{ "dtb-identity", SEV_BREAK, ENTRY_REMOVED, "dtb/pl011@9000000/compatible", "\"arm,pl011\"", NULL, 0, { NULL } },
	{ "dtb-unit-address", SEV_BREAK, ENTRY_REMOVED, "dtb/memory@40000000/reg", "<0x0 0x40000000 0x0 0x8000000>", NULL,
	  1, { NULL } },
	{ "dtb-device-added", SEV_CHANGE, ENTRY_ADDED, "dtb/cpus/cpu-map/socket0/cluster0/core0/cpu", NULL,
	  "<&{/cpus/cpu@0}>", 1, { NULL } },
	{ "dtb-device-added", SEV_CHANGE, ENTRY_ADDED, "dtb/pl061@9030000/compatible", NULL, "\"arm,pl061\"", 1,
	  { NULL } },
	{ "boot-config", SEV_INFO, ENTRY_CHANGED, "dtb/chosen/bootargs", "\"console=ttyAMA0\"", "\"\"", 0, { NULL } },
	{ "dtb-content", SEV_CHANGE, ENTRY_REMOVED, "dtb/cpus/cpu-map/socket0/cluster0/core0/cpu", "<&{/cpus/cpu@0}>",
	  NULL, 1, { NULL } },
	{ "dtb-content", SEV_CHANGE, ENTRY_CHANGED, "dtb/pl011@9000000/interrupts", "<0x0 0x1 0x4>", "<0x0 0x2 0x4>", 0,
	  { NULL } },
	/* migration view: -dump-vmstate */
	{ "vmstate-class-added", SEV_INFO, ENTRY_ADDED, "vmstate/virtio-iommu/version_id", NULL, "2", 1, { NULL } },
	{ "vmstate-class-dropped", SEV_CHANGE, ENTRY_REMOVED, "vmstate/old-dev/version_id", "1", NULL, 1, { NULL } },
	{ "vmstate-subsection", SEV_INFO, ENTRY_ADDED, "vmstate/e1000/sub/e1000/tx_tso_state/version_id", NULL, "1", 0,
	  { NULL } },
	{ "vmstate-subsection", SEV_BREAK, ENTRY_REMOVED, "vmstate/e1000/sub/e1000/mit_state/version_id", "1", NULL, 0,
	  { NULL } },
	{ "vmstate-version", SEV_BREAK, ENTRY_CHANGED, "vmstate/virtio-iommu/minimum_version_id", "1", "2", 0,
	  { "0:vmstate/virtio-iommu/version_id=1", "1:vmstate/virtio-iommu/minimum_version_id=2", NULL } },
	{ "vmstate-version", SEV_CHANGE, ENTRY_CHANGED, "vmstate/sd-card/version_id", "1", "2", 0,
	  { "0:vmstate/sd-card/version_id=1", "1:vmstate/sd-card/minimum_version_id=1", NULL } },
	{ "vmstate-array", SEV_BREAK, ENTRY_CHANGED, "vmstate/fw_cfg/fields/files/num", "8", "16", 0, { NULL } },
	{ "vmstate-array", SEV_INFO, ENTRY_ADDED, "vmstate/fw_cfg/fields/files/num", NULL, "8", 0, { NULL } },
	{ "vmstate-field", SEV_CHANGE, ENTRY_ADDED, "vmstate/apic/fields/timer/field_exists", NULL, "true", 0, { NULL } },
	{ "vmstate-field-versioned", SEV_CHANGE, ENTRY_ADDED, "vmstate/mc146818rtc/fields/irq_reinject/size", NULL, "4",
	  0, { "0:vmstate/mc146818rtc/version_id=2", "1:vmstate/mc146818rtc/fields/irq_reinject/version_id=3", NULL } },
	{ "vmstate-field", SEV_BREAK, ENTRY_CHANGED, "vmstate/e1000/fields/mac_reg/size", "4", "8", 0, { NULL } },
	/* migration view: the machine's stream outside a device (the stream rules: test stream below) */
	{ "migration-outcome", SEV_CHANGE, ENTRY_CHANGED, "migration/status", "completed", "failed", 1, { NULL } },
	{ "migration-format", SEV_INFO, ENTRY_ADDED, "migration/configuration/name/size", NULL, "10", 1, { NULL } },
	{ "migration", SEV_CHANGE, ENTRY_CHANGED, "migration/vmdesc", "present", "absent", 0, { NULL } },
	/* an ARM CPU's coprocessor register list (test cpreg_directions below) */
	{ "cpreg-unknown", SEV_BREAK, ENTRY_REMOVED, CPREG "/0x4020000000000001", "p15,0,c0,c0,1", NULL, 0,
	  { "1:" CPREG "/highest=0x40300000000f0200", NULL } },
	{ "cpreg-unknown", SEV_BREAK, ENTRY_ADDED, CPREG "/0x4020000000000001", NULL, "p15,0,c0,c0,1", 0, { NULL } },
	{ "cpreg-ignored", SEV_CHANGE, ENTRY_ADDED, CPREG "/0x6030000000138000", NULL, "S2_0_C0_C0_0", 0,
	  { "0:" CPREG "/highest=0x40300000000f0200", NULL } },
	{ "cpreg-count", SEV_BREAK, ENTRY_CHANGED, CPREG "/count", "197", "198", 0, { NULL } },
	{ "cpreg-not-recorded", SEV_INFO, ENTRY_ADDED, CPREG "/count", NULL, "197", 1, { NULL } },
	{ "cpreg", SEV_CHANGE, ENTRY_CHANGED, CPREG "/highest", "0x40300000000f0200", "0x40300000000f0300", 0, { NULL } },
	/* properties view */
	{ "qom-device", SEV_CHANGE, ENTRY_ADDED, "qom/peripheral/virtio-rng/type", NULL, "virtio-rng-pci", 1, { NULL } },
	{ "new-knob", SEV_INFO, ENTRY_ADDED, "qom/i440fx/x-pci-hole64-fix", NULL, "true", 0, { NULL } },
	{ "property", SEV_CHANGE, ENTRY_CHANGED, "qom/i440fx/x-pci-hole64-fix", "false", "true", 0, { NULL } },
	{ "new-knob", SEV_INFO, ENTRY_ADDED, "machine/memory-backend", NULL, "", 0, { NULL } },
	{ "machine-property", SEV_CHANGE, ENTRY_CHANGED, "machine/graphics", "true", "false", 0, { NULL } },
	{ "cpu-model", SEV_BREAK, ENTRY_CHANGED, "machine/cpu-model/name", "zEC12.2-base", "gen15a-base", 0, { NULL } },
	{ "cpu-model", SEV_BREAK, ENTRY_ADDED, "machine/cpu-model/props/kimd-sha-512", NULL, "true", 0, { NULL } },
	{ "cpu-model", SEV_BREAK, ENTRY_CHANGED, "machine/cpu-model/props/pmu", "true", "false", 0, { NULL } },
	{ "pci-identity", SEV_BREAK, ENTRY_CHANGED, "hostpci/00:02.0/device", "0x100e", "0x10d3", 0, { NULL } },
	{ "pci-bar", SEV_BREAK, ENTRY_CHANGED, "hostpci/00:02.0/bar0/size", "131072", "262144", 0, { NULL } },
	{ "new-field", SEV_INFO, ENTRY_ADDED, "hostpci/00:02.0/irq_pin", NULL, "1", 0, { NULL } },
	{ "host-pci", SEV_CHANGE, ENTRY_CHANGED, "hostpci/00:02.0/irq", "11", "10", 0, { NULL } },
	{ "default", SEV_CHANGE, ENTRY_CHANGED, "unknown/x", "1", "2", 0, { NULL } },
};

static const char *sev_t_lookup(void *data, int side, const char *path)
{
	const struct sev_t_case *c = data;
	size_t i, n = strlen(path);

	for (i = 0; i < ARRAY_SIZE(c->facts) && c->facts[i]; i++) {
		const char *f = c->facts[i];

		if (f[0] - '0' == side && !strncmp(f + 2, path, n) && f[2 + n] == '=')
			return f + 3 + n;
	}
	return NULL;
}

Test(severity, one_case_per_rule)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sev_t_cases); i++) {
		const struct sev_t_case *c = &sev_t_cases[i];
		struct severity_ctx ctx = { sev_t_lookup, (void *)c, c->whole_group, NULL };
		struct diff_entry e;

		memset(&e, 0, sizeof(e));
		e.kind = c->kind;
		e.path = (char *)c->path;
		e.old_value = (char *)c->old_value;
		e.new_value = (char *)c->new_value;
		severity_rank(&e, &ctx);
		cr_expect_str_eq(e.rule, c->rule, "%s: rule %s, expected %s", c->path, e.rule, c->rule);
		cr_expect_eq(e.severity, c->sev, "%s: %s, expected %s", c->path, severity_name(e.severity),
			     severity_name(c->sev));
	}
}

/*
 * cpu_post_load() fails on an incoming index it lacks below its own highest:
 * the side that has the index breaks the direction in which it is the source;
 * a longer list breaks that way too (VMSTATE_INT32_POSITIVE_LE).
 */
Test(severity, cpreg_directions)
{
	static const struct {
		enum entry_kind kind;
		const char *path, *old_value, *new_value;
		unsigned breaks;
	} cases[] = {
		{ ENTRY_REMOVED, CPREG "/0x4020000000000001", "p15,0,c0,c0,1", NULL, DIR_FORWARD },
		{ ENTRY_ADDED, CPREG "/0x4020000000000001", NULL, "p15,0,c0,c0,1", DIR_BACKWARD },
		{ ENTRY_CHANGED, CPREG "/count", "198", "197", DIR_FORWARD },
		{ ENTRY_CHANGED, CPREG "/count", "197", "198", DIR_BACKWARD },
	};
	static const struct sev_t_case highest = { NULL, SEV_INFO, ENTRY_ADDED, NULL, NULL, NULL, 0,
						   { "0:" CPREG "/highest=0x40300000000f0200",
						     "1:" CPREG "/highest=0x40300000000f0200", NULL } };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct severity_ctx ctx = { sev_t_lookup, (void *)&highest, 0, NULL };
		struct diff_entry e;

		memset(&e, 0, sizeof(e));
		e.kind = cases[i].kind;
		e.path = (char *)cases[i].path;
		e.old_value = (char *)cases[i].old_value;
		e.new_value = (char *)cases[i].new_value;
		severity_rank(&e, &ctx);
		cr_expect_eq(e.severity, SEV_BREAK, "case %zu: %s", i, severity_name(e.severity));
		cr_expect_eq(e.breaks, cases[i].breaks, "case %zu: breaks %u, expected %u", i, e.breaks, cases[i].breaks);
	}
}

/* The section passes: entries as diff_one_section hands them over (sorted, ranked). */
static void sev_t_pass(struct diff_entry *v, size_t n)
{
	struct diff d;
	size_t i;

	diff_init(&d);
	for (i = 0; i < n; i++)
		severity_rank(&v[i], NULL);
	d.v = v;
	d.nr = n;
	severity_rank_section(&d);
}

Test(severity, acpi_renamed)
{
	/* 7.2: the ISA bridge \_SB.PCI0.ISA became S08; COM1 kept _HID and _UID (entries in path order) */
	struct diff_entry v[] = {
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM1/_HID", .old_value = "PNP0501", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM1/_UID", .old_value = "0x01", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA/COM1", .old_value = "Device", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.S08.COM1/_HID", .new_value = "PNP0501", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.S08.COM1/_UID", .new_value = "0x01", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.S08.LPT1/_UID", .new_value = "0x01", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.S08/COM1", .new_value = "Device", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.S08/LPT1", .new_value = "Device", .kind = ENTRY_ADDED },
	};
	static const size_t renamed[] = { 0, 1, 2, 3, 4, 6 };
	static const int sev[] = { SEV_INFO, SEV_INFO, SEV_CHANGE, SEV_INFO, SEV_INFO, SEV_CHANGE };
	size_t i;

	sev_t_pass(v, ARRAY_SIZE(v));
	for (i = 0; i < ARRAY_SIZE(renamed); i++) {
		const struct diff_entry *e = &v[renamed[i]];

		cr_expect_str_eq(e->rule, "acpi-renamed", "%s", e->path);
		cr_expect_eq(e->severity, sev[i], "%s: %s", e->path, severity_name(e->severity));
	}
	/* a device that appears (LPT1 has no _HID here to pair it by) is a change */
	cr_expect_str_eq(v[5].rule, "acpi-device-added", "%s", v[5].path);
	cr_expect_eq(v[5].severity, SEV_CHANGE);
}

/* The status an in-guest probe read (acpi/ns/<path>/status) says absent where abidb cannot evaluate _STA */
Test(severity, acpi_absent_by_the_probes_status)
{
	struct diff_entry v[] = {
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM2/_HID", .old_value = "PNP0501", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA/COM2", .old_value = "Device", .kind = ENTRY_REMOVED },
		{ .path = "acpi/ns/\\_SB.PCI0.ISA.COM2/hid", .old_value = "PNP0501", .kind = ENTRY_REMOVED },
		{ .path = "acpi/ns/\\_SB.PCI0.ISA.COM2/status", .old_value = "0x00", .kind = ENTRY_REMOVED },
	};

	sev_t_pass(v, ARRAY_SIZE(v));
	cr_expect_str_eq(v[0].rule, "acpi-absent");
	cr_expect_eq(v[0].severity, SEV_INFO);
	cr_expect_str_eq(v[1].rule, "acpi-absent");
	cr_expect_eq(v[2].severity, SEV_INFO, "what the probe listed of it");
}

/* 5.2: LPT became LPT1 and gained _UID 1: one device, one break */
Test(severity, acpi_identity_change_of_a_renamed_device)
{
	struct diff_entry v[] = {
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.LPT/_CRS", .old_value = "IO 0x378", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.LPT/_HID", .old_value = "PNP0400", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.LPT1/_CRS", .new_value = "IO 0x378", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.LPT1/_HID", .new_value = "PNP0400", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.LPT1/_UID", .new_value = "0x01", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA/LPT", .old_value = "Device", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA/LPT1", .new_value = "Device", .kind = ENTRY_ADDED },
	};
	size_t i, breaks = 0;

	sev_t_pass(v, ARRAY_SIZE(v));
	for (i = 0; i < ARRAY_SIZE(v); i++)
		breaks += v[i].severity == SEV_BREAK;
	cr_expect_eq(breaks, 1);
	cr_expect_str_eq(v[4].rule, "acpi-identity");
	cr_expect_eq(v[4].severity, SEV_BREAK);
	cr_expect_eq(v[1].severity, SEV_INFO, "the _HID only moved");
	cr_expect_eq(v[5].severity, SEV_CHANGE, "the name changed");
}

/* 5.2: COM2 went, but its _STA said absent: the guest never saw it.  q35 6.2: DRAC appeared */
Test(severity, acpi_absent_and_added_devices)
{
	struct diff_entry v[] = {
		{ .path = "acpi/DSDT/\\_SB.DRAC/_HID", .new_value = "\"PNP0C01\"", .kind = ENTRY_ADDED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM2/(status)", .old_value = "0x00", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM2/_HID", .old_value = "PNP0501", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM2/_UID", .old_value = "0x02", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM3/(status)", .old_value = "0x0F", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA.COM3/_HID", .old_value = "PNP0501", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA/COM2", .old_value = "Device", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB.PCI0.ISA/COM3", .old_value = "Device", .kind = ENTRY_REMOVED },
		{ .path = "acpi/DSDT/\\_SB/DRAC", .new_value = "Device", .kind = ENTRY_ADDED },
	};
	size_t i;

	sev_t_pass(v, ARRAY_SIZE(v));
	cr_expect_str_eq(v[0].rule, "acpi-device-added");
	cr_expect_eq(v[0].severity, SEV_CHANGE);
	for (i = 1; i <= 3; i++) {
		cr_expect_str_eq(v[i].rule, "acpi-absent", "%s", v[i].path);
		cr_expect_eq(v[i].severity, SEV_INFO, "%s", v[i].path);
	}
	cr_expect_str_eq(v[6].rule, "acpi-absent");
	/* a present device that goes is still a break */
	cr_expect_eq(v[5].severity, SEV_BREAK, "%s", v[5].path);
}

Test(severity, vmstate_renamed)
{
	/* 7.2: ps2 "common" became "parent_obj", same size (the binary-wide description) */
	struct diff_entry v[] = {
		{ .path = "vmstate/ps2kbd/common/size", .old_value = "16", .kind = ENTRY_REMOVED },
		{ .path = "vmstate/ps2kbd/parent_obj/size", .new_value = "16", .kind = ENTRY_ADDED },
		{ .path = "vmstate/ps2kbd/scan_enabled/after", .old_value = "common", .new_value = "parent_obj",
		  .kind = ENTRY_CHANGED },
		{ .path = "vmstate/ps2kbd/wide/size", .new_value = "8", .kind = ENTRY_ADDED },
	};
	size_t i;

	sev_t_pass(v, ARRAY_SIZE(v));
	for (i = 0; i < 3; i++) {
		cr_expect_str_eq(v[i].rule, "vmstate-renamed", "%s", v[i].path);
		cr_expect_eq(v[i].severity, SEV_CHANGE, "%s", v[i].path);
	}
	cr_expect_eq(v[3].severity, SEV_BREAK, "an added field of another size stays a break");
}

/* ---- the stream rules: one device, both records' descriptions, analysed by query/migration.c ---- */

static int sev_t_cmp_fact(const void *x, const void *y)
{
	return strcmp(((const struct fact_pair *)x)->path, ((const struct fact_pair *)y)->path);
}

/* A fact list from "path=value" strings (NULL-terminated), sorted as the store gives them. */
static struct fact_list sev_t_facts(const char *const *kv)
{
	struct fact_list l = { NULL, 0, 0, 0 };

	for (; *kv; kv++) {
		const char *eq = strchr(*kv, '=');

		l.v = xrealloc(l.v, (l.nr + 1) * sizeof(*l.v));
		l.v[l.nr].path = xstrndup(*kv, (size_t)(eq - *kv));
		l.v[l.nr++].value = xstrdup(eq + 1);
	}
	if (l.nr)
		qsort(l.v, l.nr, sizeof(*l.v), sev_t_cmp_fact);
	return l;
}

struct sev_t_stream {
	const char *what, *path;	/* the entry to rank */
	enum entry_kind kind;
	const char *rule;
	enum severity sev;
	unsigned breaks;
	const char *a[12], *b[12], *sa[6], *sb[6];	/* vmdesc of A and B, -dump-vmstate of A and B */
};

#define DEV "migration/dev[0]"
#define CLS "vmstate/dev"
static const struct sev_t_stream sev_t_streams[] = {
	{ "a field grows from 1 to 2 bytes", DEV "/x/size", ENTRY_CHANGED, "migration-layout", SEV_BREAK, DIR_BOTH,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=1", DEV "/y/after=x", DEV "/y/size=4", NULL },
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=2", DEV "/y/after=x", DEV "/y/size=4", NULL },
	  { NULL }, { NULL } },
	{ "two fields swap places", DEV "/y/after", ENTRY_CHANGED, "migration-layout", SEV_BREAK, DIR_BOTH,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=1", DEV "/y/after=x", DEV "/y/size=4", NULL },
	  { DEV "/version=1", DEV "/y/after=(start)", DEV "/y/size=4", DEV "/x/after=y", DEV "/x/size=1", NULL },
	  { NULL }, { NULL } },
	{ "a rename keeps the layout", DEV "/x/size", ENTRY_REMOVED, "migration-wire-same", SEV_CHANGE, 0,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=1", DEV "/z/after=(start)", DEV "/z/size=4", NULL }, { NULL }, { NULL } },
	{ "an unused placeholder of the same total size", DEV "/u/size", ENTRY_ADDED, "migration-wire-same",
	  SEV_CHANGE, 0,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=1", DEV "/x/array_len=5", DEV "/w/after=x",
	    DEV "/w/size=1", NULL },
	  { DEV "/version=1", DEV "/u/after=(start)", DEV "/u/size=6", DEV "/u/type=unused_buffer", NULL },
	  { NULL }, { NULL } },
	{ "fields nested into a struct", DEV "/s/struct/x/size", ENTRY_ADDED, "migration-wire-same", SEV_CHANGE, 0,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", DEV "/y/after=x", DEV "/y/size=2", NULL },
	  { DEV "/version=1", DEV "/s/after=(start)", DEV "/s/size=6", DEV "/s/struct/vmsd_name=S",
	    DEV "/s/struct/x/after=(start)", DEV "/s/struct/x/size=4", DEV "/s/struct/y/after=x",
	    DEV "/s/struct/y/size=2", NULL },
	  { NULL }, { NULL } },
	{ "an element count differs (rename pairing respects it)", DEV "/x/array_len", ENTRY_CHANGED,
	  "migration-layout", SEV_BREAK, DIR_BOTH,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=1", DEV "/x/array_len=4", NULL },
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=1", DEV "/x/array_len=5", NULL },
	  { NULL }, { NULL } },
	{ "a subsection only the newer side sends", DEV "/sub/dev/new/version", ENTRY_ADDED, "migration-subsection",
	  SEV_BREAK, DIR_BACKWARD,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", DEV "/sub/dev/new/vmsd_name=dev/new",
	    DEV "/sub/dev/new/version=1", DEV "/sub/dev/new/f/after=(start)", DEV "/sub/dev/new/f/size=1", NULL },
	  { NULL }, { NULL } },
	{ "a subsection the destination knows", DEV "/sub/dev/new/version", ENTRY_ADDED, "migration-subsection",
	  SEV_CHANGE, 0,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", DEV "/sub/dev/new/vmsd_name=dev/new",
	    DEV "/sub/dev/new/version=1", NULL },
	  { CLS "/version_id=1", CLS "/sub/dev/new/name=dev/new", NULL }, { NULL } },
	{ "a raised minimum_version_id", CLS "/minimum_version_id", ENTRY_CHANGED, "migration-version", SEV_BREAK,
	  DIR_FORWARD,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=2", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { CLS "/version_id=1", CLS "/minimum_version_id=1", NULL },
	  { CLS "/version_id=2", CLS "/minimum_version_id=2", NULL } },
	{ "a version above the destination's", DEV "/version", ENTRY_CHANGED, "migration-version", SEV_BREAK,
	  DIR_BACKWARD,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=2", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { CLS "/version_id=1", CLS "/minimum_version_id=1", NULL },
	  { CLS "/version_id=2", CLS "/minimum_version_id=1", NULL } },
	{ "a field added under a newer version: the old stream loads, the new one does not", DEV "/y/size",
	  ENTRY_ADDED, "migration-layout", SEV_BREAK, DIR_BACKWARD,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=2", DEV "/x/after=(start)", DEV "/x/size=4", DEV "/y/after=x", DEV "/y/size=4", NULL },
	  { CLS "/version_id=1", CLS "/minimum_version_id=1", NULL },
	  { CLS "/version_id=2", CLS "/minimum_version_id=1", CLS "/y/version_id=2", NULL } },
	{ "a device only the newer side sends", DEV "/version", ENTRY_ADDED, "migration-device", SEV_BREAK,
	  DIR_BACKWARD, { NULL }, { DEV "/version=1", NULL }, { NULL }, { NULL } },
	{ "a class description change the stream does not show", CLS "/z/size", ENTRY_ADDED, "migration-spec",
	  SEV_INFO, 0,
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { DEV "/version=1", DEV "/x/after=(start)", DEV "/x/size=4", NULL },
	  { CLS "/version_id=1", NULL }, { CLS "/version_id=1", CLS "/z/size=4", NULL } },
};

Test(severity, stream_rules)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sev_t_streams); i++) {
		const struct sev_t_stream *c = &sev_t_streams[i];
		struct fact_list a = sev_t_facts(c->a), b = sev_t_facts(c->b);
		struct fact_list sa = sev_t_facts(c->sa), sb = sev_t_facts(c->sb);
		struct migration_pair *m = migration_analyse(&a, DEV, &b, DEV, sa.nr ? &sa : NULL, CLS,
							     sb.nr ? &sb : NULL, CLS, CLS);
		struct severity_ctx ctx = { NULL, NULL, !a.nr || !b.nr, m };
		struct diff_entry e;

		memset(&e, 0, sizeof(e));
		e.path = (char *)c->path;
		e.kind = c->kind;
		e.old_value = c->kind == ENTRY_ADDED ? NULL : "1";
		e.new_value = c->kind == ENTRY_REMOVED ? NULL : "2";
		severity_rank(&e, &ctx);
		cr_expect_str_eq(e.rule, c->rule, "%s: rule %s, expected %s", c->what, e.rule, c->rule);
		cr_expect_eq(e.severity, c->sev, "%s: %s, expected %s", c->what, severity_name(e.severity),
			     severity_name(c->sev));
		cr_expect_eq(e.breaks, c->breaks, "%s: breaks '%s', expected '%s'", c->what, direction_name(e.breaks),
			     direction_name(c->breaks));
		migration_pair_free(m);
		fact_list_release(&a);
		fact_list_release(&b);
		fact_list_release(&sa);
		fact_list_release(&sb);
	}
}
