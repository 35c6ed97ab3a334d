/*
 * scale.c: a database about 100 times the real one, synthetic from it (issue 12, "Scale").
 *
 *   scale DB STEPS FRACTION SEED [replay|random]
 *
 * DB must be a scratch copy of an imported database.  After each real release
 * R (version X.Y.Z, stream S) come STEPS synthetic point releases X.Y.Z+1 ...
 * X.Y.Z+STEPS of stream S, each holding R's machine types, so the database
 * holds (STEPS + 1) times the real records.
 *
 * replay (the default): the point releases between R and the next real
 * release R' replay the real change of each machine type from R to R', spread
 * over them: every group slot (section, key) in which the machine type's
 * records of R and R' differ takes R''s group from a seeded step on (1 ..
 * STEPS + 1; STEPS + 1 means only R' has it), so neighbours share all but the
 * slots that flip between them, every change is a real one with its real
 * severity, and the releases after the last real one are its stable point
 * releases (no change).  FRACTION is not used.
 *
 * random: each synthetic release changes a
 * seeded random FRACTION of the distinct groups its predecessor release holds:
 * a changed group is a twin of the original with one fact's value altered
 * ("<value>~s<release id>"), and every record of the release that had the
 * original gets the twin, as a real release changes a device once for every
 * machine type that has it.  A record copies its predecessor's group list
 * (changed groups swapped), its dump rows (the same blobs: no new raw input)
 * and its alias and flags; digests come from store_record_update(), as for
 * imported records.  One transaction per release.
 *
 * Prints "@records N", "@releases N", "@groups_changed N", "@facts_changed N",
 * "@ms N" (the build), "@fraction_real P" (the share of group slots that
 * differ between consecutive real releases of a machine type, for
 * comparison) and "@neighbour M R1 R2" / "@far M R1 R2": pairs for the bench.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "sha256.h"
#include "store.h"
#include "store-internal.h"
#include "util.h"

#define BENCH_PROG "scale"
#include "bench-store.h"

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* xorshift64*: the same seed, the same database. */
static uint64_t rng_state;

static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static double rnd01(void)
{
	return (double)(rnd() >> 11) / (double)(1ULL << 53);
}

struct rec {
	long long id, machine_id;
	char *name, *arch, *alias;
	int is_default, deprecated;
};

struct real_release {
	long long id;
	char *version, *stream, *package;
	int major, minor, micro;
};

static void recs_free(struct rec *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].arch);
		free(v[i].alias);
	}
	free(v);
}

static char *col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return t ? xstrdup((const char *)t) : NULL;
}

static struct rec *release_records(struct store *st, long long rel, size_t *n)
{
	sqlite3_stmt *s = stmt(st, "SELECT r.id, r.machine_id, m.name, m.arch, r.alias, r.is_default, r.deprecated "
			       "FROM record r JOIN machine m ON m.id = r.machine_id WHERE r.release_id = ? ORDER BY r.id");
	struct rec *v = NULL;
	size_t alloc = 0;

	*n = 0;
	sqlite3_bind_int64(s, 1, rel);
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (*n == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			v = xrealloc(v, alloc * sizeof(*v));
		}
		v[*n].id = sqlite3_column_int64(s, 0);
		v[*n].machine_id = sqlite3_column_int64(s, 1);
		v[*n].name = col_dup(s, 2);
		v[*n].arch = col_dup(s, 3);
		v[*n].alias = col_dup(s, 4);
		v[*n].is_default = sqlite3_column_int(s, 5);
		v[*n].deprecated = sqlite3_column_int(s, 6);
		(*n)++;
	}
	sqlite3_reset(s);
	return v;
}

