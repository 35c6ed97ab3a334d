/* import.c: abidb import: read inputs, store them as records, report what changed. */
#include <getopt.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "import.h"
#include "util.h"

struct progress {
	int tty;
	time_t start;
	const char *input;
};

static void show_progress(void *data, const char *what, size_t done, size_t total)
{
	struct progress *p = data;

	/* only on a terminal, and only once the work is long enough to wait for */
	(void)total;
	if (!p->tty || time(NULL) - p->start < 1)
		return;
	fprintf(stderr, "\rimporting %s: %zu records done, now %s\033[K", p->input, done, what ? what : "");
}

static void record_failed(void *data, const struct error *err)
{
	(void)data;
	fprintf(stderr, "error: %s\n", err->msg);
}

struct sink {
	struct store *st;
	const struct import_opts *o;
	struct import_result *res;
	struct progress *prog;
};

/* Each record is stored as soon as it is read; a bad one is reported and skipped. */
static int store_record(void *data, struct record_input *r, struct error *err)
{
	struct sink *k = data;
	struct error one = ERROR_INIT;

	(void)err;
	show_progress(k->prog, r->source, k->res->records, 0);
	if (import_record(k->st, r, k->o, k->res, &one))
		record_failed(NULL, &one);
	return 0;
}

static const struct cli_option options[] = {
	{ "release", 'r', "V", "the QEMU release, when the input does not say it", 0 },
	{ "stream", 's', "S", "upstream, debian, ... (default: from the package string)", 0 },
	{ "machine", 'm', "M", "the machine type, when the input does not say it", 0 },
	{ "arch", 'a', "A", "the target (default x86_64)", 0 },
	{ "replace", 'R', NULL, "replace a record's dump by one with other facts", 0 },
	{ "quiet", 'q', NULL, "no progress or summary", OPT_SHORT },
	OPT_END
};

const struct cmd_help help_import = {
	"", "import dumps: files, machine/guest/release folders, or - for stdin", options, "INPUT...",
};

int cmd_import(struct cli *cli, int argc, char **argv)
{
	struct import_opts o = { 0 };
	struct decode_cache cache = { "", FACTS_INIT, 0, NULL };
	struct progress prog = { isatty(STDERR_FILENO), 0, NULL };
	struct passwd *pw = getpwuid(getuid());
	int c, i, quiet = 0, code = EXIT_OK;

	o.imported_by = pw ? pw->pw_name : "unknown";
	o.progress = show_progress;
	o.progress_data = &prog;
	o.record_error = record_failed;
	o.cache = &cache;
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'r': o.release = optarg; break;
		case 's': o.stream = optarg; break;
		case 'm': o.machine = optarg; break;
		case 'a': o.arch = optarg; break;
		case 'R': o.replace = 1; break;
		case 'q': quiet = 1; break;
		default: return cli_usage("import", NULL);
		}
	}
	if (optind >= argc)
		return cli_usage("import", "nothing to import");
	for (i = optind; i < argc; i++) {
		struct input_set in = { 0 };
		struct import_result res = { 0 };
		struct error err = ERROR_INIT;

		struct sink k = { cli->st, &o, &res, &prog };

		prog.start = time(NULL);
		prog.input = argv[i];
		in.sink = store_record;
		in.sink_data = &k;
		if (input_read_path(argv[i], &o, &in, &err)) {
			code = cli_fail(&err);
			if (code == EXIT_USAGE)
				code = EXIT_ERROR;
		} else if (res.failed) {
			if (res.records > 1)
				fprintf(stderr, "error: %s: %zu of %zu records failed to import\n", argv[i],
					res.failed, res.records);
			code = EXIT_ERROR;
		}
		if (prog.tty && time(NULL) - prog.start >= 1)
			fprintf(stderr, "\r\033[K");
		if (!quiet && res.records > res.failed) {
			if (res.records == res.unchanged)
				printf("%s: already imported (%zu record%s)\n", argv[i], res.records,
				       res.records == 1 ? "" : "s");
			else
				printf("%s: %zu record%s: %zu added, %zu updated, %zu unchanged, %zu failed; "
				       "%zu facts decoded\n", argv[i], res.records, res.records == 1 ? "" : "s",
				       res.added, res.updated, res.unchanged, res.failed, res.facts);
		}
		import_result_release(&res);
		input_set_release(&in);
	}
	decode_cache_release(&cache);
	return code;
}
