/* fuzz-acpi.c: fuzz target for decode_acpi: one ACPI table, disassembled by iasl, parsed into facts. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

/*
 * The input is one table as the guest's /sys/firmware/acpi/tables gives it.
 * It is named acpi/<SIG>.bin after its own signature (acpi/XXXX.bin if the
 * signature is not a file name decode_acpi takes), with its length field
 * set to the input's size, so that the header checks, the iasl run and the
 * parsers of iasl's output (AML namespace for DSDT and SSDT, field listings
 * for the others) all see it.  Every input forks iasl:
 * expect tens of executions per second, and keep -max_len near the size of
 * real tables.  Needs iasl (acpica-tools) on $PATH.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int keep_length(void)
{
	static int keep = -1;

	if (keep < 0) {
		const char *e = getenv("ABIDB_FUZZ_ACPI_LENGTH");

		keep = e && !strcmp(e, "keep");
	}
	return keep;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct filemap m = FILEMAP_INIT;
	struct facts f = FACTS_INIT;
	struct error err = ERROR_INIT;
	char path[32];
	size_t i;
	int ok = size >= 4;

	for (i = 0; ok && i < 4; i++)
		ok = isalnum(data[i]) || data[i] == '_';
	snprintf(path, sizeof(path), "acpi/%.4s.bin", ok ? (const char *)data : "XXXX");
	filemap_add(&m, path, data, size);
	/*
	 * Most mutations change the size, and a length field that disagrees
	 * with it stops the table before iasl: make it agree, unless
	 * ABIDB_FUZZ_ACPI_LENGTH=keep asks to fuzz that check instead.
	 */
	if (size >= 8 && !keep_length()) {
		unsigned char *d = m.v[0].data;

		d[4] = (unsigned char)size;
		d[5] = (unsigned char)(size >> 8);
		d[6] = (unsigned char)(size >> 16);
		d[7] = (unsigned char)(size >> 24);
	}
	if (!decode_acpi(&m, &f, &err))
		facts_sort(&f);
	else if (getenv("ABIDB_FUZZ_VERBOSE"))
		fprintf(stderr, "  %s\n", err.msg);
	if (getenv("ABIDB_FUZZ_VERBOSE"))
		fprintf(stderr, "  %zu facts\n", f.nr);
	facts_release(&f);
	filemap_release(&m);
	return 0;
}

#ifndef ABIDB_LIBFUZZER
#include "fuzz-main.h"
#endif
