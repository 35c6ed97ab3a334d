/*
 * diff_growth.c: how the cost of a diff grows (issue 3, "Speed").
 *
 *   diff_growth DB [SECTION]
 *
 * DB must be a scratch copy of an imported database: synthetic records are
 * added to it.  Prints human-readable tables; lines starting with "@" are
 * figures for bench/run.sh's summary.
 *
 * 1. Real diffs: the golden pair (pc-i440fx-5.0, 5.0.0 -> 5.2.0) and every
 *    machine type between consecutive releases, in the guest view (the CLI's
 *    default) and in all views.
 * 2. Synthetic records at 1x, 10x and 100x the size of the largest real
 *    record R.  Copy c > 0 of R's groups is filed under the key "<key>#copy<c>"
 *    (interned in `path`); a "changed" group is a new group with the same
 *    paths and every value altered ("<value>~").  Per scale:
 *      base      R's groups, k times;
 *      identical another record with exactly base's groups;
 *      one group base with one group (the largest of SECTION, copy 0) changed;
 *      section   base with every group of SECTION (all copies) changed;
 *      all       base with every group changed: the two share no group.
 *    Digests come from store_record_update(), as for imported records.
 *    Each diff is base against the variant, all views, timed in-process
 *    (diff_records() + diff_release()), median of several runs after one
 *    warm-up run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "diff.h"
#include "error.h"
#include "sha256.h"
#include "store.h"
#include "store-internal.h"
#include "util.h"

#define BENCH_PROG "diff_growth"
#include "bench-store.h"

#define NSCALES 3
static const int scales[NSCALES] = { 1, 10, 100 };

enum mode { M_IDENT, M_GROUP, M_SECTION, M_ALL, NMODES };
static const char *const mode_names[NMODES] = { "identical", "one group", "one section", "all (no shared group)" };

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return a < b ? -1 : a > b;
}

struct timing {
	double ms;		/* median */
	size_t entries, groups;
	int runs;
};

/* Median time of diff(a, b): one warm-up, then 3..max_runs runs within ~budget ms. */
static struct timing time_diff(struct store *st, long long a, long long b, unsigned views, int max_runs,
			       double budget)
{
	struct diff_opts o;
	struct timing t = { 0, 0, 0, 0 };
	double v[64], start = now_ms();
	struct error err;
	int n = 0;

	memset(&o, 0, sizeof(o));
	o.views = views;
	if (max_runs > 64)
		max_runs = 64;
	for (int i = -1; i < max_runs; i++) {
		struct diff d;
		double t0 = now_ms();

		if (diff_records(st, a, b, &o, &d, &err))
			die(&err);
		if (i < 0) {
			t.entries = d.nr;
			t.groups = d.groups_compared;
		}
		diff_release(&d);
		if (i >= 0)
			v[n++] = now_ms() - t0;
		if (n >= 3 && now_ms() - start > budget)
			break;
	}
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	t.ms = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	t.runs = n;
	return t;
}

static void exec_or_die(struct store *st, const char *sql)
{
	struct error err;

	if (store_exec(st, sql, &err))
		die(&err);
}

/* ---- real diffs ---- */

