/* test-collect.c: the collector's table-loader splitter and qtest reply parser, on bytes captured from QEMU 7.2. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fwcfg.h"
#include "qtest.h"
#include "base64.h"
#include "util.h"

/* A file of tests/ (ABIDB_TESTDATA is tests/data), gunzipped when it is gzip. */
static void load(const char *rel, struct strbuf *out)
{
	const char *root = getenv("ABIDB_TESTDATA");
	struct error err = ERROR_INIT;
	char *p;

	cr_assert(root, "ABIDB_TESTDATA is not set");
	p = xstrfmt("%s/%s", root, rel);
	cr_assert_eq(read_input(p, out, 64u << 20, &err), 0, "%s", err.msg);
	free(p);
}

#define BOOTED "qemu-7.2.22/pc-q35-4.0/guest/"

/*
 * etc/acpi/tables of pc-q35-4.0 (read over qtest from Debian's QEMU 7.2,
 * tests/collect/pc-q35-4.0.acpi-tables.bin.gz) split by the bundled guest's
 * etc/table-loader: the tables a booted Linux showed, byte for byte, but
 * for the FADT fields the firmware patches.
 */
Test(collect, split_tables_like_the_booted_guest)
{
	static const char *const names[] = { "FACS", "DSDT", "FACP", "APIC", "HPET", "MCFG", "WAET" };
	struct strbuf loader = STRBUF_INIT, tables = STRBUF_INIT;
	struct error err = ERROR_INIT;
	struct acpi_span *s;
	size_t n, i, k;

	load(BOOTED "fw_cfg/raw/etc/table-loader", &loader);
	load("../collect/pc-q35-4.0.acpi-tables.bin.gz", &tables);
	cr_assert_eq(tables.len, 131072);
	cr_assert_eq(acpi_split_tables((unsigned char *)loader.buf, loader.len, (unsigned char *)tables.buf,
				       tables.len, &s, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, ARRAY_SIZE(names));
	for (i = 0; i < n; i++) {
		struct strbuf booted = STRBUF_INIT;
		char *rel = xstrfmt(BOOTED "acpi/%s.bin", names[i]);

		cr_expect_str_eq(s[i].name, names[i]);
		load(rel, &booted);
		cr_assert_eq(s[i].len, booted.len, "%s: %zu bytes, booted %zu", names[i], s[i].len, booted.len);
		for (k = 0; k < booted.len; k++) {
			/* FADT: checksum, FIRMWARE_CTRL, DSDT, X_DSDT are the firmware's */
			int patched = !strcmp(names[i], "FACP") &&
				      (k == 9 || (k >= 36 && k < 44) || (k >= 140 && k < 148));

			if (!patched)
				cr_assert_eq((unsigned char)tables.buf[s[i].off + k], (unsigned char)booted.buf[k],
					     "%s: byte %zu differs", names[i], k);
		}
		strbuf_release(&booted);
		free(rel);
	}
	free(s);
	strbuf_release(&loader);
	strbuf_release(&tables);
}

Test(collect, split_names_repeated_signatures_and_refuses_bad_entries)
{
	struct strbuf loader = STRBUF_INIT, tables = STRBUF_INIT;
	struct error err = ERROR_INIT;
	struct acpi_span *s;
	size_t n, e;
	unsigned char *p;

	load(BOOTED "fw_cfg/raw/etc/table-loader", &loader);
	load("../collect/pc-q35-4.0.acpi-tables.bin.gz", &tables);
	/* rename APIC and WAET to SSDT: two tables of one signature are numbered, as Linux does */
	p = (unsigned char *)memmem(tables.buf, tables.len, "APIC", 4);
	cr_assert(p);
	memcpy(p, "SSDT", 4);
	p = (unsigned char *)memmem(tables.buf, tables.len, "WAET", 4);
	cr_assert(p);
	memcpy(p, "SSDT", 4);
	cr_assert_eq(acpi_split_tables((unsigned char *)loader.buf, loader.len, (unsigned char *)tables.buf,
				       tables.len, &s, &n, &err), 0, "%s", err.msg);
	cr_expect_str_eq(s[3].name, "SSDT1");
	cr_expect_str_eq(s[6].name, "SSDT2");
	free(s);
	/* an ADD_CHECKSUM whose length runs past the blob */
	for (e = 0; e + 128 <= loader.len; e += 128) {
		p = (unsigned char *)loader.buf + e;
		if (p[0] == 3 && !strcmp((char *)p + 4, "etc/acpi/tables")) {
			memset(p + 4 + 56 + 8, 0xff, 4);
			break;
		}
	}
	cr_assert_eq(acpi_split_tables((unsigned char *)loader.buf, loader.len, (unsigned char *)tables.buf,
				       tables.len, &s, &n, &err), -1);
	cr_expect(strstr(err.msg, "etc/table-loader: entry "), "%s", err.msg);
	strbuf_release(&loader);
	strbuf_release(&tables);
}

/* Replies QEMU 7.2 sent (tests/collect/qtest-replies.txt), one per line. */
Test(collect, qtest_replies)
{
	struct strbuf text = STRBUF_INIT, bin = STRBUF_INIT;
	struct error err = ERROR_INIT;
	char *save = NULL, *line;
	const char *rest;
	uint64_t v;
	int i = 0;

	load("../collect/qtest-replies.txt", &text);
	for (line = strtok_r(text.buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save), i++) {
		int rc = qtest_parse_reply(line, &rest, &err);

		switch (i) {
		case 0: cr_expect_eq(rc, 0); cr_expect_str_eq(rest, ""); break;
		case 1:
			cr_expect_eq(rc, 0);
			cr_expect_eq(qtest_parse_value(rest, &v), 0);
			cr_expect_eq(v, 0x29c08086);	/* Q35 MCH vendor:device */
			break;
		case 2: cr_expect_eq(qtest_parse_value(rest, &v), 0); cr_expect_eq(v, 'Q'); break;
		case 3: cr_expect_eq(qtest_parse_value(rest, &v), 0); cr_expect_eq(v, 0); break;
		case 4:
			cr_expect_eq(rc, 0);
			cr_expect_neq(qtest_parse_value(rest, &v), 0, "base64 is not a value");
			cr_expect_eq(base64_decode(rest, strlen(rest), &bin), 0);
			cr_expect_eq(bin.len, 16);
			cr_expect_eq(memcmp(bin.buf, "FACS@\0\0\0", 8), 0);
			break;
		case 5:
			cr_expect_eq(rc, -1);
			cr_expect(strstr(err.msg, "FAIL Unknown command 'nosuchcommand'"), "%s", err.msg);
			break;
		case 6: cr_expect_eq(rc, 1, "an IRQ line is asynchronous"); break;
		}
	}
	cr_expect_eq(i, 7);
	cr_expect_neq(qtest_parse_value("0x", &v), 0);
	cr_expect_neq(qtest_parse_value("0x12g", &v), 0);
	strbuf_release(&text);
	strbuf_release(&bin);
}
