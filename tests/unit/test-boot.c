/* test-boot.c: the serial frame against console noise and damage, the boot path's kernel, initramfs and probe decoders. */
#include <archive.h>
#include <archive_entry.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "boot.h"
#include "decode.h"
#include "frame.h"
#include "import.h"
#include "util.h"

static const char doc[] = "{\"format\": \"abidb-dump\", \"version\": 1, \"sections\": {\"guest\": "
			  "{\"cpuinfo.txt\": \"dmVuZG9yX2lkCTogQXV0aGVudGljQU1ECg==\"}}}\n";

/* The frame of doc with console noise around and between its lines, \r\n line ends, noise before the marker. */
static void noisy_frame(struct strbuf *out)
{
	struct strbuf f = STRBUF_INIT;
	char *p, *save = NULL, *line;
	int n = 0;

	frame_encode(doc, strlen(doc), &f);
	strbuf_addstr(out, "SeaBIOS (version 1.16.2)\r\n\x1b[2J[    0.812] random: crng init done\r\n");
	for (line = strtok_r(p = xstrdup(f.buf), "\n", &save); line; line = strtok_r(NULL, "\n", &save), n++) {
		if (n == 0)
			strbuf_addstr(out, "[    1.000] garbage before the marker ");
		strbuf_addf(out, "%s\r\n", line);
		if (n == 1)
			strbuf_addstr(out, "[    1.100] ata1: SATA link down\r\n\r\n");
	}
	strbuf_addstr(out, "[    2.000] reboot: Power down\r\n");
	free(p);
	strbuf_release(&f);
}

static void expect_frame_error(const struct strbuf *console, const char *w1, const char *w2)
{
	struct strbuf out = STRBUF_INIT;
	struct error err = ERROR_INIT;

	cr_assert_eq(frame_decode(console->buf, console->len, &out, &err), -1, "expected an error: %s", w1);
	cr_assert(strstr(err.msg, w1), "'%s' not in: %s", w1, err.msg);
	if (w2)
		cr_assert(strstr(err.msg, w2), "'%s' not in: %s", w2, err.msg);
	cr_assert_eq(out.len, 0);
	strbuf_release(&out);
}

Test(frame, survives_console_noise)
{
	struct strbuf c = STRBUF_INIT, out = STRBUF_INIT;
	struct error err = ERROR_INIT;

	noisy_frame(&c);
	cr_assert_eq(frame_decode(c.buf, c.len, &out, &err), 0, "%s", err.msg);
	cr_assert_eq(out.len, strlen(doc));
	cr_assert_eq(memcmp(out.buf, doc, out.len), 0);
	cr_assert(frame_present(c.buf, c.len));
	strbuf_release(&c);
	strbuf_release(&out);
}

/* Change one character of the first data line. */
static void damage(struct strbuf *c, char what)
{
	char *l = strstr(c->buf, "\n:");

	cr_assert(l);
	l[5] = l[5] == what ? (char)(what + 1) : what;
}

Test(frame, a_damaged_line_is_refused)
{
	struct strbuf c = STRBUF_INIT;

	noisy_frame(&c);
	damage(&c, 'Q');
	expect_frame_error(&c, "corrupt", "sha256");
	strbuf_release(&c);
}

Test(frame, noise_inside_a_data_line_is_refused)
{
	struct strbuf c = STRBUF_INIT;

	noisy_frame(&c);
	damage(&c, '!');	/* not base64: a console byte spliced into our line */
	expect_frame_error(&c, "corrupt", "not base64");
	strbuf_release(&c);
}

Test(frame, a_lost_line_is_refused)
{
	struct strbuf c = STRBUF_INIT;
	char *l, *e;

	noisy_frame(&c);
	l = strstr(c.buf, "\n:") + 1;
	e = strchr(l, '\n') + 1;
	memmove(l, e, c.len - (size_t)(e - c.buf) + 1);
	c.len -= (size_t)(e - l);
	expect_frame_error(&c, "corrupt", "the begin line says");
	strbuf_release(&c);
}

