/* test-decode-acpi.c: decode_acpi() on real QEMU tables from tests/data. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acpi-test.h"

/* Add every acpi/<SIG>.bin of <ABIDB_TESTDATA>/<release>/<machine>/guest to m. */
static void acpi_t_load(struct filemap *m, const char *release, const char *machine)
{
	acpi_t_load_dir(m, release, machine, "acpi", ".bin");
}

static void acpi_t_decode(const struct filemap *m, struct facts *f)
{
	struct error err = ERROR_INIT;

	cr_assert_eq(decode_acpi(m, f, &err), 0, "decode_acpi: %s", err.msg);
	facts_sort(f);
}

static const char *acpi_t_group(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].group;
	return NULL;
}

static void acpi_t_expect(const struct facts *f, const char *path, const char *want)
{
	const char *got = acpi_t_get(f, path);

	cr_assert(got, "missing fact %s", path);
	cr_assert_str_eq(got, want, "%s", path);
}

static int acpi_t_same(const struct facts *a, const struct facts *b)
{
	size_t i;

	if (a->nr != b->nr)
		return 0;
	for (i = 0; i < a->nr; i++)
		if (strcmp(a->v[i].group, b->v[i].group) || strcmp(a->v[i].path, b->v[i].path) ||
		    strcmp(a->v[i].value, b->v[i].value))
			return 0;
	return 1;
}

static void acpi_t_check_uid(const char *release, const char *machine, const char *want)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;

	acpi_t_load(&m, release, machine);
	acpi_t_decode(&m, &f);
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0/_UID", want);
	cr_assert_str_eq(acpi_t_group(&f, "acpi/DSDT/\\_SB.PCI0/_UID"), "acpi/DSDT/\\_SB.PCI0");
	facts_release(&f);
	filemap_release(&m);
}

Test(decode_acpi, root_bridge_uid_across_releases)
{
	static const char *machines[] = { "pc-i440fx-5.0", "pc-q35-5.0" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(machines); i++) {
		acpi_t_check_uid("qemu-5.0.0", machines[i], "0x01");
		acpi_t_check_uid("qemu-5.2.0", machines[i], "0x00");
		acpi_t_check_uid("qemu-6.2.0", machines[i], "0x01");
		acpi_t_check_uid("qemu-7.2.22", machines[i], "0x01");
		acpi_t_check_uid("qemu-8.2.2", machines[i], "0x01");
	}
}

Test(decode_acpi, isa_bridge_renamed)
{
	struct filemap m = FILEMAP_INIT, m2 = FILEMAP_INIT, m3 = FILEMAP_INIT;
	struct facts f = FACTS_INIT, f2 = FACTS_INIT, f3 = FACTS_INIT;

	acpi_t_load(&m, "qemu-5.0.0", "pc-i440fx-5.0");
	acpi_t_decode(&m, &f);
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0/ISA", "Device");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0.ISA/_ADR", "0x00010000");
	cr_assert_null(acpi_t_get(&f, "acpi/DSDT/\\_SB.PCI0/S08"));

	acpi_t_load(&m2, "qemu-7.2.22", "pc-i440fx-5.0");
	acpi_t_decode(&m2, &f2);
	acpi_t_expect(&f2, "acpi/DSDT/\\_SB.PCI0/S08", "Device");
	acpi_t_expect(&f2, "acpi/DSDT/\\_SB.PCI0.S08/_ADR", "0x00010000");
	acpi_t_expect(&f2, "acpi/DSDT/\\_SB.PCI0.S08/KBD", "Device");
	cr_assert_null(acpi_t_get(&f2, "acpi/DSDT/\\_SB.PCI0/ISA"));

	/* on q35 the LPC bridge at 1f.0 became SF8 */
	acpi_t_load(&m3, "qemu-7.2.22", "pc-q35-5.0");
	acpi_t_decode(&m3, &f3);
	acpi_t_expect(&f3, "acpi/DSDT/\\_SB.PCI0.SF8/_ADR", "0x001F0000");
	acpi_t_expect(&f3, "acpi/DSDT/\\_SB.PCI0.SF8.COM1/_HID", "EisaId (\"PNP0501\")");

	facts_release(&f);
	facts_release(&f2);
	facts_release(&f3);
	filemap_release(&m);
	filemap_release(&m2);
	filemap_release(&m3);
}

