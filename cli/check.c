/* check.c: abidb check: the CI gate; new records against each machine type's history, with waivers. */
#include <getopt.h>
#include <json-c/json.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "check.h"
#include "report.h"
#include "cli.h"
#include "import.h"
#include "scratch.h"
#include "util.h"


#define MAX_WAIVER_FILES 64

struct ids {
	long long *v;
	size_t nr, alloc;
};

static void ids_add(struct ids *x, long long id)
{
	size_t i;

	for (i = 0; i < x->nr; i++)
		if (x->v[i] == id)
			return;
	if (x->nr == x->alloc) {
		x->alloc = x->alloc ? 2 * x->alloc : 32;
		x->v = xrealloc(x->v, x->alloc * sizeof(*x->v));
	}
	x->v[x->nr++] = id;
}

/* The records of release R ("7.2.22" or "7.2.22/debian"). */
static int release_records(struct store *st, const char *rel, struct ids *out, struct error *err)
{
	struct record_row *v;
	size_t n, i, found = 0;
	const char *slash = strchr(rel, '/');
	size_t vlen = slash ? (size_t)(slash - rel) : strlen(rel);

	if (catalog_records(st, &v, &n, err))
		return -1;
	for (i = 0; i < n; i++)
		if (strlen(v[i].release) == vlen && !strncmp(v[i].release, rel, vlen) &&
		    (!slash || !strcmp(v[i].stream, slash + 1))) {
			ids_add(out, v[i].id);
			found++;
		}
	record_rows_free(v, n);
	if (!found)
		return error_set(err, ERR_NOTFOUND, "no records of release '%s'", rel);
	return 0;
}

static void input_failed(void *data, const struct error *err)
{
	(void)data;
	fprintf(stderr, "error: %s\n", err->msg);
}

static int import_inputs(struct store *st, char **inputs, int n, struct ids *ids, struct error *err)
{
	struct passwd *pw = getpwuid(getuid());
	struct import_opts o;
	int i;

	memset(&o, 0, sizeof(o));
	o.imported_by = pw ? pw->pw_name : "unknown";
	o.replace = 1;		/* a scratch copy: a new dump of a known record replaces it */
	o.record_error = input_failed;
	for (i = 0; i < n; i++) {
		struct input_set in;
		struct import_result res;
		size_t k;
		int rc;

		memset(&in, 0, sizeof(in));
		memset(&res, 0, sizeof(res));
		rc = input_read_path(inputs[i], &o, &in, err) || import_records(st, &in, &o, &res, err);
		for (k = 0; !rc && k < res.nids; k++)
			ids_add(ids, res.record_ids[k]);
		input_set_release(&in);
		import_result_release(&res);
		if (rc)
			return error_prefix(err, "cannot import '%s'", inputs[i]);
	}
	return 0;
}

/* ---- output ---- */

static void severity_counts(const struct diff *d, size_t counts[SEV_BREAK + 1])
{
	size_t i;

	memset(counts, 0, (SEV_BREAK + 1) * sizeof(*counts));
	for (i = 0; i < d->nr; i++) {
		const struct diff_entry *e = &d->v[i];

		if (!e->expected && !e->waiver_reason && e->severity >= SEV_CHANGE)
			counts[e->severity]++;
	}
}

/* Values for a terminal: long AML bodies cut at 72 characters (--json has them whole). */
static void print_value(const char *v)
{
	if (!v)
		fputs("(absent)", stdout);
	else if (strlen(v) > 72)
		printf("%.69s...", v);
	else
		fputs(v, stdout);
}

