/* serve.c: abidb serve: publish the database over HTTP (server/), or answer one request without a socket. */
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "server.h"	/* the Makefile adds -Ilib -Iimporter only */
#include "util.h"


static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long n = strtoull(s, &end, 10);

	if (end == s || s[0] == '-')
		return -1;
	if (*end == 'k' || *end == 'K')
		n <<= 10, end++;
	else if (*end == 'm' || *end == 'M')
		n <<= 20, end++;
	else if (*end == 'g' || *end == 'G')
		n <<= 30, end++;
	if (*end || !n)
		return -1;
	*out = (size_t)n;
	return 0;
}

static int parse_uint(const char *s, unsigned *out)
{
	char *end;
	unsigned long n = strtoul(s, &end, 10);

	if (end == s || *end || s[0] == '-' || n > 1000000)
		return -1;
	*out = (unsigned)n;
	return 0;
}

/* The web/ folder beside the abidb binary, when --web is not given. */
char *cli_default_web(void)
{
	char exe[PATH_MAX], *dir, *web;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	dir = dirname(exe);
	web = xstrfmt("%s/web/index.html", dir);
	if (path_kind(web) != 0) {
		free(web);
		return NULL;
	}
	web[strlen(web) - strlen("/index.html")] = '\0';
	return web;
}

/* --request 'METHOD URL': one request through the server's handler, body from stdin for POST. */
static int one_request(struct server *s, const char *spec, struct http_kv *hdr, size_t *pnhdr)
{
	struct http_response resp;
	struct strbuf body = STRBUF_INIT;
	struct error err = ERROR_INIT;
	const char *sp = strchr(spec, ' ');
	size_t nhdr = *pnhdr;
	char *method;
	int code;

	if (!sp)
		return cli_usage("serve", "--request needs 'METHOD URL'");
	method = xstrndup(spec, sp - spec);
	/* raw bytes: uploads are taken as sent, gzip included */
	if (!strcmp(method, "POST") && read_file("-", &body, 0, &err)) {
		free(method);
		return cli_fail(&err);
	}
	if (!strcmp(method, "POST") && nhdr < 32) {
		/* as curl would send it */
		size_t i;
		int have = 0;

		for (i = 0; i < nhdr; i++)
			have |= !strcasecmp(hdr[i].name, "Content-Length");
		if (!have) {
			hdr[nhdr].name = xstrdup("Content-Length");
			hdr[nhdr].value = xstrfmt("%zu", body.len);
			nhdr++;
		}
	}
	http_response_init(&resp);
	server_handle_raw(s, method, sp + 1, hdr, nhdr, body.buf, body.len, &resp);
	printf("%d %s\n", resp.status, resp.content_type);
	if (resp.shared)
		fwrite(resp.shared->data, 1, resp.shared->len, stdout);
	else
		fwrite(resp.body.buf, 1, resp.body.len, stdout);
	code = resp.status < 400 ? EXIT_OK : EXIT_ERROR;
	*pnhdr = nhdr;
	http_response_release(&resp);
	strbuf_release(&body);
	free(method);
	return code;
}

static const struct cli_option options[] = {
	{ "listen", 'l', "ADDR:PORT", "where to listen (default 127.0.0.1:8080; port 0: any)", 0 },
	{ "base-path", 'b', "/P", "serve below this path (behind a reverse proxy)", 0 },
	{ "read-only", 'r', NULL, "refuse uploads; open the database read-only", 0 },
	{ "web", 'w', "DIR", "the page's static files (default: web/ beside the program)", 0 },
	{ "max-upload", 'u', "BYTES", "largest upload body (default 64M)", 0 },
	{ "max-connections", 'c', "N", "connections at once (default 1024)", 0 },
	{ "threads", 'P', "N", "threads answering requests (default 8)", 0 },
	{ "header-timeout", 'S', "S", "seconds a client has to send its request headers (default 10; 0: no limit)", 0 },
	{ "per-ip", 'i', "N", "connections at once from one address (default 64)", 0 },
	{ "timeout", 't', "S", "seconds of inactivity before a connection is closed (default 30)", 0 },
	{ "request-timeout", 'T', "S", "seconds a whole request may take (default 120)", 0 },
	{ "request", 'R', "'METHOD URL'", "answer one request without sockets, print the body, exit", 0 },
	{ "header", 'H', "'NAME: VALUE'", "a header of --request; repeatable", OPT_SHORT },
	OPT_END
};

const struct cmd_help help_serve = {
	"", "serve the matrix web page, the JSON API and CI uploads", options, NULL,
};

int cmd_serve(struct cli *cli, int argc, char **argv)
{
	struct server_config cfg;
	struct server *s = NULL;
	struct error err = ERROR_INIT;
	struct http_kv hdr[32];
	size_t nhdr = 0, i;
	const char *request = NULL;
	char *web = NULL;
	int c, code;

	server_config_init(&cfg);
	cfg.db_path = cli->db_path;
	optind = 1;
	while ((c = cli_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'l': cfg.listen = optarg; break;
		case 'b': cfg.base_path = optarg; break;
		case 'r': cfg.read_only = 1; break;
		case 'w': cfg.web_dir = optarg; break;
		case 'u':
			if (parse_size(optarg, &cfg.max_upload))
				return cli_usage("serve", "--max-upload: '%s' is not a size such as 64M", optarg);
			break;
		case 'c':
			if (parse_uint(optarg, &cfg.max_connections) || !cfg.max_connections)
				return cli_usage("serve", "--max-connections: '%s' is not a positive number", optarg);
			break;
		case 'P':
			if (parse_uint(optarg, &cfg.threads) || !cfg.threads || cfg.threads > 256)
				return cli_usage("serve", "--threads: '%s' is not a number from 1 to 256", optarg);
			break;
		case 'S':
			if (parse_uint(optarg, &cfg.header_timeout))
				return cli_usage("serve", "--header-timeout: '%s' is not a number of seconds", optarg);
			break;
		case 'i':
			if (parse_uint(optarg, &cfg.per_ip))
				return cli_usage("serve", "--per-ip: '%s' is not a number", optarg);
			break;
		case 't':
			if (parse_uint(optarg, &cfg.timeout))
				return cli_usage("serve", "--timeout: '%s' is not a number of seconds", optarg);
			break;
		case 'T':
			if (parse_uint(optarg, &cfg.request_timeout))
				return cli_usage("serve", "--request-timeout: '%s' is not a number of seconds", optarg);
			break;
		case 'R': request = optarg; break;
		case 'H': {
			const char *colon = strchr(optarg, ':');

			if (!colon || nhdr == ARRAY_SIZE(hdr))
				return cli_usage("serve", "--header needs 'Name: value'");
			hdr[nhdr].name = xstrndup(optarg, colon - optarg);
			hdr[nhdr].value = xstrdup(colon + 1 + strspn(colon + 1, " "));
			nhdr++;
			break;
		}
		default:
			return cli_usage("serve", NULL);
		}
	}
	if (optind < argc)
		return cli_usage("serve", "unexpected argument '%s'", argv[optind]);
	if (!cfg.web_dir)
		cfg.web_dir = web = cli_default_web();
	if (server_new(&s, &cfg, &err)) {
		code = cli_fail(&err);
		goto out;
	}
	if (request)
		code = one_request(s, request, hdr, &nhdr);
	else
		code = server_run(s, &err) ? cli_fail(&err) : EXIT_OK;
out:
	server_free(s);
	for (i = 0; i < nhdr; i++) {
		free(hdr[i].name);
		free(hdr[i].value);
	}
	free(web);
	return code;
}
