/* test-import.c: the record store on real data: atomicity under a kill, idempotence, reindex, dump format v1. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalog.h"
#include "facts.h"
#include "import.h"
#include "store.h"
#include "store-internal.h"
#include "util.h"

static char imp_t_db[256];

static const char *imp_t_path(void)
{
	int fd;

	snprintf(imp_t_db, sizeof(imp_t_db), "/tmp/abidb-test-import-XXXXXX");
	fd = mkstemp(imp_t_db);
	cr_assert(fd >= 0);
	close(fd);
	unlink(imp_t_db);
	return imp_t_db;
}

static void imp_t_cleanup(void)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(suffix); i++) {
		char *p = xstrfmt("%s%s", imp_t_db, suffix[i]);

		unlink(p);
		free(p);
	}
}

/* Import a path under tests/data; returns import_records' result. */
static int imp_t_import(struct store *st, const char *rel, struct import_result *res, struct error *err)
{
	struct input_set in = { 0 };
	struct import_opts o = { 0 };
	char *p = xstrfmt("%s/%s", getenv("ABIDB_TESTDATA"), rel);
	int rc;

	o.imported_by = "test";
	rc = input_read_path(p, &o, &in, err);
	if (!rc)
		rc = import_records(st, &in, &o, res, err);
	input_set_release(&in);
	free(p);
	return rc;
}

