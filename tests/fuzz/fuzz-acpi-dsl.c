/* fuzz-acpi-dsl.c: fuzz target for the parsers of iasl's output (acpi-asl.c, acpi-data.c), without running iasl. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * fuzz-acpi runs iasl on every input: ten executions a second.  The text
 * parsers behind it (acpi_parse_asl for DSDT/SSDT disassembly,
 * acpi_parse_data_table for the field listings of other tables, FACS or
 * not) are declared in importer/acpi.h, so this harness calls them
 * directly.  The input is one .dsl file as iasl -d writes it (the seeds are
 * iasl's disassembly of the real tables of tests/data), passed
 * NUL-terminated as read_file() gives it.
 */
#include "acpi.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *dsl = xmalloc(size + 1);
	struct tfacts t = { NULL, 0, 0 };

	memcpy(dsl, data, size);
	dsl[size] = '\0';
	acpi_parse_asl(dsl, size, &t);
	tfacts_release(&t);
	acpi_parse_data_table(dsl, 0, &t);
	tfacts_release(&t);
	acpi_parse_data_table(dsl, 1, &t);
	tfacts_release(&t);
	free(dsl);
	return 0;
}

#ifndef ABIDB_LIBFUZZER
#include "fuzz-main.h"
#endif
