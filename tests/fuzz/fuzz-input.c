/* fuzz-input.c: fuzz target for upload bytes: input_read_buffer, identity, and decode_dump of every dump. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"

/*
 * What the server does with a POST /api/v1/records body (server/upload.c),
 * without the store: read the bytes as any importer input (gzip, JSON,
 * format detection, abidb-dump v1 with base64 guest files, the QEMU JSON
 * kinds), resolve each record's identity (a record that does not say its
 * release or machine type gets them as from ?release=8.2.2&machine=pc-q35-5.0,
 * so that lone qom.json or -dump-vmstate files reach their decoders; one
 * refused gets both, as an uploader retrying after the 422 would send), then decode every dump as
 * prevalidate() and import do (QOM, QMP, vmstate, vmdesc and the guest
 * decoders).
 *
 * Then the reindex invariant: the raw bytes import would store for a dump
 * (dump_inflate) must read back with dump_from_raw and decode to the same
 * facts, or `abidb reindex` would change or lose a record.  A mismatch
 * aborts.
 *
 * ACPI tables go through iasl, one fork per input: too slow for a fuzzing
 * loop.  The libFuzzer build drops acpi/ files from guest sections unless
 * ABIDB_FUZZ_ACPI=1; the plain build (corpus regression runs) keeps them
 * unless ABIDB_FUZZ_ACPI=0.  fuzz-acpi fuzzes decode_acpi on its own.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef ABIDB_LIBFUZZER
#define FUZZ_ACPI_DEFAULT 0
#else
#define FUZZ_ACPI_DEFAULT 1
#endif

/* The decompressed size the harness accepts (the server allows 1 GiB: memory, not code, is the limit). */
#define FUZZ_MAX_BYTES (16u << 20)

static int want_acpi(void)
{
	static int acpi = -1;

	if (acpi < 0) {
		const char *e = getenv("ABIDB_FUZZ_ACPI");

		acpi = e && *e ? atoi(e) != 0 : FUZZ_ACPI_DEFAULT;
	}
	return acpi;
}

/* Remove acpi/ files from a guest file set. */
static void drop_acpi(struct filemap *m)
{
	size_t i, j;

	for (i = j = 0; i < m->nr; i++) {
		if (!strncmp(m->v[i].path, "acpi/", 5)) {
			free(m->v[i].path);
			free(m->v[i].data);
			continue;
		}
		m->v[j++] = m->v[i];
	}
	m->nr = j;
}

/* ABIDB_FUZZ_VERBOSE=1: say why an input was refused (to check that seeds get deep). */
static void note(const char *what, const struct error *err)
{
	static int verbose = -1;

	if (verbose < 0)
		verbose = getenv("ABIDB_FUZZ_VERBOSE") != NULL;
	if (verbose)
		fprintf(stderr, "  %s: %s\n", what, err->msg);
}

static void facts_must_equal(const struct facts *a, const struct facts *b, const char *kind)
{
	size_t i;

	if (a->nr != b->nr) {
		fprintf(stderr, "fuzz-input: %s dump: %zu facts at import, %zu after reindex\n", kind, a->nr, b->nr);
		abort();
	}
	for (i = 0; i < a->nr; i++) {
		if (strcmp(a->v[i].group, b->v[i].group) || strcmp(a->v[i].path, b->v[i].path) ||
		    strcmp(a->v[i].value, b->v[i].value)) {
			fprintf(stderr, "fuzz-input: %s dump: fact %zu differs after reindex:\n"
				"  import:  %s = %s\n  reindex: %s = %s\n", kind, i,
				a->v[i].path, a->v[i].value, b->v[i].path, b->v[i].value);
			abort();
		}
	}
}

/* Decode one dump as import would, then as reindex would from the stored raw bytes. */
static void decode_one(struct dump_input *d, const char *machine)
{
	struct facts f = FACTS_INIT, g = FACTS_INIT;
	struct error err = ERROR_INIT;
	struct dump_input back;

	if (!strcmp(d->kind, "guest") && !want_acpi())
		drop_acpi(&d->files);
	if (decode_dump(d, machine, &f, &err)) {
		note("decode", &err);
		goto out;
	}
	if (getenv("ABIDB_FUZZ_VERBOSE"))
		fprintf(stderr, "  %s: %zu facts\n", d->kind, f.nr);
	if (dump_inflate(d, &err)) {
		fprintf(stderr, "fuzz-input: %s dump decoded, but dump_inflate failed: %s\n", d->kind, err.msg);
		abort();
	}
	if (dump_from_raw(&back, d->kind, "reindex", d->raw.buf, d->raw.len, &err)) {
		fprintf(stderr, "fuzz-input: %s dump decoded, but its stored raw bytes do not read back: %s\n",
			d->kind, err.msg);
		abort();
	}
	if (decode_dump(&back, machine, &g, &err)) {
		fprintf(stderr, "fuzz-input: %s dump decoded at import, not at reindex: %s\n", d->kind, err.msg);
		abort();
	}
	facts_must_equal(&f, &g, d->kind);
	dump_input_release(&back);
out:
	facts_release(&f);
	facts_release(&g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_opts o;
	struct input_set in;
	struct error err = ERROR_INIT;
	size_t i, j;

	memset(&o, 0, sizeof(o));
	memset(&in, 0, sizeof(in));
	o.max_bytes = FUZZ_MAX_BYTES;
	if (input_read_buffer("upload", data, size, &o, &in, &err)) {
		note("read", &err);
	} else {
		for (i = 0; i < in.nr; i++) {
			struct record_input *r = &in.v[i];

			struct import_opts ro = o;

			/* what ?release=...&machine=... would say for a file that does not */
			if (!r->release)
				ro.release = "8.2.2";
			if (!r->machine)
				ro.machine = "pc-q35-5.0";
			error_clear(&err);
			if (input_resolve_identity(r, &ro, &err)) {
				note("identity", &err);
				/* the server answers 422; the uploader adds both parameters and retries */
				ro.release = "8.2.2";
				ro.machine = "pc-q35-5.0";
				error_clear(&err);
				if (input_resolve_identity(r, &ro, &err)) {
					note("identity", &err);
					continue;
				}
			}
			for (j = 0; j < r->ndumps; j++)
				decode_one(&r->dumps[j], r->machine);
		}
	}
	input_set_release(&in);
	return 0;
}

#ifndef ABIDB_LIBFUZZER
#include "fuzz-main.h"
#endif
