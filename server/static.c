/* static.c: the web page's files from --web DIR, with the base path told to index.html. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "http.h"
#include "util.h"

#define STATIC_MAX_FILE (16u << 20)

static const struct {
	const char *ext, *type;
} types[] = {
	{ ".html", "text/html; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".mjs", "text/javascript; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".json", "application/json" },
	{ ".svg", "image/svg+xml" },
	{ ".png", "image/png" },
	{ ".ico", "image/x-icon" },
	{ ".txt", "text/plain; charset=utf-8" },
	{ ".md", "text/plain; charset=utf-8" },
	{ ".map", "application/json" },
	{ ".woff2", "font/woff2" },
};

static const char *type_of(const char *path)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(types); i++)
		if (ends_with(path, types[i].ext))
			return types[i].type;
	return "application/octet-stream";
}

/* Every segment a plain name: no "..", ".", empty segment (//), backslash or control byte. */
static int safe_path(const char *p)
{
	const char *seg = p;

	if (*p == '\0')
		return 1;
	for (;;) {
		size_t n = strcspn(seg, "/");

		if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
			return 0;
		if (!seg[n])
			break;
		seg += n + 1;
		if (!*seg)
			break;	/* a trailing slash */
	}
	for (; *p; p++)
		if (*p == '\\' || (unsigned char)*p < 0x20 || *p == 0x7f)
			return 0;
	return 1;
}

/* HTML attribute text. */
static void add_attr(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': strbuf_addstr(sb, "&amp;"); break;
		case '"': strbuf_addstr(sb, "&quot;"); break;
		case '<': strbuf_addstr(sb, "&lt;"); break;
		case '>': strbuf_addstr(sb, "&gt;"); break;
		default: strbuf_addch(sb, *s);
		}
	}
}

/* Put <base href> and <meta name="abidb-base"> right after <head ...>. */
static void inject_base(struct strbuf *out, const char *html, size_t len, const char *base)
{
	const char *p = NULL, *end = html + len;
	size_t at = 0;

	for (p = html; p + 5 <= end; p++)
		if (!strncasecmp(p, "<head", 5) && (p[5] == '>' || p[5] == ' ' || p[5] == '\t' || p[5] == '\n')) {
			const char *gt = memchr(p, '>', end - p);

			if (gt)
				at = gt + 1 - html;
			break;
		}
	strbuf_add(out, html, at);
	strbuf_addstr(out, "\n<base href=\"");
	add_attr(out, base);
	strbuf_addstr(out, "/\">\n<meta name=\"abidb-base\" content=\"");
	add_attr(out, base);
	strbuf_addstr(out, "/\">");
	strbuf_add(out, html + at, len - at);
}

void static_file(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	const char *web = c->cfg->web_dir;
	const char *rel = req->path + (req->path[0] == '/');
	char *full = NULL, *real = NULL;
	struct strbuf data = STRBUF_INIT;
	struct error err = ERROR_INIT;
	struct stat sb;
	size_t wl;

	if (!safe_path(rel)) {
		http_error(resp, 400, "bad path '%s'", req->path);
		return;
	}
	if (!web) {
		http_error(resp, 404, "no web page here: start the server with --web DIR");
		return;
	}
	if (!*rel || !strcmp(rel, "index.html"))
		rel = "index.html";
	full = xstrfmt("%s/%s", web, rel);
	real = realpath(full, NULL);
	wl = strlen(web);
	/* symbolic links must not lead out of the web folder */
	if (!real || strncmp(real, web, wl) || real[wl] != '/' || stat(real, &sb) || !S_ISREG(sb.st_mode)) {
		http_error(resp, 404, "no such file: '%s'", req->path);
		goto out;
	}
	if (read_file(real, &data, STATIC_MAX_FILE, &err)) {
		http_error(resp, 500, "'%s': %s", req->path, err.msg);
		goto out;
	}
	strbuf_reset(&resp->body);
	if (!strcmp(rel, "index.html"))
		inject_base(&resp->body, data.buf, data.len, c->cfg->base_path);
	else
		strbuf_add(&resp->body, data.buf, data.len);
	resp->status = 200;
	resp->content_type = type_of(rel);
	resp->cache_control = "no-cache";
out:
	strbuf_release(&data);
	free(real);
	free(full);
}
