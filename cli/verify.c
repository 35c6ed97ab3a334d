/*
 * verify.c: fixup --verify (docs/fixup.md): the target QEMU started with the options, its record
 * collected as `abidb collect` does (collector/), imported into a scratch copy of the database and
 * diffed against the source release's record (query/fixup-verify.c says what was restored).
 */
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "collect.h"
#include "import.h"
#include "query.h"
#include "scratch.h"
#include "util.h"
#include "verify.h"

#define MAX_RUNS 16	/* QEMU refuses one option per run: at most this many runs */

/* The version part of a release name ("7.2.22/debian" -> "7.2.22"); caller frees. */
static char *release_version(const char *rel)
{
	const char *slash = strchr(rel, '/');

	return slash ? xstrndup(rel, (size_t)(slash - rel)) : xstrdup(rel);
}

/* What QEMU said: in a collect error the text after "qemu said: " up to the closing parenthesis; without the program name. */
static char *qemu_said(const char *msg)
{
	const char *p = strstr(msg, "qemu said: "), *prog;
	size_t n;

	if (p) {
		p += strlen("qemu said: ");
		n = strlen(p);
		if (n && p[n - 1] == ')')
			n--;
	} else {
		p = msg;
		n = strlen(p);
	}
	/* "qemu-system-x86_64: can't apply ..." -> "can't apply ..." */
	prog = strstr(p, ": ");
	if (prog && prog < p + n && !memchr(p, ' ', (size_t)(prog - p))) {
		n -= (size_t)(prog + 2 - p);
		p = prog + 2;
	}
	return xstrndup(p, n);
}

static void drop_option(struct fixup *t, size_t i)
{
	memmove(&t->options[i], &t->options[i + 1], (t->noptions - i - 1) * sizeof(*t->options));
	t->noptions--;
}

static void free_argv(char **argv)
{
	size_t i;

	for (i = 0; argv && argv[i]; i++)
		free(argv[i]);
	free(argv);
}

/*
 * Run QEMU with t's options until it starts; each option it refuses (a
 * message naming it, and QEMU exits) goes into v and out of t.  Warnings
 * naming an option (a -global nothing used) are refusals it survived.
 */
static int run_qemu(struct fixup *t, const char *qemu, long timeout_s, struct fixup_verify *v,
		    struct json_object **doc, struct error *err)
{
	struct strbuf said = STRBUF_INIT;
	int runs, rc = -1;

	for (runs = 0; runs < MAX_RUNS; runs++) {
		struct collect_options co;
		char **argv = fixup_argv(t);
		ssize_t i;

		memset(&co, 0, sizeof(co));
		co.qemu = qemu;
		co.machine = t->machine;
		co.timeout_s = timeout_s;
		co.extra_args = argv;
		co.qemu_said = &said;
		strbuf_reset(&said);
		error_clear(err);
		rc = collect_machine(&co, doc, err);
		free_argv(argv);
		if (!rc)
			break;
		i = fixup_option_named(t, err->msg);
		if (i < 0)
			goto out;
		{
			char *opt = fixup_option_text(t, (size_t)i), *msg = qemu_said(err->msg);

			fixup_verify_refused(v, opt, msg, 1);
			free(opt);
			free(msg);
		}
		drop_option(t, (size_t)i);
	}
	if (rc)
		goto out;
	/* warnings of the run that went through, one line each */
	{
		char *line = said.buf, *nl;

		for (; line && *line; line = nl ? nl + 1 : NULL) {
			ssize_t i;

			nl = strchr(line, '\n');
			if (nl)
				*nl = 0;
			if ((i = fixup_option_named(t, line)) >= 0) {
				char *opt = fixup_option_text(t, (size_t)i), *msg = qemu_said(line);

				fixup_verify_refused(v, opt, msg, 0);
				free(opt);
				free(msg);
			}
		}
	}
out:
	strbuf_release(&said);
	return rc;
}

/* The verified document into the scratch database as release "<version>+verify"; its record id. */
static int import_run(struct store *scratch, struct json_object *doc, const char *release, long long *id,
		      struct error *err)
{
	struct passwd *pw = getpwuid(getuid());
	struct strbuf text = STRBUF_INIT;
	struct input_set in;
	struct import_result res;
	struct import_opts o;
	size_t i;
	int rc;

