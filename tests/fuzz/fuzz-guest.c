/* fuzz-guest.c: fuzz target for the in-process guest decoders (PCI, SMBIOS, cpuinfo, memmap, fw_cfg). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

/*
 * The input is a guest folder in one file: each file starts with a line
 * "@@ <relative path>" and its bytes run to the next "\n@@ " (the newline
 * belongs to the separator) or to the end.  Bytes before the first "@@ "
 * line go to "cpuinfo.txt".  tests/fuzz/mkcorpus.py writes seeds in this
 * framing from tests/data; by hand:
 *
 *   @@ pci/0000:00:00.0.config
 *   <256 bytes>
 *   @@ memmap.json
 *   [{"start":"0x0","end":"0x9fbff","type":"System RAM"}]
 *
 * Each decoder runs on the same file set, even after another one fails, and
 * the facts are sorted as decode_dump() does.  ACPI (iasl) is fuzz-acpi's.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SEP "\n@@ "
#define MAX_FILES 256

static const unsigned char *find_sep(const unsigned char *p, const unsigned char *end)
{
	while (p + 4 <= end) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));

		if (!nl || nl + 4 > end)
			return NULL;
		if (!memcmp(nl, SEP, 4))
			return nl;
		p = nl + 1;
	}
	return NULL;
}

static void parse_files(const unsigned char *p, size_t size, struct filemap *m)
{
	const unsigned char *end = p + size, *next;
	char path[256];

	if (size >= 3 && !memcmp(p, "@@ ", 3)) {
		p += 3;
	} else {
		next = find_sep(p, end);
		filemap_add(m, "cpuinfo.txt", p, (size_t)((next ? next : end) - p));
		if (!next)
			return;
		p = next + 4;
	}
	while (m->nr < MAX_FILES) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t plen = (size_t)((nl ? nl : end) - p), len;

		if (plen >= sizeof(path))
			plen = sizeof(path) - 1;
		memcpy(path, p, plen);
		path[plen] = '\0';	/* a NUL inside ends the name early */
		if (!nl) {
			filemap_add(m, path, "", 0);
			return;
		}
		p = nl + 1;
		/* from the path's own newline, so "@@ a\n@@ b" is an empty file a */
		next = find_sep(nl, end);
		len = next ? (next > p ? (size_t)(next - p) : 0) : (size_t)(end - p);
		filemap_add(m, path, p, len);
		if (!next)
			return;
		p = next + 4;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int (*const decoders[])(const struct filemap *, struct facts *, struct error *) = {
		decode_pci, decode_smbios, decode_cpuinfo, decode_cpuid, decode_memmap, decode_fwcfg, decode_acpi_ns,
	};
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	size_t i;

	parse_files(data, size, &m);
	for (i = 0; i < sizeof(decoders) / sizeof(decoders[0]); i++) {
		struct error err = ERROR_INIT;

		if (decoders[i](&m, &f, &err) && getenv("ABIDB_FUZZ_VERBOSE"))
			fprintf(stderr, "  %s\n", err.msg);
	}
	facts_sort(&f);
	if (getenv("ABIDB_FUZZ_VERBOSE"))
		fprintf(stderr, "  %zu facts from %zu files\n", f.nr, m.nr);
	facts_release(&f);
	filemap_release(&m);
	return 0;
}

#ifndef ABIDB_LIBFUZZER
#include "fuzz-main.h"
#endif