Test(frame, cut_short_missing_and_probe_error)
{
	struct strbuf c = STRBUF_INIT;

	noisy_frame(&c);
	*strstr(c.buf, FRAME_END) = '\0';
	c.len = strlen(c.buf);
	expect_frame_error(&c, "cut short", NULL);
	strbuf_reset(&c);
	strbuf_addstr(&c, "[    0.1] Kernel panic - not syncing: VFS: Unable to mount root fs\n");
	expect_frame_error(&c, "no 'ABIDB-DUMP-BEGIN v1' line", NULL);
	cr_assert(!frame_present(c.buf, c.len));
	strbuf_reset(&c);
	strbuf_addstr(&c, "noise\n" FRAME_PROBE_ERROR " nothing to record (no sysfs?)\n");
	expect_frame_error(&c, "the probe failed in the guest", "no sysfs");
	strbuf_reset(&c);
	strbuf_addstr(&c, FRAME_BEGIN " bytes=12\n");
	expect_frame_error(&c, "bad begin line", NULL);
	strbuf_release(&c);
}

static char *scratch_dir(void)
{
	char *d = xstrfmt("%s/abidb-test-boot.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");

	cr_assert(mkdtemp(d));
	return d;
}

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	cr_assert(f, "cannot create %s", path);
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
}

Test(boot, the_missing_kernel_is_named)
{
	char *d = scratch_dir(), *k = NULL, *p;
	struct error err = ERROR_INIT;
	struct boot_options o = { "/usr/bin/qemu-system-x86_64", "pc-q35-5.0", NULL, 5, NULL };
	struct json_object *g = NULL, *info = NULL;

	cr_assert_eq(boot_find_kernel(d, &k, &err), -1);
	cr_assert(strstr(err.msg, "no kernel to boot") && strstr(err.msg, "linux-image-amd64"), "%s", err.msg);
	/* the newest by version order, not by name */
	p = xstrfmt("%s/vmlinuz-6.1.0-9-amd64", d);
	write_file(p, "x", 1);
	free(p);
	p = xstrfmt("%s/vmlinuz-6.1.0-57-amd64", d);
	write_file(p, "x", 1);
	cr_assert_eq(boot_find_kernel(d, &k, &err), 0, "%s", err.msg);
	cr_assert_str_eq(k, p);
	/* not a bzImage */
	cr_assert_eq(boot_kernel_release(p, (char[64]){ 0 }, 64, &err), -1);
	cr_assert(strstr(err.msg, "not a bzImage"), "%s", err.msg);
	free(k);
	unlink(p);
	free(p);
	p = xstrfmt("%s/vmlinuz-6.1.0-9-amd64", d);
	unlink(p);
	free(p);
	rmdir(d);
	free(d);
	/* collector_boot names a --kernel that is not there */
	o.kernel = "/nonexistent/vmlinuz";
	cr_assert_eq(collector_boot(&o, &g, &info, &err), -1);
	cr_assert(strstr(err.msg, "no kernel to boot: '/nonexistent/vmlinuz'"), "%s", err.msg);
	cr_assert_null(g);
	cr_assert_null(info);
}

Test(boot, kernel_release_from_the_bzimage_header)
{
	unsigned char img[0x400] = { 0 };
	char *d = scratch_dir(), *p = xstrfmt("%s/bzImage", d), rel[64];
	struct error err = ERROR_INIT;

	memcpy(img + 0x202, "HdrS", 4);
	img[0x20e] = 0x00;	/* the string at 0x100 + 0x200 */
	img[0x20f] = 0x01;
	strcpy((char *)img + 0x300, "6.1.0-57-amd64 (debian-kernel@lists.debian.org) #1 SMP");
	write_file(p, img, sizeof(img));
	cr_assert_eq(boot_kernel_release(p, rel, sizeof(rel), &err), 0, "%s", err.msg);
	cr_assert_str_eq(rel, "6.1.0-57-amd64");
	unlink(p);
	rmdir(d);
	free(p);
	free(d);
}

