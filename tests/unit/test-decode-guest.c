/* test-decode-guest.c: PCI, SMBIOS, cpuinfo, memmap and fw_cfg decoders on real guest dumps. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "decode.h"
#include "sha256.h"
#include "util.h"

/* Add every file under dir (recursively) to m, keyed by its path below the guest folder. */
static void gt_load_dir(struct filemap *m, const char *dir, const char *rel)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	cr_assert(d, "cannot open %s", dir);
	while ((de = readdir(d))) {
		char *p, *r;
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		p = xstrfmt("%s/%s", dir, de->d_name);
		r = *rel ? xstrfmt("%s/%s", rel, de->d_name) : xstrdup(de->d_name);
		cr_assert_eq(lstat(p, &st), 0, "cannot stat %s", p);
		if (S_ISDIR(st.st_mode)) {
			gt_load_dir(m, p, r);
		} else if (S_ISREG(st.st_mode)) {
			FILE *fp = fopen(p, "rb");
			char *buf = xmalloc(st.st_size + 1);
			size_t n;

			cr_assert(fp, "cannot open %s", p);
			n = fread(buf, 1, st.st_size, fp);
			cr_assert_eq(n, (size_t)st.st_size, "short read on %s", p);
			fclose(fp);
			filemap_add(m, r, buf, n);
			free(buf);
		}
		free(p);
		free(r);
	}
	closedir(d);
}

static void gt_load(struct filemap *m, const char *release, const char *machine)
{
	const char *root = getenv("ABIDB_TESTDATA");
	char *dir;

	cr_assert(root, "ABIDB_TESTDATA is not set");
	dir = xstrfmt("%s/%s/%s/guest", root, release, machine);
	gt_load_dir(m, dir, "");
	free(dir);
}

static int gt_run(const struct filemap *m, struct facts *f, struct error *err)
{
	if (decode_pci(m, f, err) || decode_smbios(m, f, err) || decode_cpuinfo(m, f, err) ||
	    decode_memmap(m, f, err) || decode_fwcfg(m, f, err))
		return -1;
	facts_sort(f);
	return 0;
}

static void gt_decode(const char *release, const char *machine, struct facts *f)
{
	struct filemap m = FILEMAP_INIT;
	struct error err = ERROR_INIT;

	gt_load(&m, release, machine);
	cr_assert_eq(gt_run(&m, f, &err), 0, "%s/%s: %s", release, machine, err.msg);
	filemap_release(&m);
}