static void print_human(const struct check_report *r, const struct waiver *w, size_t nw)
{
	size_t i, j, ok = 0, isnew = 0;

	for (i = 0; i < r->nr; i++) {
		const struct check_item *it = &r->v[i];
		size_t counts[SEV_BREAK + 1];

		printf("%-20s %-10s ", it->rec.machine, it->rec.release);
		if (it->is_new) {
			printf("new (no older record)\n");
			isnew++;
			continue;
		}
		severity_counts(&it->diff, counts);
		if (it->diff.counted)
			printf("CHANGED since %s: %zu break, %zu change", it->base.release, counts[SEV_BREAK],
			       counts[SEV_CHANGE]);
		else
			printf("ok since %s", it->base.release), ok++;
		if (it->diff.waived)
			printf(" (%zu waived)", it->diff.waived);
		putchar('\n');
	}
	for (i = 0; i < r->nr; i++) {
		const struct check_item *it = &r->v[i];

		if (it->is_new || !it->diff.counted)
			continue;
		printf("\n%s %s -> %s:\n", it->rec.machine, it->base.release, it->rec.release);
		for (j = 0; j < it->diff.nr; j++) {
			const struct diff_entry *e = &it->diff.v[j];

			if (e->expected || e->waiver_reason || e->severity < SEV_CHANGE)
				continue;
			printf("  %-6s %s: ", severity_name(e->severity), e->path);
			print_value(e->old_value);
			fputs(" -> ", stdout);
			print_value(e->new_value);
			putchar('\n');
			if (e->note_text)
				printf("         note: %s%s%s\n", e->note_text, e->note_link && *e->note_link ? " " : "",
				       e->note_link ? e->note_link : "");
		}
	}
	if (nw)
		putchar('\n');
	for (i = 0; i < nw; i++) {
		if (w[i].id)
			printf("%zu difference%s waived by waiver %lld: %s\n", w[i].used, w[i].used == 1 ? "" : "s",
			       w[i].id, w[i].reason);
		else
			printf("%zu difference%s waived by %s: %s\n", w[i].used, w[i].used == 1 ? "" : "s",
			       w[i].origin, w[i].reason);
	}
	printf("\n%zu checked: %zu changed, %zu ok, %zu new; %zu difference%s waived\n", r->nr, r->failed, ok,
	       isnew, r->waived, r->waived == 1 ? "" : "s");
}

/* XML text and attribute escaping for JUnit. */
static void xml_escape(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&apos;", f); break;
		default:
			if (c < 0x20 && c != '\n' && c != '\t')
				fprintf(f, "&#xfffd;");
			else
				fputc(c, f);
		}
	}
}

static int write_junit(const char *path, const struct check_report *r, struct error *err)
{
	FILE *f = fopen(path, "w");
	size_t i, j;

	if (!f)
		return error_set(err, ERR_IO, "cannot write '%s'", path);
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(f, "<testsuites>\n<testsuite name=\"abidb check\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
		r->nr, r->failed);
	for (i = 0; i < r->nr; i++) {
		const struct check_item *it = &r->v[i];

		fputs("  <testcase classname=\"", f);
		xml_escape(f, it->rec.release);
		fputs("\" name=\"", f);
		xml_escape(f, it->rec.machine);
		fputs("\"", f);
		if (!it->diff.counted) {
			fputs(">\n    <system-out>", f);
			if (it->is_new)
				fputs("new machine type: no older record", f);
			else
				fprintf(f, "same ABI as %s; %zu differences waived", it->base.release, it->diff.waived);
			fputs("</system-out>\n  </testcase>\n", f);
			continue;
		}
		fprintf(f, ">\n    <failure type=\"abi-%s\" message=\"%zu unwaived differences since ",
			severity_name(it->diff.max_severity), it->diff.counted);
		xml_escape(f, it->base.release);
		fputs("\">", f);
		for (j = 0; j < it->diff.nr; j++) {
			const struct diff_entry *e = &it->diff.v[j];

			if (e->expected || e->waiver_reason || e->severity < SEV_CHANGE)
				continue;
			fprintf(f, "%s ", severity_name(e->severity));
			xml_escape(f, e->path);
			fputs(": ", f);
			xml_escape(f, e->old_value ? e->old_value : "(absent)");
			fputs(" -> ", f);
			xml_escape(f, e->new_value ? e->new_value : "(absent)");
			if (e->note_text) {
				fputs(" [note: ", f);
				xml_escape(f, e->note_text);
				fputs("]", f);
			}
			fputc('\n', f);
		}
		fputs("</failure>\n  </testcase>\n", f);
	}
	fputs("</testsuite>\n</testsuites>\n", f);
	if (ferror(f) | fclose(f))
		return error_set(err, ERR_IO, "cannot write '%s'", path);
	return 0;
}

