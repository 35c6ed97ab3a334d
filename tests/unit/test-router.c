/* test-router.c: the HTTP router without sockets (router_handle_raw, and a handler called directly), on the real sample. */
#include <criterion/criterion.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "http.h"
#include "t-db.h"
#include "token.h"
#include "util.h"

static const char *const r500[] = { "5.0.0", NULL };

struct rt {
	char path[256];
	struct store *st;	/* set up the database, then closed before the site opens it */
	struct site *site;
	char token[TOKEN_HEX_LEN + 1];
};

static void rt_open(struct rt *t, int read_only)
{
	struct server_config cfg;
	struct error err = ERROR_INIT;

	t->st = t_db_new(r500, t->path);
	cr_assert_eq(token_add(t->st, "ci", t->token, &err), 0, "%s", err.msg);
	store_close(t->st);
	t->st = NULL;
	server_config_init(&cfg);
	cfg.db_path = t->path;
	cfg.base_path = "abi/";
	cfg.read_only = read_only;
	cr_assert_eq(site_new(&t->site, &cfg, &err), 0, "%s", err.msg);
}

static void rt_close(struct rt *t)
{
	site_free(t->site);
	t_db_done(NULL, t->path);
}

/* One request; the body parsed as JSON when it is (NULL otherwise); resp stays for more checks. */
static struct json_object *rt_get(struct rt *t, const char *method, const char *url, const struct http_kv *h,
				  size_t nh, const void *body, size_t len, struct http_response *resp)
{
	const char *b;
	size_t n;

	http_response_init(resp);
	router_handle_raw(t->site, method, url, h, nh, body, len, resp);
	b = resp->shared ? resp->shared->data : resp->body.buf;
	n = resp->shared ? resp->shared->len : resp->body.len;
	return n ? json_tokener_parse(b) : NULL;
}

static long long jint(struct json_object *o, const char *k)
{
	struct json_object *v;

	cr_assert(json_object_object_get_ex(o, k, &v), "no '%s' in %s", k, json_object_to_json_string(o));
	return json_object_get_int64(v);
}

Test(router, routes_below_the_base_path_answer_json)
{
	struct rt t;
	struct http_response resp;
	struct json_object *o;

	rt_open(&t, 0);
	o = rt_get(&t, "GET", "/abi/api/v1/releases", NULL, 0, NULL, 0, &resp);
	cr_assert_eq(resp.status, 200);
	cr_assert_str_eq(resp.content_type, "application/json");
	cr_assert(json_object_is_type(o, json_type_array));
	cr_assert_eq(json_object_array_length(o), 1);
	cr_assert_str_eq(json_object_get_string(json_object_object_get(json_object_array_get_idx(o, 0), "version")),
			 "5.0.0");
	json_object_put(o);
	http_response_release(&resp);

	/* the same path without the base is not ours */
	o = rt_get(&t, "GET", "/api/v1/releases", NULL, 0, NULL, 0, &resp);
	cr_assert_eq(resp.status, 404);
	json_object_put(o);
	http_response_release(&resp);

	/* an unknown API path: 404 in the one error shape */
	o = rt_get(&t, "GET", "/abi/api/v1/nothing", NULL, 0, NULL, 0, &resp);
	cr_assert_eq(resp.status, 404);
	cr_assert_eq(jint(o, "status"), 404);
	cr_assert_eq(jint(o, "ok"), 0);
	json_object_put(o);
	http_response_release(&resp);

	/* a method the route does not take: 405 and Allow */
	o = rt_get(&t, "DELETE", "/abi/api/v1/releases", NULL, 0, NULL, 0, &resp);
	cr_assert_eq(resp.status, 405);
	cr_assert(resp.allow && strstr(resp.allow, "GET"), "%s", resp.allow ? resp.allow : "(none)");
	json_object_put(o);
	http_response_release(&resp);
	rt_close(&t);
}

Test(router, etag_answers_304_and_query_arguments_are_decoded)
{
	struct rt t;
	struct http_response resp;
	struct json_object *o, *facts;
	struct http_kv inm = { "If-None-Match", NULL };
	char url[256], etag[72];
	long long id;

	rt_open(&t, 0);
	o = rt_get(&t, "GET", "/abi/api/v1/records", NULL, 0, NULL, 0, &resp);
	cr_assert_eq(resp.status, 200);
	cr_assert_eq(json_object_array_length(o), 2);
	id = jint(json_object_array_get_idx(o, 0), "id");
	json_object_put(o);
	http_response_release(&resp);

	/* the _UID of the first record: a backslash and a slash, percent-encoded */
	snprintf(url, sizeof(url), "/abi/api/v1/records/%lld/facts?glob=acpi%%2FDSDT%%2F%%5C_SB.PCI0%%2F_UID", id);
	o = rt_get(&t, "GET", url, NULL, 0, NULL, 0, &resp);
	cr_assert_eq(resp.status, 200);
	cr_assert(json_object_object_get_ex(o, "facts", &facts), "%s", json_object_to_json_string(o));
	cr_assert_eq(json_object_array_length(facts), 1);
	cr_assert_str_eq(json_object_get_string(json_object_object_get(json_object_array_get_idx(facts, 0), "value")),
			 "0x01");
	cr_assert(resp.etag[0] == '"', "a 200 of a cached route has an ETag");
	snprintf(etag, sizeof(etag), "%s", resp.etag);
	json_object_put(o);
	http_response_release(&resp);

	inm.value = etag;
	o = rt_get(&t, "GET", url, &inm, 1, NULL, 0, &resp);
	cr_assert_eq(resp.status, 304);
	cr_assert_null(o);
	http_response_release(&resp);
	rt_close(&t);
}

