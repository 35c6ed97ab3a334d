/* acpi.h: the parts of the ACPI decoder: table facts, the iasl runner, the parsers of its output, _STA/_OSC evaluation. */
#ifndef ABIDB_ACPI_H
#define ABIDB_ACPI_H

#include <stddef.h>

#include "decode.h"
#include "error.h"
#include "strbuf.h"

/*
 * One decoded table: facts relative to "acpi/<SIG>" (the group suffix is ""
 * or "/<namespace path>"), so that the same bytes under another file name
 * (SSDT vs SSDT2) give the same facts and may share a cache entry.
 */
struct tfact {
	char *gsuf, *sub, *value;
};

struct tfacts {
	struct tfact *v;
	size_t nr, alloc;
};

void tfacts_add(struct tfacts *t, const char *gsuf, const char *sub, const char *value);
void tfacts_copy(struct tfacts *dst, const struct tfacts *src);
void tfacts_release(struct tfacts *t);

/* acpi-asl.c: iasl's DefinitionBlock (DSDT, SSDT) into named-object facts; -1 if it is not one. */
int acpi_parse_asl(const char *dsl, size_t len, struct tfacts *out);
/* Collapse whitespace runs outside strings to one space, trimmed (caller frees). */
char *acpi_collapse(const char *s, size_t len);
/* Resolve name (X, ^X, \X, X.Y) against scope ("\" or "\A.B") to an absolute path (caller frees). */
char *acpi_resolve(const char *scope, const char *name);

/* acpi-data.c: iasl's field listing of a data table (FACP, APIC, MCFG, ...; FACS if facs) into facts. */
void acpi_parse_data_table(const char *dsl, int facs, struct tfacts *out);

/*
 * acpi-iasl.c: one table to disassemble.  `path` names it in errors; `dsl`
 * receives iasl's output (strbuf_init'ed by the caller).
 */
struct iasl_job {
	const char *path;
	const unsigned char *data;
	size_t len;
	struct strbuf dsl;
};

/*
 * Disassemble every job with iasl -d (one batch; a table the batch did not
 * produce is retried alone).  The child runs at most ABIDB_IASL_TIMEOUT_MS
 * (default 10000) milliseconds per run and may write at most 64 MiB per
 * file.  A table on which iasl dies (signal, timeout, no output) is bad
 * input: ERR_INPUT naming the table.  No iasl on $PATH, or no way to run
 * it, is ERR_INTERNAL.
 */
int iasl_disassemble(struct iasl_job *jobs, size_t n, struct error *err);

/*
 * acpi-eval.c: facts the guest acts on, computed from the AML facts of all
 * tables of one snapshot (`tables[i]` decoded from the file acpi/<sigs[i]>):
 * each device's evaluated _STA as "<device>/(status)" when it can be known
 * (a constant, or a method reading a PCI-config field whose bytes the guest
 * snapshot holds), and the _OSC controls a root bridge grants
 * ("<device>/(osc)/<control>").
 */
void acpi_eval(const struct filemap *guest, char *const *sigs, const struct tfacts *tables, size_t n,
	       struct facts *out);

#endif
