/* upload.c: POST /api/v1/records: store an uploaded dump through the one writer, answer with the check verdict. */
#include <ctype.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "http.h"
#include "import.h"
#include "report.h"
#include "util.h"

/*
 * With several records, import_records commits each one alone: decode them
 * all first, and look for conflicts, so a bad record rejects the whole
 * upload before anything is written.  Runs under the writer lock.
 */
static int prevalidate(struct store *st, struct input_set *in, int replace, struct error *err)
{
	size_t i, j;

	for (i = 0; i < in->nr; i++) {
		struct record_input *r = &in->v[i];
		struct release_ident rel = { r->release, r->stream, r->package };
		struct error none = ERROR_INIT;
		long long rid = 0, mid = 0, id = 0;

		if (!replace && !store_release_id(st, &rel, 0, &rid, &none) &&
		    !store_machine_id(st, r->arch, r->machine, 0, &mid, &none))
			store_record_id(st, rid, mid, NULL, 0, &id, &none);
		for (j = 0; j < r->ndumps; j++) {
			struct facts f;
			char sha[65];
			int rc;

			if (id) {
				if (store_dump_sha(st, id, r->dumps[j].kind, sha, err))
					return -1;
				if (!strcmp(sha, r->dumps[j].input_sha256))
					continue;
				if (*sha)
					return error_set(err, ERR_INPUT, "record %s %s already has a different %s dump: "
							 "add ?replace=1 to replace it", r->release, r->machine,
							 r->dumps[j].kind);
			}
			facts_init(&f);
			rc = decode_dump(&r->dumps[j], r->machine, &f, err);
			facts_release(&f);
			if (rc)
				return error_prefix(err, "record %s %s", r->release, r->machine);
		}
	}
	return 0;
}

static void no_record_error(void *data, const struct error *err)
{
	(void)data;
	(void)err;
}

void upload_records(struct route_ctx *c, const struct http_request *req, struct http_response *resp)
{
	struct import_opts o;
	struct input_set in = { 0 };
	struct import_result res = { 0 };
	struct check_opts co;
	struct check_report rep;
	long long gen;
	struct error err = ERROR_INIT;
	struct json_object *out, *ids;
	struct store *w;
	struct waiver *waivers = NULL;
	struct note *notes = NULL;
	size_t nwaivers = 0, nnotes = 0;
	const char *rp = http_arg(req, "replace");
	size_t i;
	int status;

	memset(&o, 0, sizeof(o));
	memset(&co, 0, sizeof(co));
	memset(&rep, 0, sizeof(rep));
	o.release = http_arg(req, "release");
	o.stream = http_arg(req, "stream");
	o.machine = http_arg(req, "machine");
	o.arch = http_arg(req, "arch");
	o.replace = rp && (!strcmp(rp, "1") || !strcmp(rp, "true"));
	o.imported_by = req->token_name;
	/* bounded in bytes here and in JSON values by json_parse(): memory follows (docs/api.md "Limits") */
	o.max_bytes = SERVER_MAX_INFLATED;
	o.record_error = no_record_error;

	/* 400: the bytes are not an input abidb reads */
	if (input_read_buffer("upload", req->body ? req->body : "", req->body_len, &o, &in, &err)) {
		http_error(resp, err.code == ERR_TOO_LARGE ? 413 : err.code == ERR_INPUT || err.code == ERR_IO ? 400 : 500,
			   "%s", err.msg);
		goto out;
	}
	if (!in.nr) {
		http_error(resp, 422, "the upload holds no record");
		goto out;
	}
	/* 422: well-formed, but not a record abidb can store */
	for (i = 0; i < in.nr; i++)
		/* query parameters override the input; defaults as for files */
		if (input_resolve_identity(&in.v[i], &o, &err)) {
			http_error(resp, 422, "%s", err.msg);
			goto out;
		}

	w = site_writer_lock(c->site);
	if (!w) {
		http_error(resp, 405, "this server is read-only");
		goto out;
	}
	if (in.nr > 1 && prevalidate(w, &in, o.replace, &err)) {
		site_writer_unlock(c->site);
		http_error(resp, err.code == ERR_INPUT ? 422 : 500, "%s", err.msg);
		goto out;
	}
	if (import_records(w, &in, &o, &res, &err)) {
		site_writer_unlock(c->site);
		http_error(resp, err.code == ERR_INPUT ? 422 : 500, "%s", err.msg);
		goto out;
	}
	site_writer_unlock(c->site);

	/* the verdict, read like any other query: the records are committed */
	if (waivers_load_db(c->st, &waivers, &nwaivers, &err) || notes_load_db(c->st, &notes, &nnotes, &err)) {
		http_error(resp, 500, "records stored, but the check failed: %s", err.msg);
		goto out;
	}
	co.diff.waivers = waivers;
	co.diff.nwaivers = nwaivers;
	co.diff.notes = notes;
	co.diff.nnotes = nnotes;
	if (check_records(c->st, res.record_ids, res.nids, &co, &rep, &err)) {
		http_error(resp, 500, "records stored, but the check failed: %s", err.msg);
		goto out;
	}
	status = res.added || res.updated ? 201 : 200;
	out = json_object_new_object();
	ids = json_object_new_array();
	for (i = 0; i < res.nids; i++)
		json_object_array_add(ids, json_object_new_int64(res.record_ids[i]));
	json_object_object_add(out, "ok", json_object_new_boolean(1));
	json_object_object_add(out, "status", json_object_new_int(status));
	json_object_object_add(out, "records", ids);
	json_object_object_add(out, "added", json_object_new_int64((int64_t)res.added));
	json_object_object_add(out, "updated", json_object_new_int64((int64_t)res.updated));
	json_object_object_add(out, "unchanged", json_object_new_int64((int64_t)res.unchanged));
	/* read your write: send it back as X-Abidb-Generation and GET answers are at least this new */
	if (!store_generation(c->st, &gen, &err))
		json_object_object_add(out, "generation", json_object_new_int64(gen));
	json_object_object_add(out, "verdict", json_object_new_string(rep.failed ? "fail" : "pass"));
	json_object_object_add(out, "check", check_json(&rep));
	http_json(resp, status, out);
	resp->cache_control = "no-store";
	check_report_release(&rep);
out:
	if (waivers)
		waivers_free(waivers, nwaivers);
	if (notes)
		notes_free(notes, nnotes);
	import_result_release(&res);
	input_set_release(&in);
}