Test(decode_acpi, named_objects)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;

	acpi_t_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	acpi_t_decode(&m, &f);
	acpi_t_expect(&f, "acpi/DSDT/\\_SB/PCI0", "Device");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0/_HID", "EisaId (\"PNP0A08\")");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0.PRES/_UID", "\"CPU Hotplug resources\"");
	acpi_t_expect(&f, "acpi/DSDT/\\/_PIC", "Method(1, NotSerialized) { PICF = Arg0 }");
	acpi_t_expect(&f, "acpi/DSDT/\\/PICF", "0x00");
	acpi_t_expect(&f, "acpi/DSDT/\\/_S5", "Package (0x04) { Zero, Zero, Zero, Zero }");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.CPUS/C000", "Processor(0x00, 0x00000000, 0x00)");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0.PRES/PRST", "OperationRegion(SystemIO, 0x0CD8, 0x0C)");
	/* Offset (0x04) then four 1-bit units */
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0.PRES/CEJF",
		      "Field(PRST, ByteAcc, NoLock, WriteAsZeros, bit=36, width=1)");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0.PRES/CCMD",
		      "Field(PRST, ByteAcc, NoLock, WriteAsZeros, bit=40, width=8)");
	/* a field declared in Scope (\_SB) inside a device lands in \_SB */
	acpi_t_expect(&f, "acpi/DSDT/\\_SB/PRQE",
		      "Field(PCI0.SF8.PIRQ, ByteAcc, NoLock, Preserve, bit=64, width=8)");
	acpi_t_expect(&f, "acpi/DSDT/\\_SB.PCI0.PRES/CPLK", "Mutex (CPLK, 0x00)");
	/* Method (\_GPE._E02, ...) declared from the root */
	cr_assert_not_null(acpi_t_get(&f, "acpi/DSDT/\\_GPE/_E02"));
	facts_release(&f);
	filemap_release(&m);
}

Test(decode_acpi, data_tables)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;

	acpi_t_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	acpi_t_decode(&m, &f);
	acpi_t_expect(&f, "acpi/APIC/Local Apic Address", "FEE00000");
	acpi_t_expect(&f, "acpi/APIC/Flags/PC-AT Compatibility", "1");
	acpi_t_expect(&f, "acpi/APIC/entry[0]/Subtable Type", "00");
	acpi_t_expect(&f, "acpi/APIC/entry[1]/Subtable Type", "01");
	acpi_t_expect(&f, "acpi/APIC/entry[1]/Address", "FEC00000");
	acpi_t_expect(&f, "acpi/APIC/entry[3]/Flags/Trigger Mode", "3");
	cr_assert_str_eq(acpi_t_group(&f, "acpi/APIC/entry[3]/Source"), "acpi/APIC");
	acpi_t_expect(&f, "acpi/FACP/Reset Register/Address", "0000000000000CF9");
	acpi_t_expect(&f, "acpi/FACP/SCI Interrupt", "0009");
	acpi_t_expect(&f, "acpi/FACP/header/revision", "0x03");
	cr_assert_null(acpi_t_get(&f, "acpi/FACP/FACS Address"), "firmware pointer kept");
	cr_assert_null(acpi_t_get(&f, "acpi/FACP/DSDT Address"), "firmware pointer kept");
	acpi_t_expect(&f, "acpi/MCFG/Base Address", "00000000B0000000");
	acpi_t_expect(&f, "acpi/MCFG/Reserved #2", "00000000");
	acpi_t_expect(&f, "acpi/HPET/Timer Block Register/Address", "00000000FED00000");
	acpi_t_expect(&f, "acpi/WAET/Flags/PM timer, one read only", "1");
	acpi_t_expect(&f, "acpi/FACS/header/length", "64");
	acpi_t_expect(&f, "acpi/FACS/header/hardware_signature", "0x00000000");
	cr_assert_null(acpi_t_get(&f, "acpi/FACS/Global Lock"), "os-owned field kept");
	facts_release(&f);
	filemap_release(&m);
}