static const struct cli_option options[] = {
	{ "release", 'r', "R", "check the stored records of release R", 0 },
	{ "view", 'v', "V", "guest (default), migration, properties or all", 0 },
	{ "min-severity", 's', "S", "count differences from change (default) or break", 0 },
	{ "waivers", 'w', "FILE", "more waivers from a file (docs/waivers.md); repeatable", 0 },
	OPT_JSON,
	{ "junit", 'J', "FILE", "also write a JUnit XML report", 0 },
	OPT_END
};

const struct cmd_help help_check = {
	"", "the CI gate: did new records change a released machine type?", options, "[INPUT...]",
};

int cmd_check(struct cli *cli, int argc, char **argv)
{
	const char *release = NULL, *junit = NULL, *files[MAX_WAIVER_FILES];
	struct error err = ERROR_INIT;
	struct check_opts o;
	struct check_report rep;
	struct waiver *w = NULL;
	struct note *notes = NULL;
	size_t nw = 0, nnotes = 0, nfiles = 0, i;
	struct ids ids = { NULL, 0, 0 };
	struct store *st = cli->st, *scratch = NULL;
	char scratch_path[4096] = "";
	int c, json = 0, code = EXIT_ERROR;

	memset(&o, 0, sizeof(o));
	memset(&rep, 0, sizeof(rep));
	o.diff.views = VIEW_GUEST;
	o.diff.min_severity = SEV_CHANGE;
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'r': release = optarg; break;
		case 'v':
			if (view_parse(optarg, &o.diff.views))
				return cli_usage("check", "unknown view '%s'", optarg);
			break;
		case 's':
			if (severity_parse(optarg, &o.diff.min_severity) || o.diff.min_severity < SEV_CHANGE)
				return cli_usage("check", "--min-severity is change or break, not '%s'", optarg);
			break;
		case 'w':
			if (nfiles == MAX_WAIVER_FILES)
				return cli_usage("check", "too many --waivers files");
			files[nfiles++] = optarg;
			break;
		case 'j': json = 1; break;
		case 'J': junit = optarg; break;
		default: return cli_usage("check", NULL);
		}
	}
	if (!release && optind >= argc)
		return cli_usage("check", "nothing to check: give --release R or INPUT files");

	/* waivers: the database's, then each file's, in order */
	if (waivers_load_db(st, &w, &nw, &err))
		goto fail;
	for (i = 0; i < nfiles; i++) {
		struct waiver *fw;
		size_t nfw;

		if (waivers_load_file(files[i], &fw, &nfw, &err))
			goto fail;
		w = xrealloc(w, (nw + nfw + 1) * sizeof(*w));
		if (nfw)
			memcpy(w + nw, fw, nfw * sizeof(*fw));
		nw += nfw;
		free(fw);
	}
	if (notes_load_db(st, &notes, &nnotes, &err))
		goto fail;
	o.diff.waivers = w;
	o.diff.nwaivers = nw;
	o.diff.notes = notes;
	o.diff.nnotes = nnotes;

	if (optind < argc) {
		if (scratch_copy(cli->st, "abidb-check", scratch_path, sizeof(scratch_path), &scratch, &err))
			goto fail;
		st = scratch;
		if (import_inputs(st, argv + optind, argc - optind, &ids, &err))
			goto fail;
	}
	if (release && release_records(st, release, &ids, &err))
		goto fail;
	if (check_records(st, ids.v, ids.nr, &o, &rep, &err))
		goto fail;
	if (junit && write_junit(junit, &rep, &err))
		goto fail;
	if (json) {
		struct json_object *j = check_json(&rep);

		cli_print_json(j);
	} else {
		print_human(&rep, w, nw);
	}
	code = rep.failed ? EXIT_DIFFERENT : EXIT_OK;
	goto out;
fail:
	code = cli_fail(&err);
out:
	check_report_release(&rep);
	waivers_free(w, nw);
	notes_free(notes, nnotes);
	free(ids.v);
	if (scratch) {
		store_close(scratch);
		scratch_remove(scratch_path);
	} else if (*scratch_path) {
		scratch_remove(scratch_path);
	}
	return code;
}