static long long imp_t_count(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	long long n = -1;

	cr_assert_eq(sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

Test(import, killed_mid_record_leaves_nothing)
{
	const char *db = imp_t_path();
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result res = { 0 };
	pid_t pid;
	int status;
	sqlite3_stmt *s;

	/* a child dies by SIGKILL inside the record's transaction, after its first dump */
	pid = fork();
	cr_assert(pid >= 0);
	if (!pid) {
		setenv("ABIDB_CRASH_AT", "mid-record", 1);
		if (store_open(&st, db, 0, &err))
			_exit(2);
		imp_t_import(st, "qemu-7.2.22/pc-q35-4.0", &res, &err);
		_exit(3);	/* not reached: the hook kills the process */
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child was not killed mid-record");

	cr_assert_eq(store_open(&st, db, 0, &err), 0, "%s", err.msg);
	cr_assert_eq(sqlite3_prepare_v2(store_db(st), "PRAGMA integrity_check", -1, &s, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(s), SQLITE_ROW);
	cr_assert_str_eq((const char *)sqlite3_column_text(s, 0), "ok");
	sqlite3_finalize(s);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM record"), 0);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM dump"), 0);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM record_grp"), 0);

	/* and the same import then succeeds */
	cr_assert_eq(imp_t_import(st, "qemu-7.2.22/pc-q35-4.0", &res, &err), 0, "%s", err.msg);
	cr_assert_eq(res.added, 1);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM dump"), 5);
	import_result_release(&res);
	store_close(st);
	imp_t_cleanup();
}

Test(import, twice_changes_nothing)
{
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result a = { 0 }, b = { 0 };
	long long rows;

	cr_assert_eq(store_open(&st, imp_t_path(), 0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_import(st, "qemu-5.2.0", &a, &err), 0, "%s", err.msg);
	cr_assert_eq(a.added, 2);
	cr_assert_gt(a.facts, 40000);
	rows = imp_t_count(st, "SELECT (SELECT count(*) FROM grp_fact) + (SELECT count(*) FROM record_grp) "
			   "+ (SELECT count(*) FROM blob) + (SELECT count(*) FROM dump)");
	cr_assert_eq(imp_t_import(st, "qemu-5.2.0", &b, &err), 0, "%s", err.msg);
	cr_assert_eq(b.unchanged, 2);
	cr_assert_eq(b.added + b.updated, 0);
	cr_assert_eq(b.facts, 0, "known inputs must not be decoded again");
	cr_assert_eq(imp_t_count(st, "SELECT (SELECT count(*) FROM grp_fact) + (SELECT count(*) FROM record_grp) "
				 "+ (SELECT count(*) FROM blob) + (SELECT count(*) FROM dump)"), rows);
	import_result_release(&a);
	import_result_release(&b);
	store_close(st);
	imp_t_cleanup();
}

Test(import, shared_content_is_stored_once)
{
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result res = { 0 };

	cr_assert_eq(store_open(&st, imp_t_path(), 0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_import(st, "qemu-7.2.22", &res, &err), 0, "%s", err.msg);
	cr_assert_eq(res.added, 8);
	/* -dump-vmstate describes the binary: one body, one set of groups, for 8 machine types */
	cr_assert_eq(imp_t_count(st, "SELECT count(DISTINCT blob_id) FROM dump WHERE kind = 'vmstate'"), 1);
	cr_assert_eq(imp_t_count(st, "SELECT count(DISTINCT grp_id) FROM record_grp WHERE section_id = "
				 "(SELECT id FROM section WHERE name = 'vmstate')"),
		     imp_t_count(st, "SELECT count(*) FROM record_grp WHERE record_id = 1 AND section_id = "
				 "(SELECT id FROM section WHERE name = 'vmstate')"));
	/* far fewer stored fact rows than facts */
	cr_assert_lt(imp_t_count(st, "SELECT count(*) FROM grp_fact") * 4, (long long)res.facts);
	import_result_release(&res);
	store_close(st);
	imp_t_cleanup();
}

Test(import, reindex_rebuilds_the_same_facts)
{
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result res = { 0 };
	struct record_row *before, *after;
	size_t nb, na, i, records, facts;

	cr_assert_eq(store_open(&st, imp_t_path(), 0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_import(st, "qemu-8.2.2", &res, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_records(st, &before, &nb, &err), 0, "%s", err.msg);
	/* forget every fact; keep only the raw inputs */
	cr_assert_eq(store_exec(st, "DELETE FROM record_grp; DELETE FROM record_section; UPDATE record SET digest = ''",
				&err), 0, "%s", err.msg);
	cr_assert_eq(reindex_all(st, &records, &facts, &err), 0, "%s", err.msg);
	cr_assert_eq(records, 3);
	cr_assert_eq(facts, res.facts);
	cr_assert_eq(catalog_records(st, &after, &na, &err), 0, "%s", err.msg);
	cr_assert_eq(na, nb);
	for (i = 0; i < na; i++) {
		cr_assert_str_eq(after[i].digest, before[i].digest, "record %s changed on reindex", after[i].machine);
		cr_assert_eq(after[i].nfacts, before[i].nfacts);
	}
	record_rows_free(before, nb);
	record_rows_free(after, na);
	import_result_release(&res);
	store_close(st);
	imp_t_cleanup();
}

Test(import, own_format_gives_the_same_record)
{
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result a = { 0 }, b = { 0 };
	struct input_set in = { 0 };
	struct import_opts o = { 0 };
	struct record_row r;
	char digest[65];
	char *v1 = xstrfmt("%s/../golden/inputs/pc-q35-5.0-8.2.2.abidb.json.gz", getenv("ABIDB_TESTDATA"));

	cr_assert_eq(store_open(&st, imp_t_path(), 0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_import(st, "qemu-8.2.2/pc-q35-5.0", &a, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_find_record(st, "8.2.2", "pc-q35-5.0", &r, &err), 0, "%s", err.msg);
	snprintf(digest, sizeof(digest), "%s", r.digest);
	record_row_release(&r);
	/* the same observations in abidb-dump v1: other bytes, the same facts */
	o.imported_by = "test";
	cr_assert_eq(input_read_path(v1, &o, &in, &err), 0, "%s", err.msg);
	cr_assert_eq(in.nr, 1);
	cr_assert_str_eq(in.v[0].release, "8.2.2");
	cr_assert_str_eq(in.v[0].machine, "pc-q35-5.0");
	cr_assert_eq(import_records(st, &in, &o, &b, &err), 0, "%s", err.msg);
	cr_assert_eq(b.unchanged, 1);
	cr_assert_eq(catalog_find_record(st, "8.2.2", "pc-q35-5.0", &r, &err), 0, "%s", err.msg);
	cr_assert_str_eq(r.digest, digest);
	record_row_release(&r);
	input_set_release(&in);
	import_result_release(&a);
	import_result_release(&b);
	free(v1);
	store_close(st);
	imp_t_cleanup();
}

Test(import, other_facts_need_replace)
{
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result res = { 0 };
	struct input_set in = { 0 };
	struct import_opts o = { 0 };
	char *qom = xstrfmt("%s/qemu-7.2.22/pc-q35-2.11/qom.json", getenv("ABIDB_TESTDATA"));
	long long dumps;

	cr_assert_eq(store_open(&st, imp_t_path(), 0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_import(st, "qemu-7.2.22/pc-q35-2.12", &res, &err), 0, "%s", err.msg);
	dumps = imp_t_count(st, "SELECT count(*) FROM dump");
	/* 2.11's QOM walk offered as 2.12's: different facts, refused, nothing stored */
	o.release = "7.2.22";
	o.stream = "debian";
	o.machine = "pc-q35-2.12";
	cr_assert_eq(input_read_path(qom, &o, &in, &err), 0, "%s", err.msg);
	cr_assert_neq(import_records(st, &in, &o, &res, &err), 0);
	cr_assert(strstr(err.msg, "--replace"), "%s", err.msg);
	cr_assert(strstr(err.msg, "qom.json"), "%s", err.msg);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM dump"), dumps);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM dump WHERE source LIKE '%2.11%'"), 0);
	/* with --replace it goes in */
	o.replace = 1;
	error_clear(&err);
	{
		int rc = import_records(st, &in, &o, &res, &err);

		cr_assert_eq(rc, 0, "replace failed: [%s]", err.msg);
	}
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM dump WHERE source LIKE '%2.11%'"), 1);
	input_set_release(&in);
	import_result_release(&res);
	free(qom);
	store_close(st);
	imp_t_cleanup();
}

Test(import, schema_steps_migrate_an_older_database)
{
	const char *db = imp_t_path();
	struct store *st;
	struct error err = ERROR_INIT;
	sqlite3 *raw;
	long long gen;

	/* a database as step 1 of schema.sql left it (before the generation counter) */
	cr_assert_eq(store_open(&st, db, 0, &err), 0, "%s", err.msg);
	store_close(st);
	cr_assert_eq(sqlite3_open(db, &raw), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(raw, "DROP TABLE meta; "
				  "DROP TRIGGER record_ins; DROP TRIGGER record_upd; DROP TRIGGER record_del; "
				  "DROP TRIGGER waiver_ins; DROP TRIGGER waiver_upd; DROP TRIGGER waiver_del; "
				  "DROP TRIGGER note_ins; DROP TRIGGER note_upd; DROP TRIGGER note_del; "
				  "DELETE FROM section WHERE name = 'dtb'; "
				  "PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(raw);

	/* read-only opening refuses to run old code against it, and says what to do */
	cr_assert_neq(store_open(&st, db, STORE_READONLY, &err), 0);
	cr_assert(strstr(err.msg, "read-write"), "%s", err.msg);

	/* read-write opening applies steps 2 and 3 (the dtb kind and section) */
	cr_assert_eq(store_open(&st, db, 0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_count(st, "PRAGMA user_version"), 3);
	cr_assert_eq(imp_t_count(st, "SELECT count(*) FROM section WHERE name = 'dtb' AND kind = 'dtb'"), 1);
	cr_assert_eq(store_generation(st, &gen, &err), 0, "%s", err.msg);
	cr_assert_eq(gen, 0);
	store_close(st);
	imp_t_cleanup();
}

Test(import, generation_moves_with_records)
{
	struct store *st;
	struct error err = ERROR_INIT;
	struct import_result res = { 0 };
	long long g0, g1, g2;

	cr_assert_eq(store_open(&st, imp_t_path(), 0, &err), 0, "%s", err.msg);
	cr_assert_eq(store_generation(st, &g0, &err), 0, "%s", err.msg);
	cr_assert_eq(imp_t_import(st, "qemu-7.2.22/pc-q35-4.0", &res, &err), 0, "%s", err.msg);
	cr_assert_eq(store_generation(st, &g1, &err), 0, "%s", err.msg);
	cr_assert_gt(g1, g0);
	/* nothing new: the generation stays, so cached answers stay valid */
	cr_assert_eq(imp_t_import(st, "qemu-7.2.22/pc-q35-4.0", &res, &err), 0, "%s", err.msg);
	cr_assert_eq(store_generation(st, &g2, &err), 0, "%s", err.msg);
	cr_assert_eq(g2, g1);
	import_result_release(&res);
	store_close(st);
	imp_t_cleanup();
}

Test(import, repeated_paths_are_numbered_not_merged)
{
	struct facts f = FACTS_INIT;

	/* three values for one path, and one exact repeat */
	facts_add(&f, "qom/x", "p", "a");
	facts_add(&f, "qom/x", "p", "b");
	facts_add(&f, "qom/x", "p", "c");
	facts_add(&f, "qom/x", "p", "c");
	facts_add(&f, "qom/x", "q", "z");
	facts_sort(&f);
	cr_assert_eq(f.nr, 4);
	cr_assert_str_eq(f.v[0].path, "qom/x/p");
	cr_assert_str_eq(f.v[0].value, "a");
	cr_assert_str_eq(f.v[1].path, "qom/x/p#2");
	cr_assert_str_eq(f.v[1].value, "b");
	cr_assert_str_eq(f.v[2].path, "qom/x/p#3");
	cr_assert_str_eq(f.v[2].value, "c");
	cr_assert_str_eq(f.v[3].path, "qom/x/q");
	facts_release(&f);
}
