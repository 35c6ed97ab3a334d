/* identify.c: abidb identify: which recorded (release, machine type) a dump or a few probed values match. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "identify.h"
#include "import.h"

static const struct cli_option options[] = {
	{ "top", 't', "N", "show the N best matches (default 5)", 0 },
	OPT_JSON,
	OPT_END
};

const struct cmd_help help_identify = {
	"DUMP", "which recorded (release, machine type) a dump or a few probed values match", options, NULL,
};

int cmd_identify(struct cli *cli, int argc, char **argv)
{
	struct identify_result r;
	struct facts probe = FACTS_INIT;
	int rc;
	struct error err = ERROR_INIT;
	long top = 5;
	char *end;
	int c, json = 0;
	size_t i, k;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'j': json = 1; break;
		case 't':
			top = strtol(optarg, &end, 10);
			if (!*optarg || *end || top < 1)
				return cli_usage("identify", "--top needs a positive number, not '%s'", optarg);
			break;
		default: return cli_usage("identify", NULL);
		}
	}
	if (argc - optind != 1)
		return cli_usage("identify", "need one DUMP (file or folder)");
	if (import_probe_facts(argv[optind], &probe, &err))
		return cli_fail(&err);
	rc = identify_facts(cli->st, &probe, (size_t)top, &r, &err);
	facts_release(&probe);
	if (rc)
		return cli_fail(&err);
	if (json) {
		struct json_object *o = identify_json(&r);

		cli_print_json(o);
	} else {
		printf("probe: %zu facts (%s); %zu records compared, %zu exact\n", r.nprobe, r.sections, r.records,
		       r.exact);
		for (i = 0; i < r.nr; i++) {
			const struct identify_match *m = &r.v[i];

			printf("%-6s %-10s %-20s %zu/%zu", m->exact ? "exact" : "near", m->rec.release, m->rec.machine,
			       m->matched, m->compared);
			if (m->skipped[0])
				printf(" (not compared: %s, which the record was made without)", m->skipped);
			putchar('\n');
			for (k = 0; k < m->ndiffs; k++) {
				printf("         %s: ", m->diffs[k].path);
				cli_print_short(m->diffs[k].probe_value);
				fputs(" here, ", stdout);
				cli_print_short(m->diffs[k].record_value);
				fputs(" recorded\n", stdout);
			}
			if (m->nmismatched > m->ndiffs)
				printf("         ... %zu more\n", m->nmismatched - m->ndiffs);
		}
	}
	identify_result_release(&r);
	return EXIT_OK;
}
