/* matrix.c: abidb matrix: which releases share each machine type's ABI, as a grid of class letters. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "query.h"
#include "report.h"

static const char *sev_mark(enum severity s)
{
	return s == SEV_BREAK ? "!" : s == SEV_CHANGE ? "*" : s == SEV_INFO ? "." : " ";
}

/* "C'!~": the label, the severity against A, ~ when compared on part of the sections. */
static void cell_label(const struct matrix_cell *c, char *buf, size_t n)
{
	size_t k;

	matrix_cell_label(c, buf, n - 3);
	k = strlen(buf);
	if (c->severity || !c->partial)
		buf[k++] = *sev_mark(c->severity);
	if (c->partial)
		buf[k++] = '~';
	buf[k] = '\0';
}

static void print_grid(const struct matrix *m, int color, int explain)
{
	const char *family = NULL, *arch = NULL;
	size_t i, j, w = 16;
	int partial = 0, arches = 0;

	for (i = 0; i < m->nrows; i++) {
		if (strlen(m->rows[i].machine) > w)
			w = strlen(m->rows[i].machine);
		arches |= i && strcmp(m->rows[i].arch, m->rows[0].arch);
	}
	printf("%-*s", (int)w, "machine");
	for (j = 0; j < m->nreleases; j++)
		printf(" %8s", m->releases[j].version);
	printf("\n");
	for (i = 0; i < m->nrows; i++) {
		const struct matrix_row *r = &m->rows[i];

		/* a family per target: virt of aarch64 is not virt of riscv64; the target named when there are several */
		if (!family || strcmp(family, r->family) || strcmp(arch, r->arch)) {
			family = r->family;
			arch = r->arch;
			printf("%s[%s%s%s]%s\n", color ? "\033[1m" : "", family, arches ? " " : "", arches ? arch : "",
			       color ? "\033[0m" : "");
		}
		printf("%-*s", (int)w, r->machine);
		for (j = 0; j < r->ncells; j++) {
			const struct matrix_cell *c = &r->cells[j];
			char label[16];

			if (!c->record_id) {
				printf(" %8s", "-");
				continue;
			}
			cell_label(c, label, sizeof(label));
			partial |= c->partial;
			if (color && c->severity >= SEV_CHANGE)
				printf(" %s%8s%s", c->severity == SEV_BREAK ? "\033[1;31m" : "\033[33m", label, "\033[0m");
			else
				printf(" %8s", label);
		}
		printf("\n");
	}
	printf("\nA = the class of the machine type's first recorded release; a new letter: a difference at %s or "
	       "above from every earlier class; ' = differs from its class by a change only; ! break, * change, "
	       ". info (highest severity of the difference from A)%s\n", m->split ? severity_name(m->split) : "break",
	       partial ? "; ~ compared on part of the sections (the other record did not record some)" : "");
	for (i = 0; i < m->nrows; i++)
		for (j = 0; j < m->rows[i].ncells; j++) {
			const struct matrix_cell *c = &m->rows[i].cells[j];
			char label[16];

			if (!c->record_id)
				continue;
			cell_label(c, label, sizeof(label));
			if (label[strlen(label) - 1] == ' ')
				label[strlen(label) - 1] = '\0';
			if (explain)
				printf("%s %s %s: %s\n", m->rows[i].machine, c->release, label, c->explain);
			if (c->note_text && c->cls != 'A')
				printf("note %s %s: %s %s\n", m->rows[i].machine, c->release, c->note_text, c->note_link);
		}
}

static const struct cli_option options[] = {
	{ "family", 'F', "GLOB", "only machine type families matching (pc-q35, pc-i440fx)", 0 },
	{ "arch", 'a', "A", "only this target (x86_64)", 0 },
	{ "machine", 'm', "GLOB", "only machine types matching", 0 },
	{ "explain", 'x', NULL, "say in one line what separates each cell from class A", 0 },
	QUERY_OPTIONS,
	OPT_END
};

const struct cmd_help help_matrix = {
	"", "ABI classes: which releases share each machine type's ABI", options, NULL,
};

int cmd_matrix(struct cli *cli, int argc, char **argv)
{
	struct query_opts q = { 0 };
	struct matrix_opts mo;
	struct matrix m;
	struct error err = ERROR_INIT;
	int c, code = EXIT_OK, explain = 0;

	memset(&mo, 0, sizeof(mo));
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		int r = query_opt(&q, c, optarg, "matrix");

		if (r < 0)
			return EXIT_USAGE;
		if (r)
			continue;
		if (c == 'F')
			mo.family = optarg;
		else if (c == 'a')
			mo.arch = optarg;
		else if (c == 'm')
			mo.machine = optarg;
		else if (c == 'x')
			explain = 1;
		else
			return cli_usage("matrix", NULL);
	}
	if (optind != argc)
		return cli_usage("matrix", "unexpected argument '%s'", argv[optind]);
	if (!q.diff.views)
		q.diff.views = VIEW_GUEST;
	if (query_load(&q, cli->st, &err)) {
		code = cli_fail(&err);
		goto out;
	}
	mo.diff = q.diff;
	/* one read transaction: one snapshot, and no lock taken and dropped per statement */
	if (store_read_begin(cli->st, &err) || matrix_build(cli->st, &mo, &m, &err)) {
		store_read_end(cli->st);
		code = cli_fail(&err);
		goto out;
	}
	store_read_end(cli->st);
	if (!m.nrows && (mo.family || mo.arch || mo.machine)) {
		/* a filter that matches no machine type is most likely a typo: say which, rather than print nothing */
		error_set(&err, ERR_NOTFOUND, "no machine type matches%s%s%s%s%s%s", mo.family ? " --family " : "",
			  mo.family ? mo.family : "", mo.arch ? " --arch " : "", mo.arch ? mo.arch : "",
			  mo.machine ? " --machine " : "", mo.machine ? mo.machine : "");
		matrix_release(&m);
		code = cli_fail(&err);
		goto out;
	}
	if (q.json) {
		struct json_object *o = matrix_json(&m, &mo);

		cli_print_json(o);
	} else if (q.csv) {
		matrix_csv(&m, stdout);
	} else {
		print_grid(&m, cli_color(), explain);
	}
	matrix_release(&m);
out:
	query_release(&q);
	return code;
}