/* Twins of a FRACTION of release prev's distinct groups into temp.scale_map; how many facts they hold. */
static long long change_groups(struct store *st, long long prev, long long rel, double fraction, long long *ngroups)
{
	sqlite3_stmt *sel = stmt(st, "SELECT DISTINCT rg.grp_id, g.digest, g.nfacts FROM record r "
				 "JOIN record_grp rg ON rg.record_id = r.id JOIN grp g ON g.id = rg.grp_id "
				 "WHERE r.release_id = ? ORDER BY rg.grp_id");
	sqlite3_stmt *ins = stmt(st, "INSERT INTO grp (digest, nfacts) VALUES (?, ?)");
	sqlite3_stmt *copy = stmt(st, "INSERT INTO grp_fact (grp_id, path_id, value_id) "
				  "SELECT ?1, path_id, value_id FROM grp_fact WHERE grp_id = ?2");
	sqlite3_stmt *pick = stmt(st, "SELECT path_id, value_id FROM grp_fact WHERE grp_id = ? "
				  "ORDER BY path_id LIMIT 1 OFFSET ?");
	sqlite3_stmt *val = stmt(st, "INSERT OR IGNORE INTO value (text) SELECT text || '~s' || ?2 FROM value WHERE id = ?1");
	sqlite3_stmt *upd = stmt(st, "UPDATE grp_fact SET value_id = (SELECT id FROM value WHERE text = "
				 "(SELECT text || '~s' || ?4 FROM value WHERE id = ?3)) WHERE grp_id = ?1 AND path_id = ?2");
	sqlite3_stmt *map = stmt(st, "INSERT INTO temp.scale_map (orig, chg) VALUES (?, ?)");
	struct { long long id, n; char digest[65]; } *v = NULL;
	size_t nv = 0, alloc = 0;
	long long facts = 0;

	sqlite3_bind_int64(sel, 1, prev);
	while (sqlite3_step(sel) == SQLITE_ROW) {
		if (nv == alloc) {
			alloc = alloc ? 2 * alloc : 1024;
			v = xrealloc(v, alloc * sizeof(*v));
		}
		v[nv].id = sqlite3_column_int64(sel, 0);
		snprintf(v[nv].digest, sizeof(v[nv].digest), "%s", (const char *)sqlite3_column_text(sel, 1));
		v[nv++].n = sqlite3_column_int64(sel, 2);
	}
	sqlite3_reset(sel);
	*ngroups = 0;
	for (size_t i = 0; i < nv; i++) {
		char *seed, hex[65];
		long long chg, path_id, value_id;

		if (rnd01() >= fraction || v[i].n < 1)
			continue;
		seed = xstrfmt("abidb-bench-scale:%s:%lld", v[i].digest, rel);
		sha256_hex(seed, strlen(seed), hex);
		free(seed);
		sqlite3_bind_text(ins, 1, hex, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(ins, 2, v[i].n);
		step_done(st, ins);
		chg = sqlite3_last_insert_rowid(store_db(st));
		sqlite3_bind_int64(copy, 1, chg);
		sqlite3_bind_int64(copy, 2, v[i].id);
		step_done(st, copy);
		sqlite3_bind_int64(pick, 1, v[i].id);
		sqlite3_bind_int64(pick, 2, (long long)(rnd() % (uint64_t)v[i].n));
		if (sqlite3_step(pick) != SQLITE_ROW) {
			sqlite3_reset(pick);
			continue;
		}
		path_id = sqlite3_column_int64(pick, 0);
		value_id = sqlite3_column_int64(pick, 1);
		sqlite3_reset(pick);
		sqlite3_bind_int64(val, 1, value_id);
		sqlite3_bind_int64(val, 2, rel);
		step_done(st, val);
		sqlite3_bind_int64(upd, 1, chg);
		sqlite3_bind_int64(upd, 2, path_id);
		sqlite3_bind_int64(upd, 3, value_id);
		sqlite3_bind_int64(upd, 4, rel);
		step_done(st, upd);
		sqlite3_bind_int64(map, 1, v[i].id);
		sqlite3_bind_int64(map, 2, chg);
		step_done(st, map);
		facts += v[i].n;
		(*ngroups)++;
	}
	free(v);
	return facts;
}

/* The share of group slots that differ between consecutive real releases of each machine type. */
static double real_fraction(struct store *st)
{
	sqlite3_stmt *s = stmt(st,
		"WITH pair AS (SELECT r1.id AS a, (SELECT r2.id FROM record r2 JOIN release l2 ON l2.id = r2.release_id "
		"  WHERE r2.machine_id = r1.machine_id AND l2.id > r1.release_id ORDER BY l2.id LIMIT 1) AS b FROM record r1) "
		"SELECT count(*), sum(ga.grp_id IS NOT gb.grp_id) FROM pair p JOIN record_grp ga ON ga.record_id = p.a "
		"LEFT JOIN record_grp gb ON gb.record_id = p.b AND gb.section_id = ga.section_id AND gb.key_id = ga.key_id "
		"WHERE p.b IS NOT NULL");
	double f = 0;

	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int64(s, 0))
		f = (double)sqlite3_column_int64(s, 1) / (double)sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return f;
}