static void real_diffs(struct store *st)
{
	struct record_row *recs, ga, gb;
	struct error err;
	size_t n, i, npairs = 0;
	double *g = NULL, *a = NULL, maxg = 0, maxa = 0;
	size_t worst = 0, worst_entries = 0;

	printf("Real records (in-process diff_records(), median of runs after a warm-up)\n");
	if (!catalog_find_record(st, "5.0.0", "pc-i440fx-5.0", &ga, &err) &&
	    !catalog_find_record(st, "5.2.0", "pc-i440fx-5.0", &gb, &err)) {
		struct timing tg = time_diff(st, ga.id, gb.id, VIEW_GUEST, 21, 500);
		struct timing ta = time_diff(st, ga.id, gb.id, VIEW_ALL, 21, 500);

		printf("  %-44s %8.3f ms  (%zu entries, %zu groups compared)\n",
		       "pc-i440fx-5.0 5.0.0 -> 5.2.0, guest view", tg.ms, tg.entries, tg.groups);
		printf("  %-44s %8.3f ms  (%zu entries, %zu groups compared)\n",
		       "pc-i440fx-5.0 5.0.0 -> 5.2.0, all views", ta.ms, ta.entries, ta.groups);
		printf("@golden_guest_ms %.3f\n@golden_all_ms %.3f\n", tg.ms, ta.ms);
		record_row_release(&ga);
		record_row_release(&gb);
	} else {
		printf("  (pc-i440fx-5.0 on 5.0.0 and 5.2.0 not in this data)\n");
	}

	if (catalog_records(st, &recs, &n, &err))
		die(&err);
	g = xcalloc(n + 1, sizeof(*g));
	a = xcalloc(n + 1, sizeof(*a));
	for (i = 1; i < n; i++) {
		struct timing tg, ta;

		if (recs[i].machine_id != recs[i - 1].machine_id)
			continue;
		tg = time_diff(st, recs[i - 1].id, recs[i].id, VIEW_GUEST, 3, 0);
		ta = time_diff(st, recs[i - 1].id, recs[i].id, VIEW_ALL, 3, 0);
		g[npairs] = tg.ms;
		a[npairs] = ta.ms;
		if (tg.ms > maxg)
			maxg = tg.ms;
		if (ta.ms > maxa) {
			maxa = ta.ms;
			worst = i;
			worst_entries = ta.entries;
		}
		npairs++;
	}
	if (npairs) {
		qsort(g, npairs, sizeof(*g), cmp_double);
		qsort(a, npairs, sizeof(*a), cmp_double);
		printf("  %zu pairs (each machine type, consecutive releases):\n", npairs);
		printf("    guest view: median %.3f ms, max %.3f ms\n", g[npairs / 2], maxg);
		printf("    all views:  median %.3f ms, max %.3f ms (%s %s -> %s, %zu entries)\n", a[npairs / 2], maxa,
		       recs[worst].machine, recs[worst - 1].release, recs[worst].release, worst_entries);
		printf("@pairs %zu\n@pairs_guest_median_ms %.3f\n@pairs_guest_max_ms %.3f\n"
		       "@pairs_all_median_ms %.3f\n@pairs_all_max_ms %.3f\n",
		       npairs, g[npairs / 2], maxg, a[npairs / 2], maxa);
	}
	free(g);
	free(a);
	record_rows_free(recs, n);
}

/* ---- synthetic records ---- */

static long long new_record(struct store *st, long long rel, const char *name)
{
	struct machine_ident m = { name, "x86_64", NULL, 0, 0 };
	struct error err;
	long long mid, rid;

	if (store_machine_id(st, "x86_64", name, 1, &mid, &err) ||
	    store_record_id(st, rel, mid, &m, 1, &rid, &err))
		die(&err);
	return rid;
}

/* Changed twins of every group of record r, in temp.bench_map(orig, chg). */
static void make_changed_groups(struct store *st, long long r)
{
	sqlite3_stmt *s, *ins, *facts, *map;
	struct { long long id; char digest[65]; long long n; } *v = NULL;
	size_t nv = 0, alloc = 0, i;

	exec_or_die(st, "CREATE TEMP TABLE bench_map (orig INTEGER PRIMARY KEY, chg INTEGER NOT NULL)");
	s = stmt(st, "INSERT OR IGNORE INTO value (text) SELECT DISTINCT v.text || '~' FROM record_grp rg "
		 "JOIN grp_fact gf ON gf.grp_id = rg.grp_id JOIN value v ON v.id = gf.value_id WHERE rg.record_id = ?");
	sqlite3_bind_int64(s, 1, r);
	step_done(st, s);
	s = stmt(st, "SELECT DISTINCT g.id, g.digest, g.nfacts FROM record_grp rg JOIN grp g ON g.id = rg.grp_id "
		 "WHERE rg.record_id = ?");
	sqlite3_bind_int64(s, 1, r);
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (nv == alloc) {
			alloc = alloc ? 2 * alloc : 256;
			v = xrealloc(v, alloc * sizeof(*v));
		}
		v[nv].id = sqlite3_column_int64(s, 0);
		snprintf(v[nv].digest, sizeof(v[nv].digest), "%s", (const char *)sqlite3_column_text(s, 1));
		v[nv++].n = sqlite3_column_int64(s, 2);
	}
	sqlite3_reset(s);
	ins = stmt(st, "INSERT INTO grp (digest, nfacts) VALUES (?, ?)");
	facts = stmt(st, "INSERT INTO grp_fact (grp_id, path_id, value_id) SELECT ?1, gf.path_id, v2.id "
		     "FROM grp_fact gf JOIN value v ON v.id = gf.value_id JOIN value v2 ON v2.text = v.text || '~' "
		     "WHERE gf.grp_id = ?2");
	map = stmt(st, "INSERT INTO temp.bench_map (orig, chg) VALUES (?, ?)");
	for (i = 0; i < nv; i++) {
		char *seed = xstrfmt("abidb-bench-changed:%s", v[i].digest), hex[65];
		long long chg;

		sha256_hex(seed, strlen(seed), hex);
		free(seed);
		sqlite3_bind_text(ins, 1, hex, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(ins, 2, v[i].n);
		step_done(st, ins);
		chg = sqlite3_last_insert_rowid(store_db(st));
		sqlite3_bind_int64(facts, 1, chg);
		sqlite3_bind_int64(facts, 2, v[i].id);
		step_done(st, facts);
		sqlite3_bind_int64(map, 1, v[i].id);
		sqlite3_bind_int64(map, 2, chg);
		step_done(st, map);
	}
	free(v);
}

