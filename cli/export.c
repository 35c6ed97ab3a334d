/* export.c: abidb export fixups FILE: the fixups and known issues of every machine type for every recorded release pair that differs. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advise.h"
#include "catalog.h"
#include "cli.h"
#include "export-site.h"
#include "json.h"
#include "util.h"

static const struct cli_option options[] = {
	{ "web", 'w', "DIR", "site: the page's files (default: web/ beside the abidb binary)", 0 },
	{ "base-path", 'b', "/P", "site: where the copy is served, for the keys of _etags.nginx (default /)", 0 },
	OPT_END
};

const struct cmd_help help_export = {
	"fixups FILE | site DIR", "fixups: write one JSON document of the fixups and known-issue notes of every "
	"machine type for every recorded (older, newer) release pair whose records differ (FILE '-': standard "
	"output); site: write the web page and every API answer it asks for as static files, with the "
	"server's URLs (path form) and ETags (docs/export.md)",
	options, NULL,
};

/* The distinct notes advise matched, in the order first met. */
static struct json_object *notes_json(const struct advice *a)
{
	struct json_object *v = json_object_new_array();
	size_t i, k;

	for (i = 0; i < a->nr; i++) {
		const struct diff_entry *e = &a->v[i].e;
		struct json_object *n;
		int seen = 0;

		if (!e->note_id)
			continue;
		for (k = 0; k < i; k++)
			seen |= a->v[k].e.note_id == e->note_id;
		if (seen)
			continue;
		n = json_object_new_object();
		json_object_object_add(n, "id", json_object_new_string(a->v[i].id));
		json_object_object_add(n, "text", json_object_new_string(e->note_text ? e->note_text : ""));
		json_object_object_add(n, "link", json_str_or_null(e->note_link));
		json_object_array_add(v, n);
	}
	return v;
}

static int export_fixups(struct cli *cli, struct json_object *list, size_t *npairs, struct error *err)
{
	struct record_row *r = NULL;
	size_t n = 0, i, j;
	int ret = -1;

	if (catalog_records(cli->st, &r, &n, err))
		return -1;
	/* records come by machine type, then release version: pairs (i < j) of one machine type */
	for (i = 0; i < n; i++) {
		for (j = i + 1; j < n && r[j].machine_id == r[i].machine_id; j++) {
			struct advice a;
			struct json_object *o;
			char *from, *to;

			if (!strcmp(r[i].digest, r[j].digest))
				continue;
			from = xstrfmt("%s/%s", r[i].release, r[i].stream);
			to = xstrfmt("%s/%s", r[j].release, r[j].stream);
			if (advise(cli->st, r[i].machine, from, to, NULL, &a, err)) {
				advice_release(&a);
				free(from);
				free(to);
				goto out;
			}
			o = fixup_json(&a.fixup);
			json_object_object_del(o, "ok");
			json_object_object_add(o, "from", json_object_new_string(r[i].release));
			json_object_object_add(o, "to", json_object_new_string(r[j].release));
			json_object_object_add(o, "notes", notes_json(&a));
			json_object_object_add(o, "remaining_breaks", json_object_new_int64((long long)a.remaining));
			json_object_array_add(list, o);
			(*npairs)++;
			advice_release(&a);
			free(from);
			free(to);
		}
	}
	ret = 0;
out:
	record_rows_free(r, n);
	return ret;
}

static int cmd_export_site(struct cli *cli, const char *dir, const char *web, const char *base)
{
	struct export_site_stats st;
	struct error err = ERROR_INIT;
	char *def = NULL;
	int ret;

	if (!web && !(web = def = cli_default_web()))
		return cli_usage("export", "no web/ folder beside the abidb binary: give --web DIR");
	ret = export_site(cli->db_path, dir, web, base, &st, &err);
	free(def);
	if (ret)
		return cli_fail(&err);
	fprintf(stderr, "export site: %zu answers (%zu error answers, %zu hard links to equal ones), "
		"%llu bytes, %zu page files in '%s'\n", st.answers, st.errors, st.linked, st.bytes,
		st.web_files, dir);
	return EXIT_OK;
}

int cmd_export(struct cli *cli, int argc, char **argv)
{
	struct error err = ERROR_INIT;
	struct json_object *doc, *list;
	const char *file, *web = NULL, *base = "";
	size_t npairs = 0;
	FILE *f;
	int c, bad;

	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'w': web = optarg; break;
		case 'b': base = optarg; break;
		default: return cli_usage("export", NULL);
		}
	}
	if (argc - optind == 2 && !strcmp(argv[optind], "site")) {
		if (*base && (base[0] != '/' || strchr(base, '\'') || strchr(base, ' ')))
			return cli_usage("export", "--base-path: '%s' is not a path like /abi", base);
		{
			char *b = xstrdup(base);
			size_t n = strlen(b);

			while (n && b[n - 1] == '/')
				b[--n] = '\0';	/* "/abi/" is "/abi", "/" is "" */
			c = cmd_export_site(cli, argv[optind + 1], web, b);
			free(b);
			return c;
		}
	}
	if (argc - optind != 2 || strcmp(argv[optind], "fixups"))
		return cli_usage("export", "need 'fixups FILE' or 'site DIR'");
	if (web || *base)
		return cli_usage("export", "--web and --base-path are for 'export site'");
	file = argv[optind + 1];
	list = json_object_new_array();
	if (export_fixups(cli, list, &npairs, &err)) {
		json_object_put(list);
		return cli_fail(&err);
	}
	doc = json_object_new_object();
	json_object_object_add(doc, "ok", json_object_new_boolean(1));
	json_object_object_add(doc, "kind", json_object_new_string("abidb-fixups"));
	json_object_object_add(doc, "version", json_object_new_int(1));
	json_object_object_add(doc, "pairs", json_object_new_int64((long long)npairs));
	json_object_object_add(doc, "fixups", list);
	f = strcmp(file, "-") ? fopen(file, "w") : stdout;
	if (!f) {
		json_object_put(doc);
		error_set(&err, ERR_IO, "cannot open '%s' for writing", file);
		return cli_fail(&err);
	}
	fputs(json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED), f);
	fputc('\n', f);
	json_object_put(doc);
	bad = ferror(f);
	if (f != stdout)
		bad |= fclose(f) != 0;
	if (bad) {
		error_set(&err, ERR_IO, "cannot write '%s'", file);
		return cli_fail(&err);
	}
	return EXIT_OK;
}