int main(int argc, char **argv)
{
	struct store *st;
	struct error err;
	struct real_release *rr = NULL;
	sqlite3_stmt *s, *rg, *dump, *flip_rg, *next_rec;
	size_t nrr = 0, i;
	long long nrec = 0, nrel = 0, ngrp = 0, nfacts = 0;
	int steps, replay;
	long long seed;
	double fraction, t0;

	if ((argc != 5 && argc != 6) || (steps = atoi(argv[2])) < 1 || (fraction = atof(argv[3])) < 0 || fraction > 1 ||
	    (argc == 6 && strcmp(argv[5], "replay") && strcmp(argv[5], "random"))) {
		fprintf(stderr, "usage: scale DB STEPS FRACTION SEED [replay|random]\n");
		return 2;
	}
	replay = argc == 5 || !strcmp(argv[5], "replay");
	seed = strtoll(argv[4], NULL, 10) % 1000003;
	rng_state = strtoull(argv[4], NULL, 10) * 0x9E3779B97F4A7C15ULL + 1;
	if (store_open(&st, argv[1], 0, &err))
		die(&err);
	printf("@fraction_real %.4f\n", real_fraction(st));
	s = stmt(st, "SELECT id, version, stream, package, major, minor, micro FROM release WHERE extra = '' ORDER BY id");
	while (sqlite3_step(s) == SQLITE_ROW) {
		rr = xrealloc(rr, (nrr + 1) * sizeof(*rr));
		rr[nrr].id = sqlite3_column_int64(s, 0);
		rr[nrr].version = col_dup(s, 1);
		rr[nrr].stream = col_dup(s, 2);
		rr[nrr].package = col_dup(s, 3);
		rr[nrr].major = sqlite3_column_int(s, 4);
		rr[nrr].minor = sqlite3_column_int(s, 5);
		rr[nrr].micro = sqlite3_column_int(s, 6);
		nrr++;
	}
	sqlite3_reset(s);
	if (store_exec(st, "CREATE TEMP TABLE scale_map (orig INTEGER PRIMARY KEY, chg INTEGER NOT NULL)", &err))
		die(&err);
	rg = stmt(st, "INSERT INTO record_grp (record_id, section_id, key_id, grp_id) SELECT ?1, rg.section_id, rg.key_id, "
		  "coalesce((SELECT chg FROM temp.scale_map WHERE orig = rg.grp_id), rg.grp_id) "
		  "FROM record_grp rg WHERE rg.record_id = ?2");
	dump = stmt(st, "INSERT INTO dump (record_id, kind, blob_id, input_sha256, source, imported_at, imported_by, "
		    "collector, decoder_version) SELECT ?1, kind, blob_id, input_sha256, source, imported_at, "
		    "'bench-scale', collector, decoder_version FROM dump WHERE record_id = ?2");
	/* replay: R's record A keeps a slot until the slot's step; R''s record B gives its slot from that step on */
	flip_rg = stmt(st,
		"INSERT INTO record_grp (record_id, section_id, key_id, grp_id) "
		"SELECT ?1, a.section_id, a.key_id, a.grp_id FROM record_grp a WHERE a.record_id = ?2 AND NOT ("
		"  (a.key_id * 7919 + a.section_id * 104729 + ?4 * 15485863 + ?6) % (?7 + 1) + 1 <= ?5 AND NOT EXISTS ("
		"  SELECT 1 FROM record_grp b WHERE b.record_id = ?3 AND b.section_id = a.section_id AND b.key_id = a.key_id "
		"  AND b.grp_id = a.grp_id)) "
		"UNION ALL SELECT ?1, b.section_id, b.key_id, b.grp_id FROM record_grp b WHERE b.record_id = ?3 AND "
		"  (b.key_id * 7919 + b.section_id * 104729 + ?4 * 15485863 + ?6) % (?7 + 1) + 1 <= ?5 AND NOT EXISTS ("
		"  SELECT 1 FROM record_grp a WHERE a.record_id = ?2 AND a.section_id = b.section_id AND a.key_id = b.key_id "
		"  AND a.grp_id = b.grp_id)");
	next_rec = stmt(st, "SELECT id FROM record WHERE release_id = ? AND machine_id = ?");
	t0 = now_ms();
	for (i = 0; i < nrr; i++) {
		size_t n, j;
		struct rec *prev = release_records(st, rr[i].id, &n);
		long long prev_rel = rr[i].id, *orig = xcalloc(n ? n : 1, sizeof(*orig)), *next = xcalloc(n ? n : 1, sizeof(*next));

		for (j = 0; j < n; j++) {
			orig[j] = prev[j].id;
			if (replay && i + 1 < nrr) {
				sqlite3_bind_int64(next_rec, 1, rr[i + 1].id);
				sqlite3_bind_int64(next_rec, 2, prev[j].machine_id);
				if (sqlite3_step(next_rec) == SQLITE_ROW)
					next[j] = sqlite3_column_int64(next_rec, 0);
				sqlite3_reset(next_rec);
			}
		}

		for (int k = 1; k <= steps && n; k++) {
			char version[64];
			struct release_ident ri = { version, rr[i].stream, rr[i].package };
			long long rel, g;

			snprintf(version, sizeof(version), "%d.%d.%d", rr[i].major, rr[i].minor, rr[i].micro + k);
			if (store_begin(st, &err) || store_release_id(st, &ri, 1, &rel, &err) ||
			    store_exec(st, "DELETE FROM temp.scale_map", &err))
				die(&err);
			if (!replay) {
				nfacts += change_groups(st, prev_rel, rel, fraction, &g);
				ngrp += g;
			}
			for (j = 0; j < n; j++) {
				struct machine_ident m = { prev[j].name, prev[j].arch, prev[j].alias, prev[j].is_default,
							   prev[j].deprecated };
				long long id;

				if (store_record_id(st, rel, prev[j].machine_id, &m, 1, &id, &err))
					die(&err);
				if (replay) {
					/* no next record (the last real release, or a machine type it dropped): stable */
					sqlite3_bind_int64(flip_rg, 1, id);
					sqlite3_bind_int64(flip_rg, 2, orig[j]);
					sqlite3_bind_int64(flip_rg, 3, next[j] ? next[j] : orig[j]);
					sqlite3_bind_int64(flip_rg, 4, prev[j].machine_id);
					sqlite3_bind_int64(flip_rg, 5, k);
					sqlite3_bind_int64(flip_rg, 6, seed);
					sqlite3_bind_int64(flip_rg, 7, steps);
					step_done(st, flip_rg);
				} else {
					sqlite3_bind_int64(rg, 1, id);
					sqlite3_bind_int64(rg, 2, prev[j].id);
					step_done(st, rg);
				}
				sqlite3_bind_int64(dump, 1, id);
				sqlite3_bind_int64(dump, 2, prev[j].id);
				step_done(st, dump);
				if (store_record_update(st, id, &err))
					die(&err);
				prev[j].id = id;
				nrec++;
			}
			if (store_commit(st, &err))
				die(&err);
			prev_rel = rel;
			nrel++;
		}
		recs_free(prev, n);
		free(orig);
		free(next);
	}
	if (store_exec(st, "PRAGMA wal_checkpoint(TRUNCATE)", &err))
		die(&err);
	printf("@ms %.0f\n@records %lld\n@releases %lld\n@groups_changed %lld\n@facts_changed %lld\n",
	       now_ms() - t0, nrec, nrel, ngrp, nfacts);
	/* the pairs the bench diffs: neighbours in the middle of a chain, and the first real against the last */
	if (nrr) {
		struct real_release *a = &rr[0], *z = &rr[nrr - 1];

		printf("@neighbour %d.%d.%d %d.%d.%d\n", a->major, a->minor, a->micro + steps / 2,
		       a->major, a->minor, a->micro + steps / 2 + 1);
		printf("@far %s %d.%d.%d\n", a->version, z->major, z->minor, z->micro + steps);
	}
	for (i = 0; i < nrr; i++) {
		free(rr[i].version);
		free(rr[i].stream);
		free(rr[i].package);
	}
	free(rr);
	store_close(st);
	return 0;
}