Test(decode_acpi, headers_and_no_checksum)
{
	static const char *tables[] = { "APIC", "DSDT", "FACP", "HPET", "MCFG", "WAET" };
	static const char *subs[] = { "revision", "oem_id", "oem_table_id", "oem_revision",
				      "creator_id", "creator_revision", "length" };
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT, f2 = FACTS_INIT;
	const struct filemap_entry *e;
	unsigned char *copy;
	size_t i, j;

	acpi_t_load(&m, "qemu-8.2.2", "pc-q35-5.0");
	acpi_t_decode(&m, &f);
	for (i = 0; i < ARRAY_SIZE(tables); i++)
		for (j = 0; j < ARRAY_SIZE(subs); j++) {
			char *p = xstrfmt("acpi/%s/header/%s", tables[i], subs[j]);

			cr_assert_not_null(acpi_t_get(&f, p), "missing %s", p);
			free(p);
		}
	acpi_t_expect(&f, "acpi/DSDT/header/oem_id", "\"BOCHS \"");
	for (i = 0; i < f.nr; i++) {
		cr_assert_null(strcasestr(f.v[i].path, "checksum"), "%s", f.v[i].path);
		/* nothing from iasl's banner, comments or our temporary files */
		cr_assert_null(strstr(f.v[i].value, "/*"), "%s", f.v[i].path);
		cr_assert_null(strstr(f.v[i].value, "//"), "%s", f.v[i].path);
		cr_assert_null(strstr(f.v[i].value, "Intel"), "%s", f.v[i].path);
		cr_assert_null(strstr(f.v[i].value, ".bin"), "%s", f.v[i].path);
		cr_assert_null(strstr(f.v[i].value, "abidb-acpi"), "%s", f.v[i].path);
	}

	/* a table that differs only in its checksum byte gives the same facts */
	e = filemap_get(&m, "acpi/FACP.bin");
	cr_assert_not_null(e);
	copy = xmalloc(e->len);
	memcpy(copy, e->data, e->len);
	copy[9] ^= 0x5a;
	filemap_add(&m, "acpi/FACP.bin", copy, e->len);
	free(copy);
	e = filemap_get(&m, "acpi/DSDT.bin");
	copy = xmalloc(e->len);
	memcpy(copy, e->data, e->len);
	copy[9] ^= 0x5a;
	filemap_add(&m, "acpi/DSDT.bin", copy, e->len);
	free(copy);
	acpi_t_decode(&m, &f2);
	cr_assert(acpi_t_same(&f, &f2), "checksum leaks into facts");
	facts_release(&f);
	facts_release(&f2);
	filemap_release(&m);
}

Test(decode_acpi, deterministic_and_cached)
{
	struct filemap m = FILEMAP_INIT, two = FILEMAP_INIT;
	struct facts a = FACTS_INIT, b = FACTS_INIT, c = FACTS_INIT;
	const struct filemap_entry *e;
	size_t i, ssdt = 0, dsdt = 0;

	acpi_t_load(&m, "qemu-6.2.0", "pc-i440fx-5.0");
	acpi_t_decode(&m, &a);	/* runs iasl */
	acpi_t_decode(&m, &b);	/* from the cache */
	cr_assert(a.nr > 100);
	cr_assert(acpi_t_same(&a, &b), "second decode differs");

	/* the same bytes under two names: both decoded, each under its own name */
	e = filemap_get(&m, "acpi/DSDT.bin");
	filemap_add(&two, "acpi/DSDT.bin", e->data, e->len);
	filemap_add(&two, "acpi/SSDT7.bin", e->data, e->len);
	filemap_add(&two, "pci/0000:00:00.0.config", "x", 1);	/* not ours */
	acpi_t_decode(&two, &c);
	for (i = 0; i < c.nr; i++) {
		dsdt += starts_with(c.v[i].path, "acpi/DSDT/");
		ssdt += starts_with(c.v[i].path, "acpi/SSDT7/");
		cr_assert(starts_with(c.v[i].path, "acpi/"));
	}
	cr_assert(dsdt > 100);
	cr_assert_eq(dsdt, ssdt);
	facts_release(&a);
	facts_release(&b);
	facts_release(&c);
	filemap_release(&m);
	filemap_release(&two);
}

