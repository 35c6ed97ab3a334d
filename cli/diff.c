/* diff.c: abidb diff: what changed between two records, by section, with severities. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "query.h"
#include "report.h"

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
	QUERY_OPTIONS,
	OPT_END
};

const struct cmd_help help_diff = {
	"MACHINE --from R1 --to R2 | M1 M2 --release R | ID1 ID2",
	"what changed between two records, with severities", options, NULL,
};

int cmd_diff(struct cli *cli, int argc, char **argv)
{
	struct query_opts q = { 0 };
	struct record_row ra, rb;
	struct error err = ERROR_INIT;
	struct diff d;
	const char *from = NULL, *to = NULL, *release = NULL;
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
		else
			return cli_usage("diff", NULL);
	}
	npos = argc - optind;
	if (npos == 1 && from && to) {
		if (catalog_find_record(cli->st, from, argv[optind], &ra, &err) ||
		    catalog_find_record(cli->st, to, argv[optind], &rb, &err))
			goto fail;
	} else if (npos == 2 && release && !from && !to) {
		if (catalog_find_record(cli->st, release, argv[optind], &ra, &err) ||
		    catalog_find_record(cli->st, release, argv[optind + 1], &rb, &err))
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
		if (!strcmp(ra.machine, rb.machine))
			printf("%s: %s (%s) -> %s (%s)\n", ra.machine, ra.release, ra.stream, rb.release, rb.stream);
		else
			printf("%s (%s %s) -> %s (%s %s)\n", ra.machine, ra.release, ra.stream, rb.machine, rb.release,
			       rb.stream);
		print_diff(&d, &q, cli_color());
		print_diff_summary(&d);
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
