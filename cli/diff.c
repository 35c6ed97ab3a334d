/* diff.c: abidb diff: what changed between two records, by section, with severities. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "query.h"
#include "report.h"
#include "util.h"

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

static const struct cli_option options[] = {
	{ "from", 'f', "R1", "the older release (with MACHINE)", 0 },
	{ "to", 't', "R2", "the newer release (with MACHINE)", 0 },
	{ "release", 'r', "R", "the release of two machine types M1 M2", 0 },
	{ "arch", 'a', "A", "the target of the machine types (aarch64, ppc64, s390x, x86_64)", 0 },
	{ "family", 'F', "GLOB", "with --from and --to, no MACHINE: every machine type of the families matching", 0 },
	QUERY_OPTIONS,
	OPT_END
};

const struct cmd_help help_diff = {
	"MACHINE --from R1 --to R2 | M1 M2 --release R | ID1 ID2 | --family GLOB --from R1 --to R2",
	"what changed between two records, with severities", options, NULL,
};

/* One diff in the human form. */
static void print_one(const struct record_row *ra, const struct record_row *rb, const struct diff *d,
		      const struct query_opts *q)
{
	if (!strcmp(ra->machine, rb->machine))
		printf("%s: %s (%s) -> %s (%s)\n", ra->machine, ra->release, ra->stream, rb->release, rb->stream);
	else
		printf("%s (%s %s) -> %s (%s %s)\n", ra->machine, ra->release, ra->stream, rb->machine, rb->release,
		       rb->stream);
	print_diff(d, q, cli_color());
	print_diff_summary(d);
}

/*
 * --family GLOB --from R1 --to R2 [--arch A]: each machine type of the
 * matching families (and target) that both releases recorded, in the
 * matrix's order.  Exit 1 when any of them differs.
 */
static int diff_family(struct cli *cli, struct query_opts *q, const char *family, const char *arch, const char *from,
		       const char *to)
{
	struct record_row *recs = NULL;
	struct json_object *all = q->json ? json_object_new_array() : NULL;
	struct error err = ERROR_INIT;
	size_t n = 0, i, compared = 0, differ = 0;
	long long last = 0;
	int code = EXIT_OK;

	if (query_load(q, cli->st, &err) || catalog_records(cli->st, &recs, &n, &err))
		goto fail;
	for (i = 0; i < n; i++) {
		struct record_row ra, rb;
		struct error miss = ERROR_INIT;
		struct diff d;

		if (recs[i].machine_id == last || !glob_match(family, recs[i].family) ||
		    (arch && strcmp(arch, recs[i].arch)))
			continue;
		last = recs[i].machine_id;
		if (catalog_find_record_arch(cli->st, from, recs[i].machine, recs[i].arch, &ra, &miss))
			continue;
		if (catalog_find_record_arch(cli->st, to, recs[i].machine, recs[i].arch, &rb, &miss)) {
			record_row_release(&ra);
			continue;
		}
		if (diff_records(cli->st, ra.id, rb.id, &q->diff, &d, &err)) {
			record_row_release(&ra);
			record_row_release(&rb);
			goto fail;
		}
		if (all) {
			json_object_array_add(all, diff_json(&d));
		} else {
			print_one(&ra, &rb, &d, q);
			printf("\n");
		}
		compared++;
		differ += d.counted > 0;
		diff_release(&d);
		record_row_release(&ra);
		record_row_release(&rb);
	}
	if (!compared) {
		error_set(&err, ERR_NOTFOUND, "no machine type of family '%s'%s%s recorded in both '%s' and '%s'", family,
			  arch ? " on " : "", arch ? arch : "", from, to);
		goto fail;
	}
	if (all) {
		cli_print_json(all);
		all = NULL;
	} else {
		printf("%zu machine types compared, %zu with counted differences\n", compared, differ);
	}
	code = differ ? EXIT_DIFFERENT : EXIT_OK;
	goto out;
fail:
	code = cli_fail(&err);
out:
	json_object_put(all);
	record_rows_free(recs, n);
	return code;
}

int cmd_diff(struct cli *cli, int argc, char **argv)
{
	struct query_opts q = { 0 };
	struct record_row ra, rb;
	struct error err = ERROR_INIT;
	struct diff d;
	const char *from = NULL, *to = NULL, *release = NULL, *arch = NULL, *family = NULL;
	int c, npos, code = EXIT_OK;

	memset(&ra, 0, sizeof(ra));
	memset(&rb, 0, sizeof(rb));
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		int r = query_opt(&q, c, optarg, "diff");

		if (r < 0)
			return EXIT_USAGE;
		if (r)
			continue;
		if (c == 'f')
			from = optarg;
		else if (c == 't')
			to = optarg;
		else if (c == 'r')
			release = optarg;
		else if (c == 'a')
			arch = optarg;
		else if (c == 'F')
			family = optarg;
		else
			return cli_usage("diff", NULL);
	}
	npos = argc - optind;
	if (family) {
		if (npos || !from || !to || release)
			return cli_usage("diff", "--family goes with --from R1 --to R2 and no machine type");
		if (q.csv)
			return cli_usage("diff", "--family gives several diffs: human or --json output");
		code = diff_family(cli, &q, family, arch, from, to);
		query_release(&q);
		return code;
	}
	if (npos == 1 && from && to) {
		if (catalog_find_record_arch(cli->st, from, argv[optind], arch, &ra, &err) ||
		    catalog_find_record_arch(cli->st, to, argv[optind], arch, &rb, &err))
			goto fail;
	} else if (npos == 2 && release && !from && !to) {
		if (catalog_find_record_arch(cli->st, release, argv[optind], arch, &ra, &err) ||
		    catalog_find_record_arch(cli->st, release, argv[optind + 1], arch, &rb, &err))
			goto fail;
	} else if (npos == 2 && !release && !from && !to && all_digits(argv[optind]) &&
		   all_digits(argv[optind + 1])) {
		if (catalog_record_by_id(cli->st, atoll(argv[optind]), &ra, &err) ||
		    catalog_record_by_id(cli->st, atoll(argv[optind + 1]), &rb, &err))
			goto fail;
	} else {
		return cli_usage("diff", "give MACHINE --from R1 --to R2, M1 M2 --release R, or two record ids");
	}
	if (query_load(&q, cli->st, &err) || diff_records(cli->st, ra.id, rb.id, &q.diff, &d, &err))
		goto fail;
	if (q.json) {
		struct json_object *o = diff_json(&d);

		cli_print_json(o);
	} else if (q.csv) {
		diff_csv(&d, stdout);
	} else {
		print_one(&ra, &rb, &d, &q);
	}
	code = d.counted ? EXIT_DIFFERENT : EXIT_OK;
	diff_release(&d);
	goto out;
fail:
	code = cli_fail(&err);
out:
	record_row_release(&ra);
	record_row_release(&rb);
	query_release(&q);
	return code;
}