	memset(&o, 0, sizeof(o));
	memset(&in, 0, sizeof(in));
	memset(&res, 0, sizeof(res));
	o.imported_by = pw ? pw->pw_name : "unknown";
	o.release = release;
	o.replace = 1;
	collect_document_text(doc, &text);
	rc = input_read_buffer("the verified run", text.buf, text.len, &o, &in, err);
	for (i = 0; !rc && i < in.nr; i++)
		rc = input_resolve_identity(&in.v[i], &o, err);
	rc = rc || import_records(scratch, &in, &o, &res, err);
	if (!rc && res.nids != 1)
		rc = error_set(err, ERR_INPUT, "the verified run: %zu records imported, expected one", res.nids);
	if (!rc)
		*id = res.record_ids[0];
	input_set_release(&in);
	import_result_release(&res);
	strbuf_release(&text);
	return rc ? -1 : 0;
}

/* X -> Y and X -> V in the scratch copy, as `abidb diff` compares (all views, its waivers and notes). */
static int compare(struct store *scratch, const struct fixup *f, long long vid, struct fixup_verify *v,
		   struct error *err)
{
	struct query_opts q;
	struct record_row rx, ry, rv;
	struct diff xy, xv;
	int rc = -1;

	memset(&q, 0, sizeof(q));
	memset(&rx, 0, sizeof(rx));
	memset(&ry, 0, sizeof(ry));
	memset(&rv, 0, sizeof(rv));
	diff_init(&xy);
	diff_init(&xv);
	if (catalog_find_record(scratch, f->from, f->machine, &rx, err) ||
	    catalog_find_record(scratch, f->to, f->machine, &ry, err) || catalog_record_by_id(scratch, vid, &rv, err) ||
	    query_load(&q, scratch, err) || diff_record_rows(scratch, &rx, &ry, &q.diff, &xy, err) ||
	    diff_record_rows(scratch, &rx, &rv, &q.diff, &xv, err))
		goto out;
	fixup_verify_compare(f, &xy, &xv, v);
	rc = 0;
out:
	diff_release(&xy);
	diff_release(&xv);
	record_row_release(&rx);
	record_row_release(&ry);
	record_row_release(&rv);
	query_release(&q);
	return rc;
}

int verify_fixup(struct store *st, const struct fixup *f, const char *qemu, long timeout_s, struct fixup_verify *v,
		 struct error *err)
{
	struct fixup t = *f;
	struct json_object *doc = NULL;
	struct store *scratch = NULL;
	char path[512] = "", *want = release_version(f->to), *rel = NULL;
	long long vid = 0;
	int rc = -1;

	fixup_verify_init(v);
	t.options = xcalloc(f->noptions + 1, sizeof(*t.options));	/* shallow: t borrows f's strings */
	if (f->noptions)
		memcpy(t.options, f->options, f->noptions * sizeof(*t.options));
	if (collect_query_version(qemu, timeout_s, &v->qemu_version, &v->package, err)) {
		error_prefix(err, "--verify: cannot ask '%s' its version", qemu);
		goto out;
	}
	if (strcmp(v->qemu_version, want)) {
		error_set(err, ERR_INPUT, "--verify: '%s' is QEMU %s (%s), not the target release %s (--to %s): give the "
			  "QEMU of release %s", qemu, v->qemu_version, *v->package ? v->package : "upstream", want, f->to,
			  want);
		goto out;
	}
	if (run_qemu(&t, qemu, timeout_s, v, &doc, err)) {
		error_prefix(err, "--verify: QEMU did not run with the options");
		goto out;
	}
	v->ran = 1;
	rel = xstrfmt("%s+verify", want);
	if (scratch_copy(st, "abidb-verify", path, sizeof(path), &scratch, err) ||
	    import_run(scratch, doc, rel, &vid, err) || compare(scratch, f, vid, v, err)) {
		error_prefix(err, "--verify");
		goto out;
	}
	rc = 0;
out:
	if (rc && !v->error)
		v->error = xstrdup(err->msg);
	if (scratch)
		store_close(scratch);
	if (path[0])
		scratch_remove(path);
	json_object_put(doc);
	free(t.options);
	free(want);
	free(rel);
	return rc;
}