/* A synthetic record: r's groups `copies` times, changed as `mode` says. */
static long long build(struct store *st, long long rel, long long r, int copies, enum mode mode, int section,
		       long long gkey, const char *name)
{
	long long id = new_record(st, rel, name);
	sqlite3_stmt *s = stmt(st,
		"INSERT INTO record_grp (record_id, section_id, key_id, grp_id) "
		"SELECT ?1, rg.section_id, "
		"  CASE WHEN ?2 = 0 THEN rg.key_id ELSE (SELECT id FROM path WHERE text = p.text || '#copy' || ?2) END, "
		"  CASE WHEN ?3 = 3 OR (?3 = 2 AND rg.section_id = ?4) OR (?3 = 1 AND ?2 = 0 AND rg.section_id = ?4 "
		"    AND rg.key_id = ?5) THEN (SELECT chg FROM temp.bench_map WHERE orig = rg.grp_id) ELSE rg.grp_id END "
		"FROM record_grp rg JOIN path p ON p.id = rg.key_id WHERE rg.record_id = ?6");
	struct error err;

	for (int c = 0; c < copies; c++) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, c);
		sqlite3_bind_int(s, 3, (int)mode);
		sqlite3_bind_int(s, 4, section);
		sqlite3_bind_int64(s, 5, gkey);
		sqlite3_bind_int64(s, 6, r);
		step_done(st, s);
	}
	/* the same dump kinds as r: a section is compared only where both records recorded it */
	s = stmt(st, "INSERT INTO dump (record_id, kind, blob_id, input_sha256, source, imported_at, imported_by, "
		 "collector, decoder_version) SELECT ?1, kind, blob_id, input_sha256, source, imported_at, "
		 "'bench', collector, decoder_version FROM dump WHERE record_id = ?2");
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, r);
	step_done(st, s);
	if (store_record_update(st, id, &err))
		die(&err);
	return id;
}

