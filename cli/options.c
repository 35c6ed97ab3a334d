/* options.c: option tables with their usage text: parsing (getopt_long), usage lines and --help. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "strbuf.h"

#define MAX_OPTIONS 64

int cli_getopt(int argc, char **argv, const struct cli_option *opts)
{
	static const struct cli_option *built;
	static struct option longopts[MAX_OPTIONS + 1];
	static char shortopts[2 * MAX_OPTIONS + 2];
	size_t i, n = 0;

	if (built != opts) {
		char *sp = shortopts;

		memset(longopts, 0, sizeof(longopts));
		for (i = 0; opts && opts[i].name && n < MAX_OPTIONS; i++, n++) {
			longopts[n].name = opts[i].name;
			longopts[n].has_arg = opts[i].argh ? required_argument : no_argument;
			longopts[n].val = opts[i].val;
			if (opts[i].flags & OPT_SHORT) {
				*sp++ = (char)opts[i].val;
				if (opts[i].argh)
					*sp++ = ':';
			}
		}
		*sp = '\0';
		built = opts;
	}
	return getopt_long(argc, argv, shortopts, longopts, NULL);
}

/* Does the synopsis mention --name itself (as a whole option name)? */
static int mentions(const char *synopsis, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	for (p = synopsis; (p = strstr(p, "--")); p += 2)
		if (!strncmp(p + 2, name, n) && !(p[2 + n] == '-' || (p[2 + n] >= 'a' && p[2 + n] <= 'z')))
			return 1;
	return 0;
}

static void add_option(struct strbuf *out, const struct cli_option *o)
{
	strbuf_addf(out, "--%s", o->name);
	if (o->argh)
		strbuf_addf(out, " %s", o->argh);
}

void cli_usage_line(const struct cmd_help *help, struct strbuf *out)
{
	const struct cli_option *o;
	int open = 0;

	strbuf_addstr(out, help->synopsis);
	for (o = help->options; o && o->name; o++) {
		if (mentions(help->synopsis, o->name))
			continue;
		strbuf_addstr(out, open ? "|" : *out->buf ? " [" : "[");
		add_option(out, o);
		open = (o->flags & OPT_OR_NEXT) && o[1].name;
		if (!open)
			strbuf_addch(out, ']');
	}
	if (help->operands)
		strbuf_addf(out, "%s%s", *out->buf ? " " : "", help->operands);
}

void cli_print_help(FILE *f, const char *name, const struct cmd_help *help)
{
	struct strbuf sb = STRBUF_INIT;
	const struct cli_option *o;
	int width = 0;

	for (o = help->options; o && o->name; o++) {
		int w = (int)strlen(o->name) + 2 + (o->argh ? (int)strlen(o->argh) + 1 : 0) + (o->flags & OPT_SHORT ? 4 : 0);

		if (w > width)
			width = w;
	}
	cli_usage_line(help, &sb);
	fprintf(f, "usage: abidb %s%s%s\n%s\n", name, *sb.buf ? " " : "", sb.buf, help->help);
	if (help->options && help->options->name)
		fputc('\n', f);
	for (o = help->options; o && o->name; o++) {
		strbuf_reset(&sb);
		if (o->flags & OPT_SHORT)
			strbuf_addf(&sb, "-%c, ", o->val);
		add_option(&sb, o);
		fprintf(f, "  %-*s  %s\n", width, sb.buf, o->help);
	}
	strbuf_release(&sb);
}