Test(boot, initramfs_holds_init_console_and_the_decompressed_module)
{
	static const char init[] = "\x7f" "ELF pretend init";
	static const char ko[] = "\x7f" "ELF pretend qemu_fw_cfg module";
	char *d = scratch_dir(), *cpio = xstrfmt("%s/i.cpio", d), *mod = xstrfmt("%s/qemu_fw_cfg.ko.gz", d);
	struct error err = ERROR_INIT;
	struct archive *a;
	struct archive_entry *e;
	int seen = 0;
	gzFile gz = gzopen(mod, "wb");

	cr_assert(gz);
	cr_assert_eq(gzwrite(gz, ko, sizeof(ko)), (int)sizeof(ko));
	gzclose(gz);
	cr_assert_eq(boot_initramfs(cpio, init, sizeof(init), mod, "6.1.0-57-amd64", &err), 0, "%s", err.msg);
	a = archive_read_new();
	archive_read_support_format_cpio(a);
	cr_assert_eq(archive_read_open_filename(a, cpio, 4096), ARCHIVE_OK);
	while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
		const char *n = archive_entry_pathname(e);
		char buf[128];

		if (!strcmp(n, "init")) {
			cr_assert_eq(archive_entry_perm(e), 0755);
			cr_assert_eq(archive_read_data(a, buf, sizeof(buf)), (la_ssize_t)sizeof(init));
			cr_assert_eq(memcmp(buf, init, sizeof(init)), 0);
			seen |= 1;
		} else if (!strcmp(n, "dev/console")) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFCHR);
			cr_assert_eq(archive_entry_rdevmajor(e), 5);
			cr_assert_eq(archive_entry_rdevminor(e), 1);
			seen |= 2;
		} else if (!strcmp(n, "lib/modules/6.1.0-57-amd64/kernel/drivers/firmware/qemu_fw_cfg.ko")) {
			cr_assert_eq(archive_read_data(a, buf, sizeof(buf)), (la_ssize_t)sizeof(ko), "not decompressed");
			cr_assert_eq(memcmp(buf, ko, sizeof(ko)), 0);
			seen |= 4;
		}
	}
	archive_read_free(a);
	cr_assert_eq(seen, 7, "entries seen: %d", seen);
	unlink(cpio);
	unlink(mod);
	rmdir(d);
	free(cpio);
	free(mod);
	free(d);
}

/* ---- the probe's own files ---- */

static void one_file(struct filemap *m, const char *name, const char *text)
{
	filemap_init(m);
	filemap_add(m, name, text, strlen(text));
}

static const char *fact(const struct facts *f, const char *path)
{
	size_t i;

	for (i = 0; i < f->nr; i++)
		if (!strcmp(f->v[i].path, path))
			return f->v[i].value;
	return NULL;
}