static void synthetic(struct store *st, const char *secname)
{
	const struct section_info *sec = store_section_by_name(st, secname, strlen(secname));
	struct release_ident ri = { "99.0.0", "bench", NULL };
	struct record_row rr;
	struct timing t[NSCALES][NMODES];
	sqlite3_stmt *s;
	struct error err;
	long long r = 0, rel, gkey = 0, ids[NSCALES][NMODES + 1], nfacts[NSCALES];
	long long sec_facts = 0, sec_groups = 0, gkey_facts = 0, r_groups = 0;
	double t0;
	int k, m;

	if (!sec) {
		fprintf(stderr, "diff_growth: no section '%s'\n", secname);
		exit(2);
	}
	s = stmt(st, "SELECT id FROM record ORDER BY nfacts DESC, id LIMIT 1");
	if (sqlite3_step(s) == SQLITE_ROW)
		r = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (!r) {
		fprintf(stderr, "diff_growth: no records\n");
		exit(1);
	}
	if (catalog_record_by_id(st, r, &rr, &err))
		die(&err);
	s = stmt(st, "SELECT count(*), (SELECT count(*) FROM record_grp WHERE record_id = ?1) FROM record_grp "
		 "WHERE record_id = ?1");
	sqlite3_bind_int64(s, 1, r);
	if (sqlite3_step(s) == SQLITE_ROW)
		r_groups = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	s = stmt(st, "SELECT rg.key_id, g.nfacts, (SELECT count(*) FROM record_grp WHERE record_id = ?1 AND "
		 "section_id = ?2), (SELECT sum(g2.nfacts) FROM record_grp r2 JOIN grp g2 ON g2.id = r2.grp_id "
		 "WHERE r2.record_id = ?1 AND r2.section_id = ?2) FROM record_grp rg JOIN grp g ON g.id = rg.grp_id "
		 "WHERE rg.record_id = ?1 AND rg.section_id = ?2 ORDER BY g.nfacts DESC, rg.key_id LIMIT 1");
	sqlite3_bind_int64(s, 1, r);
	sqlite3_bind_int(s, 2, sec->id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		gkey = sqlite3_column_int64(s, 0);
		gkey_facts = sqlite3_column_int64(s, 1);
		sec_groups = sqlite3_column_int64(s, 2);
		sec_facts = sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (!gkey) {
		fprintf(stderr, "diff_growth: record %lld has no '%s' section\n", r, secname);
		exit(1);
	}

	printf("\nSynthetic records (issue 3: diff cost must grow with what differs)\n");
	printf("  R = %s %s (record %lld): %lld facts in %lld groups; section '%s': %lld facts in %lld groups;\n"
	       "  the changed group: %lld facts.  Scale k: R's groups k times under new keys.\n",
	       rr.machine, rr.release, r, rr.nfacts, r_groups, secname, sec_facts, sec_groups, gkey_facts);
	record_row_release(&rr);

	t0 = now_ms();
	if (store_begin(st, &err))
		die(&err);
	if (store_release_id(st, &ri, 1, &rel, &err))
		die(&err);
	make_changed_groups(st, r);
	s = stmt(st, "INSERT OR IGNORE INTO path (text) SELECT p.text || '#copy' || ?2 FROM record_grp rg "
		 "JOIN path p ON p.id = rg.key_id WHERE rg.record_id = ?1");
	for (int c = 1; c < scales[NSCALES - 1]; c++) {
		sqlite3_bind_int64(s, 1, r);
		sqlite3_bind_int(s, 2, c);
		step_done(st, s);
	}
	for (k = 0; k < NSCALES; k++) {
		char name[64];

		snprintf(name, sizeof(name), "bench-base-x%d", scales[k]);
		ids[k][0] = build(st, rel, r, scales[k], M_IDENT, sec->id, gkey, name);
		for (m = 0; m < NMODES; m++) {
			snprintf(name, sizeof(name), "bench-v%d-x%d", m, scales[k]);
			ids[k][m + 1] = build(st, rel, r, scales[k], (enum mode)m, sec->id, gkey, name);
		}
	}
	if (store_commit(st, &err))
		die(&err);
	exec_or_die(st, "PRAGMA wal_checkpoint(TRUNCATE)");
	printf("  (built %d synthetic records in %.0f ms)\n", NSCALES * (NMODES + 1), now_ms() - t0);

	for (k = 0; k < NSCALES; k++) {
		struct record_row x;

		if (catalog_record_by_id(st, ids[k][0], &x, &err))
			die(&err);
		nfacts[k] = x.nfacts;
		record_row_release(&x);
		for (m = 0; m < NMODES; m++)
			t[k][m] = time_diff(st, ids[k][0], ids[k][m + 1], VIEW_ALL, k == NSCALES - 1 ? 5 : 15,
					    k == NSCALES - 1 ? 4000 : 1500);
	}

	printf("\n  %-22s", "diff (all views)");
	for (k = 0; k < NSCALES; k++)
		printf(" %9dx ms", scales[k]);
	printf("  %8s %8s  %12s  entries at 1x/10x/100x, groups compared at 100x\n", "10x/1x", "100x/1x",
	       "100x/ident1x");
	for (m = 0; m < NMODES; m++) {
		printf("  %-22s", mode_names[m]);
		for (k = 0; k < NSCALES; k++)
			printf(" %12.3f", t[k][m].ms);
		printf("  %8.2f %8.2f  %12.1f  %zu/%zu/%zu, %zu\n", t[1][m].ms / t[0][m].ms, t[2][m].ms / t[0][m].ms,
		       t[2][m].ms / t[0][M_IDENT].ms, t[0][m].entries, t[1][m].entries, t[2][m].entries,
		       t[2][m].groups);
	}
	printf("  %-22s", "record size (facts)");
	for (k = 0; k < NSCALES; k++)
		printf(" %12lld", nfacts[k]);
	printf("\n  (ratios: time at 10x or 100x over time at 1x; last: over the identical diff at 1x)\n");
	for (m = 0; m < NMODES; m++)
		for (k = 0; k < NSCALES; k++)
			printf("@growth %d %d %.4f %zu\n", m, scales[k], t[k][m].ms, t[k][m].entries);
	printf("@section %s\n", secname);
}

int main(int argc, char **argv)
{
	struct store *st;
	struct error err;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: diff_growth DB [SECTION]\n");
		return 2;
	}
	if (store_open(&st, argv[1], 0, &err))
		die(&err);
	real_diffs(st);
	synthetic(st, argc > 2 ? argv[2] : "acpi");
	store_close(st);
	return 0;
}