Test(decode_acpi, truncated_table)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	filemap_add(&m, "acpi/DSDT.bin", "DSDT\x0a\0\0\0\x01\x02", 10);
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	cr_assert_not_null(strstr(err.msg, "acpi/DSDT.bin"), "%s", err.msg);
	cr_assert_eq(err.code, ERR_INPUT);

	/* a header whose length disagrees with the file */
	filemap_release(&m);
	error_clear(&err);
	{
		unsigned char buf[40] = "DSDT";

		buf[4] = 200;
		filemap_add(&m, "acpi/DSDT.bin", buf, sizeof(buf));
	}
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	cr_assert_not_null(strstr(err.msg, "acpi/DSDT.bin"), "%s", err.msg);
	facts_release(&f);
	filemap_release(&m);
}

Test(decode_acpi, no_tables)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	filemap_add(&m, "cpuinfo.txt", "processor : 0\n", 14);
	cr_assert_eq(decode_acpi(&m, &f, &err), 0);
	cr_assert_eq(f.nr, 0);
	filemap_release(&m);
}

Test(decode_acpi, unknown_table_and_missing_iasl)
{
	/* a valid header with a signature iasl does not know: header + body facts */
	unsigned char t[44] = "QEMUxxxx\x01\x00" "BOCHS BXPC    \x01\x00\x00\x00" "BXPC\x01\x00\x00\x00" "abcdefgh";
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	char *path;

	t[4] = sizeof(t);
	t[5] = t[6] = t[7] = 0;
	filemap_add(&m, "acpi/QEMU.bin", t, sizeof(t));
	acpi_t_decode(&m, &f);
	acpi_t_expect(&f, "acpi/QEMU/header/oem_table_id", "\"BXPC    \"");
	acpi_t_expect(&f, "acpi/QEMU/body", "6162636465666768");
	facts_release(&f);

	/* not in the cache and no iasl on $PATH */
	t[43] = 'i';
	filemap_add(&m, "acpi/QEMU.bin", t, sizeof(t));
	path = xstrdup(getenv("PATH") ? getenv("PATH") : "");
	setenv("PATH", "/nonexistent", 1);
	cr_assert_eq(decode_acpi(&m, &f, &err), -1);
	setenv("PATH", path, 1);
	free(path);
	cr_assert_not_null(strstr(err.msg, "iasl not found: install acpica-tools"), "%s", err.msg);
	facts_release(&f);
	filemap_release(&m);
}

struct acpi_t_thread {
	const struct filemap *m;
	struct facts f;
	int rc;
};

static void *acpi_t_worker(void *arg)
{
	struct acpi_t_thread *t = arg;
	struct error err = ERROR_INIT;

	t->rc = decode_acpi(t->m, &t->f, &err);
	facts_sort(&t->f);
	return NULL;
}

Test(decode_acpi, threads)
{
	struct filemap m = FILEMAP_INIT;
	struct acpi_t_thread t[4];
	pthread_t tid[4];
	size_t i;

	acpi_t_load(&m, "qemu-5.2.0", "pc-q35-5.0");
	for (i = 0; i < 4; i++) {
		t[i].m = &m;
		facts_init(&t[i].f);
		cr_assert_eq(pthread_create(&tid[i], NULL, acpi_t_worker, &t[i]), 0);
	}
	for (i = 0; i < 4; i++)
		pthread_join(tid[i], NULL);
	for (i = 0; i < 4; i++) {
		cr_assert_eq(t[i].rc, 0);
		cr_assert(acpi_t_same(&t[0].f, &t[i].f));
	}
	acpi_t_expect(&t[0].f, "acpi/DSDT/\\_SB.PCI0/_UID", "0x00");
	for (i = 0; i < 4; i++)
		facts_release(&t[i].f);
	filemap_release(&m);
}