Test(probe_decoders, acpi_namespace_and_cpuid)
{
	struct filemap m;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	one_file(&m, "acpi-ns.json", "[{\"name\": \"PNP0A03:00\", \"path\": \"\\\\_SB_.PCI0\", \"hid\": \"PNP0A03\", "
		 "\"uid\": \"1\", \"adr\": \"0x00000000\"},\n {\"name\": \"PNP0501:00\", \"path\": "
		 "\"\\\\_SB_.PCI0.S08_.COM1\", \"status\": \"15\"}, {\"name\": \"LNXPWRBN:00\", \"hid\": \"LNXPWRBN\"}]\n");
	cr_assert_eq(decode_acpi_ns(&m, &f, &err), 0, "%s", err.msg);
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.PCI0/uid"), "1");
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.PCI0/hid"), "PNP0A03");
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.PCI0.S08.COM1/status"), "0x0f");
	cr_assert_str_eq(fact(&f, "acpi/ns/LNXPWRBN/hid"), "LNXPWRBN");
	filemap_release(&m);
	facts_release(&f);

	one_file(&m, "cpuid.txt", "0x00000001 0x0 eax=0x00000663 ebx=0x00000800 ecx=0x80002001 edx=0x078bfbfd\n"
		 "0x0000000b 0x1 eax=0x00000000 ebx=0x00000001 ecx=0x00000201 edx=0x00000000\n");
	cr_assert_eq(decode_cpuid(&m, &f, &err), 0, "%s", err.msg);
	cr_assert_str_eq(fact(&f, "cpu/cpuid/0x00000001.0/eax"), "0x00000663");
	cr_assert_str_eq(fact(&f, "cpu/cpuid/0x0000000b.1/ecx"), "0x00000201");
	filemap_release(&m);
	facts_release(&f);
}

static void expect_decode_error(int (*fn)(const struct filemap *, struct facts *, struct error *),
				const char *name, const char *text, const char *want)
{
	struct filemap m;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	one_file(&m, name, text);
	cr_assert_eq(fn(&m, &f, &err), -1, "no error for %s", text);
	cr_assert(strstr(err.msg, name) && strstr(err.msg, want), "'%s' not in: %s", want, err.msg);
	filemap_release(&m);
	facts_release(&f);
}

Test(probe_decoders, bad_input_is_named)
{
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "{}", "expected an array");
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "[{\"path\": \"_SB_.PCI0\"}]", "[0].path");
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "[{\"path\": \"\\\\_SB_.PCI0/x\"}]", "[0].path");
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "[{\"path\": \"\\\\X\", \"status\": \"fifteen\"}]",
			    "[0].status");
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "[{\"path\": \"\\\\X\", \"sta\": \"1\"}]",
			    "unknown member 'sta'");
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "[{\"hid\": \"X\"}]", "neither 'path' nor 'name'");
	expect_decode_error(decode_acpi_ns, "acpi-ns.json", "[] x", "trailing data");
	expect_decode_error(decode_cpuid, "cpuid.txt", "0x1 0x0 eax=0x1 ebx=0x2 ecx=0x3\n", "line 1");
}

/* The real console of a collect --boot of pc-q35-5.0 (tests/golden/inputs): the probe's facts. */
Test(probe_decoders, a_real_booted_probe)
{
	const char *top = getenv("ABIDB_TESTDATA");
	char *path;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;

	cr_assert(top, "ABIDB_TESTDATA is not set");
	path = xstrfmt("%s/../golden/inputs/probe-console-pc-q35-5.0-7.2.22.txt.gz", top);
	cr_assert_eq(import_probe_facts(path, &f, &err), 0, "%s", err.msg);
	/* 7.2 keeps _UID 1 for pc-q35-5.0; the evaluated namespace says so too */
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.PCI0/uid"), "1");
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.PCI0/hid"), "PNP0A08");
	cr_assert_str_eq(fact(&f, "acpi/DSDT/\\_SB.PCI0/_UID"), "0x01");
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.PCI0.SF8/adr"), "0x001f0000");
	cr_assert_str_eq(fact(&f, "acpi/ns/\\_SB.CPUS.C000/status"), "0x0f");
	cr_assert(fact(&f, "pci/00:1f.0/vendor"), "no PCI config");
	cr_assert(fact(&f, "smbios/type1[0]/version"), "no SMBIOS");
	cr_assert(fact(&f, "memmap/0x0000000000000000"), "no e820");
	cr_assert(fact(&f, "cpu/cpuid/0x00000000.0/ebx"), "no cpuid");
	cr_assert(fact(&f, "fw_cfg/etc/e820/size"), "no fw_cfg");
	facts_release(&f);
	free(path);
}