static const char *gt_get(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

static void gt_expect(const struct facts *f, const char *path, const char *want)
{
	const char *got = gt_get(f, path);

	cr_assert(got, "missing fact %s", path);
	cr_assert_str_eq(got, want, "%s", path);
}

/* Run one decoder on m and expect failure with all of the given words in the message. */
static void gt_expect_error(int (*fn)(const struct filemap *, struct facts *, struct error *),
			    const struct filemap *m, const char *w1, const char *w2)
{
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	cr_assert_eq(fn(m, &f, &err), -1, "expected an error mentioning '%s'", w1);
	cr_assert(strstr(err.msg, w1), "'%s' not in: %s", w1, err.msg);
	if (w2)
		cr_assert(strstr(err.msg, w2), "'%s' not in: %s", w2, err.msg);
	facts_release(&f);
}

Test(decode_guest, e1000_becomes_e1000e_in_q35_2_12)
{
	struct facts a = FACTS_INIT, b = FACTS_INIT;

	gt_decode("qemu-7.2.22", "pc-q35-2.11", &a);
	gt_decode("qemu-7.2.22", "pc-q35-2.12", &b);
	gt_expect(&a, "pci/00:02.0/vendor", "0x8086");
	gt_expect(&a, "pci/00:02.0/device", "0x100e");
	gt_expect(&a, "pci/00:02.0/config_size", "256");
	gt_expect(&b, "pci/00:02.0/device", "0x10d3");
	gt_expect(&b, "pci/00:02.0/class", "0x020000");
	gt_expect(&b, "pci/00:02.0/config_size", "4096");
	/* e1000e: PCIe with MSI-X and AER; never an address */
	gt_expect(&b, "pci/00:02.0/cap/msix/table_size", "5");
	gt_expect(&b, "pci/00:02.0/cap/pcie/port_type", "rc_integrated_endpoint");
	gt_expect(&b, "pci/00:02.0/ecap/aer/offset", "0x100");
	gt_expect(&b, "pci/00:02.0/bar0/size", "0x20000");
	gt_expect(&b, "pci/00:02.0/bar0/type", "mem32");
	gt_expect(&b, "pci/00:02.0/bar2/type", "io");
	gt_expect(&b, "pci/00:02.0/rom/size", "0x40000");
	cr_assert_null(gt_get(&a, "pci/00:02.0/cap/pcie"));
	facts_release(&a);
	facts_release(&b);
}

Test(decode_guest, q35_4_0_and_4_0_1_differ_only_in_names)
{
	/*
	 * pc-q35-4.0.1 only changed the split-irqchip default, which TCG does
	 * not show.  What differs is the machine type name in SMBIOS types 1,
	 * 3 and 4 ("version"), and the size of the fw_cfg SMBIOS blob holding
	 * those strings.
	 */
	static const char *const expected[] = {
		"fw_cfg/etc/smbios/smbios-tables/size",
		"smbios/type1[0]/version",
		"smbios/type3[0]/version",
		"smbios/type4[0]/version",
	};
	struct facts a = FACTS_INIT, b = FACTS_INIT;
	const char *diff[16];
	size_t i = 0, j = 0, n = 0;

	gt_decode("qemu-7.2.22", "pc-q35-4.0", &a);
	gt_decode("qemu-7.2.22", "pc-q35-4.0.1", &b);
	cr_assert_eq(a.nr, b.nr, "fact counts differ: %zu vs %zu", a.nr, b.nr);
	for (i = 0; i < a.nr; i++) {
		cr_assert_str_eq(a.v[i].path, b.v[i].path);
		if (strcmp(a.v[i].value, b.v[i].value)) {
			cr_assert_lt(n, ARRAY_SIZE(diff), "too many differences");
			diff[n++] = a.v[i].path;
		}
	}
	cr_assert_eq(n, ARRAY_SIZE(expected), "%zu differences", n);
	for (j = 0; j < n; j++)
		cr_assert_str_eq(diff[j], expected[j]);
	gt_expect(&a, "smbios/type1[0]/version", "pc-q35-4.0");
	gt_expect(&b, "smbios/type1[0]/version", "pc-q35-4.0.1");
	facts_release(&a);
	facts_release(&b);
}

Test(decode_guest, every_test_record_decodes)
{
	const char *root = getenv("ABIDB_TESTDATA");
	DIR *rd;
	struct dirent *r;
	size_t records = 0;

	cr_assert(root, "ABIDB_TESTDATA is not set");
	rd = opendir(root);
	cr_assert(rd);
	while ((r = readdir(rd))) {
		char *rdir;
		DIR *md;
		struct dirent *mach;

		if (!starts_with(r->d_name, "qemu-"))
			continue;
		rdir = xstrfmt("%s/%s", root, r->d_name);
		md = opendir(rdir);
		cr_assert(md);
		while ((mach = readdir(md))) {
			struct facts f = FACTS_INIT;
			char *g = xstrfmt("%s/%s/guest", rdir, mach->d_name);
			const char *v;
			size_t i, flags = 0;

			char *cpuinfo = xstrfmt("%s/cpuinfo.txt", g);
			int booted = path_kind(cpuinfo) == 0;

			free(cpuinfo);
			/* the booted x86 guests (arm virt's fast-path guest view has no CPU, memmap or PCI files) */
			if (mach->d_name[0] == '.' || path_kind(g) != 1 || !booted) {
				free(g);
				continue;
			}
			records++;
			gt_decode(r->d_name, mach->d_name, &f);
			/* SMBIOS type 1 "version" is the machine type's own name */
			gt_expect(&f, "smbios/type1[0]/version", mach->d_name);
			gt_expect(&f, "smbios/type1[0]/manufacturer", "QEMU");
			cr_assert(gt_get(&f, "smbios/entry/entry_point_type"));
			for (i = 0; i < f.nr; i++)
				flags += starts_with(f.v[i].path, "cpu/flags/");
			cr_assert_gt(flags, 20, "%s/%s: %zu cpu flags", r->d_name, mach->d_name, flags);
			gt_expect(&f, "cpu/flags/fpu", "1");
			gt_expect(&f, "cpu/vendor_id", "AuthenticAMD");
			cr_assert_null(gt_get(&f, "cpu/bogomips"));
			v = gt_get(&f, "memmap/0x0000000000100000");
			cr_assert(v, "%s/%s: no memmap region at 1 MiB", r->d_name, mach->d_name);
			cr_assert(starts_with(v, "end=0x") && ends_with(v, " type=System RAM"), "%s", v);
			gt_expect(&f, "pci/00:00.0/vendor", "0x8086");
			/* nothing firmware-assigned: no address-like fact names */
			for (i = 0; i < f.nr; i++) {
				if (!starts_with(f.v[i].path, "pci/"))
					continue;
				cr_assert(!ends_with(f.v[i].path, "/start") &&
					  !ends_with(f.v[i].path, "/irq") &&
					  !ends_with(f.v[i].path, "/interrupt_line"), "%s", f.v[i].path);
			}
			facts_release(&f);
			free(g);
		}
		closedir(md);
		free(rdir);
	}
	closedir(rd);
	cr_assert_gt(records, 10);
}

Test(decode_guest, memmap_and_fwcfg_values)
{
	struct facts f = FACTS_INIT;

	gt_decode("qemu-7.2.22", "pc-q35-5.0", &f);
	gt_expect(&f, "memmap/0x0000000000000000", "end=0x9fbff type=System RAM");
	gt_expect(&f, "memmap/0x00000000b0000000", "end=0xbfffffff type=Reserved");
	cr_assert_null(gt_get(&f, "memmap/index"));
	gt_expect(&f, "fw_cfg/bootorder/select", "0x0021");
	gt_expect(&f, "fw_cfg/etc/acpi/tables/size", "131072");
	/* option ROMs: the hash from the .sha256 file */
	gt_expect(&f, "fw_cfg/genroms/kvmvapic.bin/size", "9216");
	cr_assert(gt_get(&f, "fw_cfg/genroms/kvmvapic.bin/sha256"));
	cr_assert_eq(strlen(gt_get(&f, "fw_cfg/genroms/kvmvapic.bin/sha256")), 64);
	/* an empty entry hashes to the empty string's digest */
	gt_expect(&f, "fw_cfg/etc/tpm/log/sha256",
		  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	cr_assert_null(gt_get(&f, "fw_cfg/etc/smbios/smbios-tables/sha256"));
	cr_assert(gt_get(&f, "fw_cfg/etc/smbios/smbios-tables/size"));
	/* dropped cpuinfo lines */
	cr_assert_null(gt_get(&f, "cpu/cpu_mhz"));
	cr_assert_null(gt_get(&f, "cpu/bugs"));
	gt_expect(&f, "cpu/model_name", "QEMU Virtual CPU version 2.5+");
	gt_expect(&f, "smbios/type0[0]/vendor", "SeaBIOS");
	gt_expect(&f, "smbios/type1[0]/uuid", "00000000-0000-0000-0000-000000000000");
	gt_expect(&f, "smbios/type127[0]/handle", "0x7f00");
	facts_release(&f);
}

Test(decode_guest, same_input_same_facts)
{
	struct filemap m = FILEMAP_INIT;
	struct facts a = FACTS_INIT, b = FACTS_INIT;
	struct error err = ERROR_INIT;
	size_t i;

	gt_load(&m, "qemu-8.2.2", "pc-q35-5.0");
	cr_assert_eq(gt_run(&m, &a, &err), 0, "%s", err.msg);
	cr_assert_eq(gt_run(&m, &b, &err), 0, "%s", err.msg);
	cr_assert_eq(a.nr, b.nr);
	cr_assert_gt(a.nr, 100);
	for (i = 0; i < a.nr; i++) {
		cr_assert_str_eq(a.v[i].group, b.v[i].group);
		cr_assert_str_eq(a.v[i].path, b.v[i].path);
		cr_assert_str_eq(a.v[i].value, b.v[i].value);
	}
	facts_release(&a);
	facts_release(&b);
	filemap_release(&m);
}

Test(decode_guest, missing_sources_are_not_errors)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	cr_assert_eq(gt_run(&m, &f, &err), 0, "%s", err.msg);
	cr_assert_eq(f.nr, 0);
	filemap_add(&m, "fw_cfg/listing.txt", "  \n", 3);	/* old machine types */
	cr_assert_eq(gt_run(&m, &f, &err), 0, "%s", err.msg);
	cr_assert_eq(f.nr, 0);
	filemap_release(&m);
}

Test(decode_guest, truncated_config_names_the_file)
{
	struct filemap m = FILEMAP_INIT;

	gt_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	filemap_add(&m, "pci/0000:00:02.0.config", "\x86\x80\xd3\x10\0\0\0\0\0\0", 10);
	gt_expect_error(decode_pci, &m, "'pci/0000:00:02.0.config'", "10 bytes");
	filemap_release(&m);
}

/* Copy of a real config space with one byte changed. */
static void gt_patch_config(struct filemap *m, const char *path, size_t off, unsigned char v)
{
	const struct filemap_entry *e = filemap_get(m, path);
	unsigned char *c;
	size_t len;

	cr_assert(e, "no %s", path);
	len = e->len;
	c = xmalloc(len);
	memcpy(c, e->data, len);
	c[off] = v;
	filemap_add(m, path, c, len);
	free(c);
}

Test(decode_guest, broken_capability_chains)
{
	struct filemap m = FILEMAP_INIT;
	const char *cfg = "pci/0000:00:02.0.config";
	const struct filemap_entry *e;
	size_t first;

	gt_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	e = filemap_get(&m, cfg);
	cr_assert(e);
	first = e->data[0x34] & 0xfc;
	cr_assert_geq(first, 0x40);
	/* the first capability points at itself */
	gt_patch_config(&m, cfg, first + 1, (unsigned char)first);
	gt_expect_error(decode_pci, &m, "'pci/0000:00:02.0.config'", "loops at");
	/* a pointer into the header */
	gt_patch_config(&m, cfg, first + 1, 0x10);
	gt_expect_error(decode_pci, &m, "'pci/0000:00:02.0.config'", "out of range");
	filemap_release(&m);

	/* the extended chain loops back to 0x100 */
	gt_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	e = filemap_get(&m, cfg);
	cr_assert_eq(e->len, 4096);
	{
		size_t o = 0x100, last = 0x100;
		int guard = 0;

		while (o && guard++ < 64) {
			last = o;
			o = ((size_t)e->data[o + 2] >> 4 | (size_t)e->data[o + 3] << 4) & 0xffc;
		}
		/* next = 0x100: bits 20..31 of the header */
		gt_patch_config(&m, cfg, last + 2, e->data[last + 2] & 0x0f);
		gt_patch_config(&m, cfg, last + 3, 0x10);
	}
	gt_expect_error(decode_pci, &m, "'pci/0000:00:02.0.config'", "loops at 0x100");
	filemap_release(&m);
}

Test(decode_guest, malformed_resources_name_the_file)
{
	struct filemap m = FILEMAP_INIT;
	const char *bad = "{\"resource\": [\"0x1000 0x1fff\"]}";

	gt_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	filemap_add(&m, "pci/0000:00:02.0.json", bad, strlen(bad));
	gt_expect_error(decode_pci, &m, "'pci/0000:00:02.0.json'", "resource[0]");
	filemap_release(&m);
}

Test(decode_guest, malformed_memmap_names_file_and_field)
{
	static const struct {
		const char *json, *field;
	} cases[] = {
		{ "[{\"start\": \"0x0\", \"end\": \"0x9fbff\", \"type\": \"System RAM\"", "invalid JSON" },
		{ "{\"start\": \"0x0\"}", "array" },
		{ "[{\"start\": \"0x0\", \"end\": \"0x9fbff\", \"type\": \"System RAM\"}, 7]", "[1]" },
		{ "[{\"start\": 0, \"end\": \"0x9fbff\", \"type\": \"System RAM\"}]", "[0].start" },
		{ "[{\"start\": \"0x0\", \"type\": \"System RAM\"}]", "[0].end" },
		{ "[{\"start\": \"0x0\", \"end\": \"0xzz\", \"type\": \"System RAM\"}]", "[0].end" },
		{ "[{\"start\": \"0x0\", \"end\": \"0x1\", \"type\": null}]", "[0].type" },
		{ "[] []", "invalid JSON" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct filemap m = FILEMAP_INIT;

		filemap_add(&m, "memmap.json", cases[i].json, strlen(cases[i].json));
		gt_expect_error(decode_memmap, &m, "'memmap.json'", cases[i].field);
		filemap_release(&m);
	}
}

Test(decode_guest, malformed_smbios_and_fwcfg)
{
	struct filemap m = FILEMAP_INIT;
	const struct filemap_entry *e;
	char *copy;
	size_t len;

	gt_load(&m, "qemu-7.2.22", "pc-q35-5.0");
	e = filemap_get(&m, "dmi/DMI.bin");
	cr_assert(e);
	/* cut inside the first structure's strings */
	len = e->len;
	copy = xmalloc(len);
	memcpy(copy, e->data, len);
	filemap_add(&m, "dmi/DMI.bin", copy, 0x1c);
	gt_expect_error(decode_smbios, &m, "'dmi/DMI.bin'", "0x0");
	/* a string index past the string set */
	copy[0x04] = 9;
	filemap_add(&m, "dmi/DMI.bin", copy, len);
	free(copy);
	gt_expect_error(decode_smbios, &m, "'dmi/DMI.bin'", "vendor");
	filemap_add(&m, "dmi/smbios_entry_point.bin", "_XX_", 4);
	gt_expect_error(decode_smbios, &m, "'dmi/smbios_entry_point.bin'", "anchor");
	filemap_add(&m, "fw_cfg/listing.txt", "33 x bootorder\n", 15);
	gt_expect_error(decode_fwcfg, &m, "'fw_cfg/listing.txt'", "line 1");
	filemap_add(&m, "fw_cfg/listing.txt", "46 9216 genroms/kvmvapic.bin\n", 29);
	filemap_add(&m, "fw_cfg/raw/genroms/kvmvapic.bin.sha256", "nothex  9216\n", 13);
	gt_expect_error(decode_fwcfg, &m, "'fw_cfg/raw/genroms/kvmvapic.bin.sha256'", "hash");
	filemap_release(&m);
}

Test(decode_guest, cpuinfo_processor_zero_only)
{
	static const char text[] =
		"processor\t: 0\nvendor_id\t: GenuineIntel\ncpu MHz\t\t: 2000.1\n"
		"flags\t\t: fpu sse\nbogomips\t: 4000\n\n"
		"processor\t: 1\nvendor_id\t: Other\nflags\t\t: fpu avx\n\n";
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	filemap_add(&m, "cpuinfo.txt", text, strlen(text));
	cr_assert_eq(decode_cpuinfo(&m, &f, &err), 0, "%s", err.msg);
	facts_sort(&f);
	cr_assert_eq(f.nr, 3);
	gt_expect(&f, "cpu/vendor_id", "GenuineIntel");
	gt_expect(&f, "cpu/flags/fpu", "1");
	gt_expect(&f, "cpu/flags/sse", "1");
	cr_assert_null(gt_get(&f, "cpu/flags/avx"));
	facts_release(&f);
	filemap_release(&m);
}
