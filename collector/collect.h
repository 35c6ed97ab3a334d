/* collect.h: run a QEMU binary on one machine type and make its abidb-dump v1 document (docs/collect.md). */
#ifndef ABIDB_COLLECT_H
#define ABIDB_COLLECT_H

#include "error.h"
#include "strbuf.h"

#define COLLECT_DEFAULT_TIMEOUT_S 120

/* What to collect.  Strings are borrowed. */
struct collect_options {
	const char *qemu;	/* path to qemu-system-* */
	const char *machine;	/* a machine type, e.g. pc-q35-4.0 */
	const char *machine_arg;	/* QEMU's -machine argument if not the machine alone (a TCG workaround) */
	const char *stream;	/* NULL: inferred from the package string */
	long timeout_s;		/* per QEMU run */
	int no_vmstate;		/* skip -dump-vmstate */
	int no_vmdesc;		/* skip the migration */
	int no_guest;		/* skip the guest view */
	int no_dtb;		/* skip the device tree (-machine M,dumpdtb=FILE) */
	/*
	 * The guest view's source: 0, the fw_cfg fast path (collector/guest.c);
	 * 1, a booted in-guest probe (--boot, collector/boot.c).
	 */
	int boot;
	const char *kernel;	/* --kernel for --boot; NULL: the installed one */
	/*
	 * Arguments appended to every QEMU command line of the run, after the
	 * collector's own (fixup --verify: the -global / -machine options);
	 * NULL-terminated, borrowed; NULL: none.
	 */
	char *const *extra_args;
	/* If set: what the host-view QEMU wrote to standard error (its warnings), appended. */
	struct strbuf *qemu_said;
	/*
	 * 1: no twin QEMU for half the QOM walk (twin.c); collect --all -j N
	 * (N > 1) keeps the cores busy with machine types already.
	 */
	int no_twin;
};

struct json_object;

/* What every QEMU of the run gets as -machine. */
static inline const char *collect_machine_arg(const struct collect_options *o)
{
	return o->machine_arg ? o->machine_arg : o->machine;
}

/*
 * Run QEMU as `o` says and make the abidb-dump document: *doc, the
 * caller's to put.  Makes and removes a private temporary folder; QEMU
 * never outlives the call.  The error names the step.
 */
int collect_machine(const struct collect_options *o, struct json_object **doc, struct error *err);
/* The document as written: canonical JSON (sorted keys, one line) and a newline, appended to out. */
void collect_document_text(struct json_object *doc, struct strbuf *out);

/*
 * The versioned machine types `qemu` offers (query-machines of a
 * `-machine none` QEMU): names with a digit after their last '-' that are
 * not aliases, sorted.  *names is a NULL-terminated array the caller frees
 * with collect_free_names().
 */
int collect_list_machines(const char *qemu, long timeout_s, char ***names, struct error *err);
void collect_free_names(char **names);

/* query-version of a `-machine none` QEMU: *version "7.2.22", *package its package string; the caller frees both. */
int collect_query_version(const char *qemu, long timeout_s, char **version, char **package, struct error *err);

/* Write `len` bytes to `path` beside and rename, so a failure never leaves half a file ("-": stdout). */
int collect_write_file(const char *path, const void *buf, size_t len, struct error *err);

#endif