Test(router, an_upload_needs_a_token_and_is_read_back_at_once, .timeout = 120)
{
	struct rt t;
	struct http_response resp;
	struct json_object *o;
	struct strbuf body = STRBUF_INIT, len = STRBUF_INIT, auth = STRBUF_INIT, gen = STRBUF_INIT;
	char *qom = t_data("qemu-5.2.0/pc-i440fx-5.0/qom.json");
	struct http_kv g;
	const char *url = "/abi/api/v1/records?release=5.2.0&machine=pc-i440fx-5.0";
	struct http_kv h[3];

	rt_open(&t, 0);
	t_read(qom, &body);
	strbuf_addf(&len, "%zu", body.len);
	strbuf_addf(&auth, "Bearer %s", t.token);
	h[0].name = "Content-Type";
	h[0].value = "application/json";
	h[1].name = "Content-Length";
	h[1].value = len.buf;
	h[2].name = "Authorization";
	h[2].value = auth.buf;

	/* a cached answer first: the upload must show in the next one */
	o = rt_get(&t, "GET", "/abi/api/v1/records", NULL, 0, NULL, 0, &resp);
	cr_assert_eq(json_object_array_length(o), 2);
	json_object_put(o);
	http_response_release(&resp);

	o = rt_get(&t, "POST", url, h, 2, body.buf, body.len, &resp);
	cr_assert_eq(resp.status, 401);
	cr_assert(resp.www_authenticate);
	json_object_put(o);
	http_response_release(&resp);

	o = rt_get(&t, "POST", url, h, 3, body.buf, body.len, &resp);
	cr_assert_eq(resp.status, 201, "%s", resp.body.buf);
	cr_assert_eq(jint(o, "added"), 1);
	strbuf_addf(&gen, "%lld", jint(o, "generation"));
	json_object_put(o);
	http_response_release(&resp);

	/* the uploader names the generation it needs and reads its write at once */
	g.name = "X-Abidb-Generation";
	g.value = gen.buf;
	o = rt_get(&t, "GET", "/abi/api/v1/records", &g, 1, NULL, 0, &resp);
	cr_assert_eq(json_object_array_length(o), 3, "read your own write");
	json_object_put(o);
	http_response_release(&resp);

	/* the same bytes again: nothing new */
	o = rt_get(&t, "POST", url, h, 3, body.buf, body.len, &resp);
	cr_assert_eq(resp.status, 200, "%s", resp.body.buf);
	cr_assert_eq(jint(o, "unchanged"), 1);
	json_object_put(o);
	http_response_release(&resp);
	strbuf_release(&body);
	strbuf_release(&len);
	strbuf_release(&auth);
	strbuf_release(&gen);
	free(qom);
	rt_close(&t);
}

Test(router, a_read_only_site_refuses_uploads)
{
	struct rt t;
	struct http_response resp;
	struct json_object *o;
	struct http_kv h[] = { { "Content-Type", "application/json" }, { "Content-Length", "2" } };

	rt_open(&t, 1);
	o = rt_get(&t, "POST", "/abi/api/v1/records", h, 2, "{}", 2, &resp);
	cr_assert_eq(resp.status, 405);
	cr_assert(strstr(json_object_get_string(json_object_object_get(o, "error")), "read-only"));
	json_object_put(o);
	http_response_release(&resp);
	rt_close(&t);
}

/* A handler called directly, as the router would: the list of machine types is the catalog's. */
Test(router, a_handler_called_directly)
{
	struct rt t;
	struct http_request req;
	struct http_response resp;
	struct route_ctx c;
	struct error err = ERROR_INIT;
	struct json_object *o;
	struct machine_row *v;
	size_t n, i;

	rt_open(&t, 1);
	c.site = t.site;
	c.cfg = site_cfg(t.site);
	c.st = site_reader(t.site, &err);
	cr_assert(c.st, "%s", err.msg);
	http_request_init(&req, "GET");
	http_response_init(&resp);
	api_machines(&c, &req, &resp);
	cr_assert_eq(resp.status, 200);
	o = json_tokener_parse(resp.body.buf);
	cr_assert_eq(catalog_machines(c.st, &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq((size_t)json_object_array_length(o), n);
	for (i = 0; i < n; i++)
		cr_assert_str_eq(json_object_get_string(json_object_object_get(json_object_array_get_idx(o, i), "name")),
				 v[i].name);
	machine_rows_free(v, n);
	json_object_put(o);
	http_response_release(&resp);
	http_request_release(&req);
	site_reader_put(t.site, c.st);
	rt_close(&t);
}