/*
 * A synthetic SSDT compiled with iasl 20200925 from:
 *   External (\_SB.PCI0, DeviceObj)
 *   Name (FLAG, 0x01)
 *   If (FLAG) { Name (CNDA, 0x05) } Else { Name (CNDB, 0x06) }
 *   Scope (\_SB.PCI0) {
 *     OperationRegion (IDXR, SystemIO, 0x0510, 0x02)
 *     Field (IDXR, ByteAcc, NoLock, Preserve) { IDX, 8, DAT, 8 }
 *     IndexField (IDX, DAT, ByteAcc, NoLock, Preserve)
 *       { Offset (0x02), , 4, FOO, 4, AccessAs (WordAcc), BAR, 16 }
 *     Alias (FOO, FOOA)
 *     Name (BUF0, Buffer (0x04) { 1, 2, 3, 4 })
 *     CreateWordField (BUF0, 0x01, BW)
 *     Event (EVT0)
 *     Device (^DEV1) { Name (_HID, "ABCD0001")
 *       Name (_STR, Unicode ("hi // not a comment /+ either +/")) }   (with stars for +)
 *     PowerResource (PWR0, 0, 0) { Method (_STA) { Return (One) } Method (_ON) {} Method (_OFF) {} }
 *     ThermalZone (TZ0) { Name (_TMP, Ones) }
 *   }
 */
static const unsigned char acpi_t_synth_ssdt[] = {
	0x53, 0x53, 0x44, 0x54, 0x50, 0x01, 0x00, 0x00, 0x02, 0x26, 0x54, 0x45,
	0x53, 0x54, 0x20, 0x20, 0x53, 0x59, 0x4e, 0x54, 0x48, 0x20, 0x20, 0x20,
	0x01, 0x00, 0x00, 0x00, 0x49, 0x4e, 0x54, 0x4c, 0x25, 0x09, 0x20, 0x20,
	0xa0, 0x0f, 0x00, 0x15, 0x5c, 0x2e, 0x5f, 0x53, 0x42, 0x5f, 0x50, 0x43,
	0x49, 0x30, 0x06, 0x00, 0x08, 0x46, 0x4c, 0x41, 0x47, 0x01, 0xa0, 0x0c,
	0x46, 0x4c, 0x41, 0x47, 0x08, 0x43, 0x4e, 0x44, 0x41, 0x0a, 0x05, 0xa1,
	0x08, 0x08, 0x43, 0x4e, 0x44, 0x42, 0x0a, 0x06, 0x10, 0x4f, 0x0f, 0x5c,
	0x2e, 0x5f, 0x53, 0x42, 0x5f, 0x50, 0x43, 0x49, 0x30, 0x5b, 0x80, 0x49,
	0x44, 0x58, 0x52, 0x01, 0x0b, 0x10, 0x05, 0x0a, 0x02, 0x5b, 0x81, 0x10,
	0x49, 0x44, 0x58, 0x52, 0x01, 0x49, 0x44, 0x58, 0x5f, 0x08, 0x44, 0x41,
	0x54, 0x5f, 0x08, 0x5b, 0x86, 0x1b, 0x49, 0x44, 0x58, 0x5f, 0x44, 0x41,
	0x54, 0x5f, 0x01, 0x00, 0x10, 0x00, 0x04, 0x46, 0x4f, 0x4f, 0x5f, 0x04,
	0x01, 0x02, 0x00, 0x42, 0x41, 0x52, 0x5f, 0x10, 0x06, 0x46, 0x4f, 0x4f,
	0x5f, 0x46, 0x4f, 0x4f, 0x41, 0x08, 0x42, 0x55, 0x46, 0x30, 0x11, 0x07,
	0x0a, 0x04, 0x01, 0x02, 0x03, 0x04, 0x8b, 0x42, 0x55, 0x46, 0x30, 0x01,
	0x42, 0x57, 0x5f, 0x5f, 0x5b, 0x02, 0x45, 0x56, 0x54, 0x30, 0x5b, 0x82,
	0x42, 0x06, 0x5e, 0x44, 0x45, 0x56, 0x31, 0x08, 0x5f, 0x48, 0x49, 0x44,
	0x0d, 0x41, 0x42, 0x43, 0x44, 0x30, 0x30, 0x30, 0x31, 0x00, 0x08, 0x5f,
	0x53, 0x54, 0x52, 0x11, 0x46, 0x04, 0x0a, 0x42, 0x68, 0x00, 0x69, 0x00,
	0x20, 0x00, 0x2f, 0x00, 0x2f, 0x00, 0x20, 0x00, 0x6e, 0x00, 0x6f, 0x00,
	0x74, 0x00, 0x20, 0x00, 0x61, 0x00, 0x20, 0x00, 0x63, 0x00, 0x6f, 0x00,
	0x6d, 0x00, 0x6d, 0x00, 0x65, 0x00, 0x6e, 0x00, 0x74, 0x00, 0x20, 0x00,
	0x2f, 0x00, 0x2a, 0x00, 0x20, 0x00, 0x65, 0x00, 0x69, 0x00, 0x74, 0x00,
	0x68, 0x00, 0x65, 0x00, 0x72, 0x00, 0x20, 0x00, 0x2a, 0x00, 0x2f, 0x00,
	0x00, 0x00, 0x5b, 0x84, 0x1f, 0x50, 0x57, 0x52, 0x30, 0x00, 0x00, 0x00,
	0x14, 0x08, 0x5f, 0x53, 0x54, 0x41, 0x00, 0xa4, 0x01, 0x14, 0x06, 0x5f,
	0x4f, 0x4e, 0x5f, 0x00, 0x14, 0x06, 0x5f, 0x4f, 0x46, 0x46, 0x00, 0x5b,
	0x85, 0x0b, 0x54, 0x5a, 0x30, 0x5f, 0x08, 0x5f, 0x54, 0x4d, 0x50, 0xff,
};

Test(decode_acpi, synthetic_constructs)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;

	filemap_add(&m, "acpi/SSDT.bin", acpi_t_synth_ssdt, sizeof(acpi_t_synth_ssdt));
	acpi_t_decode(&m, &f);
	acpi_t_expect(&f, "acpi/SSDT/header/creator_id", "\"INTL\"");
	/* If / Else contents are taken inline */
	acpi_t_expect(&f, "acpi/SSDT/\\/CNDA", "0x05");
	acpi_t_expect(&f, "acpi/SSDT/\\/CNDB", "0x06");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB/PCI0", "External (_SB_.PCI0, DeviceObj)");
	/* ^DEV1 from \_SB.PCI0 */
	acpi_t_expect(&f, "acpi/SSDT/\\_SB/DEV1", "Device");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.DEV1/_STR", "Unicode (\"hi // not a comment /* either */\")");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/FOO",
		      "IndexField(IDX, DAT, ByteAcc, NoLock, Preserve, bit=20, width=4)");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/BAR",
		      "IndexField(IDX, DAT, ByteAcc, NoLock, Preserve, AccessAs (WordAcc, 0x00), bit=24, width=16)");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/FOOA", "Alias (FOO, FOOA)");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/BW", "CreateWordField (BUF0, One, BW)");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/EVT0", "Event (EVT0)");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/BUF0", "Buffer (0x04) { 0x01, 0x02, 0x03, 0x04 }");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/PWR0", "PowerResource(0x00, 0x0000)");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0.PWR0/_STA", "Method(0, NotSerialized) { Return (One) }");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0.PWR0/_ON", "Method(0, NotSerialized) {}");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0/TZ0", "ThermalZone");
	acpi_t_expect(&f, "acpi/SSDT/\\_SB.PCI0.TZ0/_TMP", "0xFFFFFFFFFFFFFFFF");
	facts_release(&f);
	filemap_release(&m);
}
