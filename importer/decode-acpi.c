/* decode-acpi.c: ACPI tables (acpi/<SIG>.bin) to facts, via the iasl disassembler. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "decode.h"
#include "sha256.h"
#include "strbuf.h"
#include "util.h"

#define ACPI_HEADER_LEN 36
#define FACS_MIN_LEN 36		/* up to and including the version byte */
#define DSL_LIMIT (64u << 20)	/* refuse absurd iasl outputs */
#define CACHE_SLOTS 64

/*
 * One decoded table: facts relative to "acpi/<SIG>" (the group suffix is ""
 * or "/<namespace path>"), so that the same bytes under another file name
 * (SSDT vs SSDT2) share a cache slot.
 */
struct tfact {
	char *gsuf, *sub, *value;
};

struct tfacts {
	struct tfact *v;
	size_t nr, alloc;
};

static void tfacts_add(struct tfacts *t, const char *gsuf, const char *sub, const char *value)
{
	struct tfact *x;

	if (t->nr == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 64;
		t->v = xrealloc(t->v, t->alloc * sizeof(*t->v));
	}
	x = &t->v[t->nr++];
	x->gsuf = xstrdup(gsuf);
	x->sub = xstrdup(sub);
	x->value = xstrdup(value);
}

static void tfacts_release(struct tfacts *t)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		free(t->v[i].gsuf);
		free(t->v[i].sub);
		free(t->v[i].value);
	}
	free(t->v);
	t->v = NULL;
	t->nr = t->alloc = 0;
}

/* ---- process-wide cache, keyed by the sha256 of the table bytes ---- */

struct cache_slot {
	char key[65];
	struct tfacts facts;
	unsigned long used;
};

static struct cache_slot acpi_cache[CACHE_SLOTS];
static unsigned long acpi_cache_clock;
static pthread_mutex_t acpi_cache_lock = PTHREAD_MUTEX_INITIALIZER;

/* Copy a cached table's facts into t; 1 on a hit. */
static int cache_get(const char *key, struct tfacts *t)
{
	int hit = 0;
	size_t i, j;

	pthread_mutex_lock(&acpi_cache_lock);
	for (i = 0; i < CACHE_SLOTS; i++) {
		struct cache_slot *s = &acpi_cache[i];

		if (!s->key[0] || strcmp(s->key, key))
			continue;
		s->used = ++acpi_cache_clock;
		for (j = 0; j < s->facts.nr; j++)
			tfacts_add(t, s->facts.v[j].gsuf, s->facts.v[j].sub, s->facts.v[j].value);
		hit = 1;
		break;
	}
	pthread_mutex_unlock(&acpi_cache_lock);
	return hit;
}

/* Store a copy of t under key, evicting the least recently used slot. */
static void cache_store(const char *key, const struct tfacts *t)
{
	struct cache_slot *victim = NULL;
	size_t i;

	pthread_mutex_lock(&acpi_cache_lock);
	for (i = 0; i < CACHE_SLOTS; i++) {
		struct cache_slot *s = &acpi_cache[i];

		if (s->key[0] && !strcmp(s->key, key))
			goto out;	/* another thread was faster */
		if (!victim || !s->key[0] || (victim->key[0] && s->used < victim->used))
			victim = s;
	}
	tfacts_release(&victim->facts);
	memcpy(victim->key, key, sizeof(victim->key));
	for (i = 0; i < t->nr; i++)
		tfacts_add(&victim->facts, t->v[i].gsuf, t->v[i].sub, t->v[i].value);
	victim->used = ++acpi_cache_clock;
out:
	pthread_mutex_unlock(&acpi_cache_lock);
}

/* ---- the binary header ---- */

static uint32_t le32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

/* A fixed-size text field as a quoted string, non-printables escaped. */
static char *quote_field(const unsigned char *p, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	strbuf_addch(&sb, '"');
	for (i = 0; i < n; i++) {
		if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '"' && p[i] != '\\')
			strbuf_addch(&sb, p[i]);
		else
			strbuf_addf(&sb, "\\x%02x", p[i]);
	}
	strbuf_addch(&sb, '"');
	return strbuf_detach(&sb, NULL);
}

static int is_facs(const struct filemap_entry *e)
{
	return e->len >= 4 && !memcmp(e->data, "FACS", 4);
}

static int is_aml(const struct filemap_entry *e)
{
	return e->len >= 4 && (!memcmp(e->data, "DSDT", 4) || !memcmp(e->data, "SSDT", 4));
}

/* Check the header of one table; 0 or -1 with err naming the file. */
static int check_header(const struct filemap_entry *e, struct error *err)
{
	size_t need = is_facs(e) ? FACS_MIN_LEN : ACPI_HEADER_LEN;
	size_t i;
	uint32_t len;

	if (e->len < need)
		return error_set(err, ERR_INPUT, "'%s': truncated table: %zu bytes, the header needs %zu",
				 e->path, e->len, need);
	for (i = 0; i < 4; i++)
		if (!isalnum(e->data[i]) && e->data[i] != '_')
			return error_set(err, ERR_INPUT, "'%s': bad signature at offset 0", e->path);
	len = le32(e->data + 4);
	if (len != e->len)
		return error_set(err, ERR_INPUT, "'%s': length field at offset 4 is %u, the file has %zu bytes",
				 e->path, (unsigned)len, e->len);
	return 0;
}

static void add_header_facts(const struct filemap_entry *e, struct tfacts *t)
{
	const unsigned char *d = e->data;
	char *s;

	if (is_facs(e)) {
		tfacts_add(t, "", "header/length", s = xstrfmt("%u", (unsigned)le32(d + 4)));
		free(s);
		tfacts_add(t, "", "header/hardware_signature", s = xstrfmt("0x%08X", (unsigned)le32(d + 8)));
		free(s);
		tfacts_add(t, "", "header/version", s = xstrfmt("0x%02X", d[32]));
		free(s);
		return;
	}
	tfacts_add(t, "", "header/length", s = xstrfmt("%u", (unsigned)le32(d + 4)));
	free(s);
	tfacts_add(t, "", "header/revision", s = xstrfmt("0x%02X", d[8]));
	free(s);
	tfacts_add(t, "", "header/oem_id", s = quote_field(d + 10, 6));
	free(s);
	tfacts_add(t, "", "header/oem_table_id", s = quote_field(d + 16, 8));
	free(s);
	tfacts_add(t, "", "header/oem_revision", s = xstrfmt("0x%08X", (unsigned)le32(d + 24)));
	free(s);
	tfacts_add(t, "", "header/creator_id", s = quote_field(d + 28, 4));
	free(s);
	tfacts_add(t, "", "header/creator_revision", s = xstrfmt("0x%08X", (unsigned)le32(d + 32)));
	free(s);
}

/* ---- running iasl ---- */

/* The absolute path of iasl on $PATH, or NULL. */
static char *find_iasl(void)
{
	const char *path = getenv("PATH");
	const char *p, *end;

	if (!path || !*path)
		return NULL;
	for (p = path; ; p = end + 1) {
		char *cand;

		end = strchrnul(p, ':');
		cand = xstrfmt("%.*s/iasl", (int)(end - p), p);
		if (end > p && cand[0] == '/' && !access(cand, X_OK))
			return cand;
		free(cand);
		if (!*end)
			return NULL;
	}
}

/* Run "iasl -d names..." inside dir, output to /dev/null; the exit status or -1. */
static int run_iasl(const char *iasl, const char *dir, char **names, size_t nr)
{
	char **argv = xcalloc(nr + 3, sizeof(*argv));
	pid_t pid;
	int status = -1;
	size_t i;

	argv[0] = (char *)"iasl";
	argv[1] = (char *)"-d";
	for (i = 0; i < nr; i++)
		argv[i + 2] = names[i];
	argv[nr + 2] = NULL;

	pid = fork();
	if (pid < 0)
		goto out;
	if (!pid) {
		/* only async-signal-safe calls here: the parent may be threaded */
		int fd = open("/dev/null", O_RDWR);

		if (fd < 0 || chdir(dir) < 0)
			_exit(127);
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
		execv(iasl, argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			status = -1;
			goto out;
		}
	}
	status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
out:
	free(argv);
	return status;
}

static int write_file(const char *path, const void *data, size_t len)
{
	const unsigned char *p = data;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd < 0)
		return -1;
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		p += n;
		len -= n;
	}
	return close(fd);
}

static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (d) {
		while ((de = readdir(d))) {
			char *p;

			if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
				continue;
			p = xstrfmt("%s/%s", dir, de->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(dir);
}

/* ---- text helpers ---- */

/* Copy s with // and block comments removed (not inside strings). */
static char *strip_comments(const char *s, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i = 0;

	strbuf_grow(&sb, len);
	while (i < len) {
		if (s[i] == '"') {
			size_t j = i + 1;

			while (j < len && s[j] != '"' && s[j] != '\n') {
				if (s[j] == '\\' && j + 1 < len)
					j++;
				j++;
			}
			if (j < len && s[j] == '"')
				j++;
			strbuf_add(&sb, s + i, j - i);
			i = j;
		} else if (s[i] == '/' && i + 1 < len && (s[i + 1] == '/' || s[i + 1] == '*')) {
			/* drop the comment and the blanks before it, so "X) <comment>)" becomes "X))" */
			if (s[i + 1] == '/') {
				while (i < len && s[i] != '\n')
					i++;
			} else {
				const char *e = i + 2 < len ? strstr(s + i + 2, "*/") : NULL;

				i = e ? (size_t)(e - s) + 2 : len;
			}
			while (sb.len && (sb.buf[sb.len - 1] == ' ' || sb.buf[sb.len - 1] == '\t'))
				strbuf_setlen(&sb, sb.len - 1);
		} else {
			strbuf_addch(&sb, s[i++]);
		}
	}
	return strbuf_detach(&sb, NULL);
}

/* Collapse whitespace runs (outside strings) to one space; trim. */
static char *collapse(const char *s, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	int space = 0, instr = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		char c = s[i];

		if (!instr && isspace((unsigned char)c)) {
			space = 1;
			continue;
		}
		if (space && sb.len)
			strbuf_addch(&sb, ' ');
		space = 0;
		if (c == '"' && (!i || s[i - 1] != '\\'))
			instr = !instr;
		strbuf_addch(&sb, c);
	}
	return strbuf_detach(&sb, NULL);
}

/* Zero / One / Ones as iasl's hex; anything else unchanged (collapsed). */
static char *normalize_value(const char *s, size_t len)
{
	char *v = collapse(s, len);

	if (!strcmp(v, "Zero")) {
		free(v);
		return xstrdup("0x00");
	}
	if (!strcmp(v, "One")) {
		free(v);
		return xstrdup("0x01");
	}
	if (!strcmp(v, "Ones")) {
		free(v);
		return xstrdup("0xFFFFFFFFFFFFFFFF");
	}
	return v;
}

/* ---- ASL (DSDT/SSDT) ---- */

struct asl {
	const char *s;		/* comment-free text */
	size_t len, pos;
	struct tfacts *out;
};

static void skip_space(struct asl *a)
{
	while (a->pos < a->len && isspace((unsigned char)a->s[a->pos]))
		a->pos++;
}

/* Skip a balanced (open ... close) starting at pos; -1 if unbalanced. */
static int skip_balanced(struct asl *a, char open, char close)
{
	int depth = 0;

	while (a->pos < a->len) {
		char c = a->s[a->pos++];

		if (c == '"') {
			while (a->pos < a->len && a->s[a->pos] != '"') {
				if (a->s[a->pos] == '\\')
					a->pos++;
				a->pos++;
			}
			a->pos++;
		} else if (c == open) {
			depth++;
		} else if (c == close) {
			if (!--depth)
				return 0;
		}
	}
	return -1;
}

/* Split "a, b (c, d), e" at top-level commas into trimmed, collapsed pieces. */
static size_t split_args(const char *s, size_t len, char ***outv)
{
	char **v = NULL;
	size_t nr = 0, alloc = 0, i, start = 0;
	int depth = 0, instr = 0;

	for (i = 0; i <= len; i++) {
		char c = i < len ? s[i] : ',';

		if (instr) {
			if (c == '\\')
				i++;
			else if (c == '"')
				instr = 0;
			continue;
		}
		if (c == '"')
			instr = 1;
		else if (c == '(' || c == '{')
			depth++;
		else if (c == ')' || c == '}')
			depth--;
		else if (c == ',' && depth <= 0) {
			if (nr == alloc) {
				alloc = alloc ? 2 * alloc : 8;
				v = xrealloc(v, alloc * sizeof(*v));
			}
			v[nr++] = collapse(s + start, i - start);
			start = i + 1;
		}
	}
	*outv = v;
	return nr;
}

static void free_args(char **v, size_t nr)
{
	size_t i;

	for (i = 0; i < nr; i++)
		free(v[i]);
	free(v);
}

/* One namestring segment without iasl's trailing '_' padding ("_SB_" -> "_SB"). */
static void add_segment(struct strbuf *sb, const char *seg, size_t n)
{
	while (n > 1 && seg[n - 1] == '_')
		n--;
	if (sb->len > 1 || (sb->len == 1 && sb->buf[0] != '\\'))
		strbuf_addch(sb, '.');
	strbuf_add(sb, seg, n);
}

/* Resolve name (X, ^X, \X, X.Y) against scope ("\" or "\A.B") to an absolute path. */
static char *resolve(const char *scope, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = name;

	if (*p == '\\') {
		strbuf_addch(&sb, '\\');
		p++;
	} else {
		strbuf_addstr(&sb, scope);
		while (*p == '^') {
			char *dot = strrchr(sb.buf, '.');

			if (dot)
				strbuf_setlen(&sb, dot - sb.buf);
			else
				strbuf_setlen(&sb, 1);	/* "\" */
			p++;
		}
	}
	while (*p) {
		const char *e = strchrnul(p, '.');

		if (e > p)
			add_segment(&sb, p, e - p);
		p = *e ? e + 1 : e;
	}
	return strbuf_detach(&sb, NULL);
}

/* Emit value for `name` (relative to scope); *child gets the object's own path if wanted. */
static void emit_named(struct asl *a, const char *scope, const char *name, const char *value, char **child)
{
	char *abs = resolve(scope, name);
	char *dot = strrchr(abs, '.');
	char *gsuf, *leaf;

	if (!strcmp(abs, "\\")) {
		/* Scope (\) and friends: nothing to emit for the root itself */
		if (child)
			*child = abs;
		else
			free(abs);
		return;
	}
	if (dot) {
		gsuf = xstrfmt("/%.*s", (int)(dot - abs), abs);
		leaf = dot + 1;
	} else {
		gsuf = xstrdup("/\\");
		leaf = abs + 1;
	}
	if (value)
		tfacts_add(a->out, gsuf, leaf, value);
	free(gsuf);
	if (child)
		*child = abs;
	else
		free(abs);
}

static void emit_fields(struct asl *a, const char *scope, const char *kw, char **args, size_t nargs,
			const char *body, size_t blen)
{
	struct strbuf flags = STRBUF_INIT;
	char **ent;
	size_t nent = split_args(body, blen, &ent), i;
	unsigned long long bit = 0;
	char *access = NULL;

	for (i = 0; i < nargs; i++)
		strbuf_addf(&flags, "%s%s", i ? ", " : "", args[i]);
	for (i = 0; i < nent; i++) {
		const char *t = ent[i];

		if (!strncmp(t, "Offset", 6)) {
			const char *p = strchr(t, '(');

			if (p)
				bit = strtoull(p + 1, NULL, 0) * 8;
		} else if (!strncmp(t, "AccessAs", 8)) {
			free(access);
			access = xstrdup(t);
		} else if (!strncmp(t, "Connection", 10)) {
			continue;
		} else if (i + 1 < nent) {
			unsigned long long w = strtoull(ent[i + 1], NULL, 0);

			if (*t) {
				char *v = xstrfmt("%s(%s%s%s, bit=%llu, width=%llu)", kw, flags.buf,
						  access ? ", " : "", access ? access : "", bit, w);

				emit_named(a, scope, t, v, NULL);
				free(v);
			}
			bit += w;
			i++;
		}
	}
	free(access);
	free_args(ent, nent);
	strbuf_release(&flags);
}

static int parse_block(struct asl *a, const char *scope, int depth);

/*
 * One statement at scope level: Keyword [ (args) ] [ { body } ], or any
 * other line of module-level code (kept as text under its first word).
 */
static int parse_statement(struct asl *a, const char *scope, int depth)
{
	size_t kw0 = a->pos, kwlen, args0 = 0, argslen = 0, body0 = 0, bodylen = 0;
	int has_args = 0, has_body = 0, ret = -1;
	char **args = NULL;
	size_t nargs = 0;
	char *kw, *v = NULL, *child = NULL;

	while (a->pos < a->len && (isalnum((unsigned char)a->s[a->pos]) || a->s[a->pos] == '_'))
		a->pos++;
	kwlen = a->pos - kw0;
	kw = xstrndup(a->s + kw0, kwlen);
	skip_space(a);
	if (kwlen && a->pos < a->len && a->s[a->pos] == '(') {
		args0 = a->pos + 1;
		if (skip_balanced(a, '(', ')') < 0)
			goto out;
		argslen = a->pos - 1 - args0;
		has_args = 1;
		skip_space(a);
	}
	if (kwlen && a->pos < a->len && a->s[a->pos] == '{' && (has_args || !strcmp(kw, "Else"))) {
		body0 = a->pos + 1;
		if (skip_balanced(a, '{', '}') < 0)
			goto out;
		bodylen = a->pos - 1 - body0;
		has_body = 1;
	}
	if (!kwlen || (!has_args && strcmp(kw, "Else"))) {
		/* module-level code we do not model: keep the line as text */
		size_t e = kw0;

		while (e < a->len && a->s[e] != '\n')
			e++;
		if (e == kw0)
			e++;
		a->pos = e;
		v = collapse(a->s + kw0, e - kw0);
		{
			char *gsuf = xstrfmt("/%s", scope);

			tfacts_add(a->out, gsuf, "(code)", v);
			free(gsuf);
		}
		ret = 0;
		goto out;
	}
	if (has_args)
		nargs = split_args(a->s + args0, argslen, &args);

	if (!strcmp(kw, "Scope") || !strcmp(kw, "Device") || !strcmp(kw, "Processor") ||
	    !strcmp(kw, "PowerResource") || !strcmp(kw, "ThermalZone")) {
		struct strbuf sb = STRBUF_INIT;
		size_t i;

		if (nargs < 1 || !has_body)
			goto out;
		if (!strcmp(kw, "Device") || !strcmp(kw, "ThermalZone")) {
			strbuf_addstr(&sb, kw);
		} else if (strcmp(kw, "Scope")) {
			strbuf_addf(&sb, "%s(", kw);
			for (i = 1; i < nargs; i++)
				strbuf_addf(&sb, "%s%s", i > 1 ? ", " : "", args[i]);
			strbuf_addch(&sb, ')');
		}
		emit_named(a, scope, args[0], strcmp(kw, "Scope") ? sb.buf : NULL, &child);
		strbuf_release(&sb);
		{
			struct asl sub = { a->s, body0 + bodylen, body0, a->out };

			if (parse_block(&sub, child, depth + 1) < 0)
				goto out;
		}
	} else if (!strcmp(kw, "If") || !strcmp(kw, "Else") || !strcmp(kw, "ElseIf")) {
		struct asl sub = { a->s, body0 + bodylen, body0, a->out };

		if (has_body && parse_block(&sub, scope, depth + 1) < 0)
			goto out;
	} else if (!strcmp(kw, "Name")) {
		if (nargs < 2)
			goto out;
		v = normalize_value(args[1], strlen(args[1]));
		emit_named(a, scope, args[0], v, NULL);
	} else if (!strcmp(kw, "Method")) {
		struct strbuf sb = STRBUF_INIT;
		size_t i;
		char *body = collapse(a->s + body0, bodylen);

		if (nargs < 1) {
			free(body);
			goto out;
		}
		strbuf_addstr(&sb, "Method(");
		for (i = 1; i < nargs; i++)
			strbuf_addf(&sb, "%s%s", i > 1 ? ", " : "", args[i]);
		strbuf_addf(&sb, ") {%s%s%s}", *body ? " " : "", body, *body ? " " : "");
		free(body);
		emit_named(a, scope, args[0], sb.buf, NULL);
		strbuf_release(&sb);
	} else if (!strcmp(kw, "OperationRegion")) {
		struct strbuf sb = STRBUF_INIT;
		size_t i;

		if (nargs < 1)
			goto out;
		strbuf_addstr(&sb, "OperationRegion(");
		for (i = 1; i < nargs; i++) {
			char *n = normalize_value(args[i], strlen(args[i]));

			strbuf_addf(&sb, "%s%s", i > 1 ? ", " : "", n);
			free(n);
		}
		strbuf_addch(&sb, ')');
		emit_named(a, scope, args[0], sb.buf, NULL);
		strbuf_release(&sb);
	} else if (!strcmp(kw, "Field") || !strcmp(kw, "IndexField") || !strcmp(kw, "BankField")) {
		if (has_body)
			emit_fields(a, scope, kw, args, nargs, a->s + body0, bodylen);
	} else {
		/*
		 * Mutex, Event, Alias, CreateXField, External, DataTableRegion and
		 * whatever else declares a name: the declaration is the value.  The
		 * declared name is the last argument of Alias and Create*Field, the
		 * first of the others.
		 */
		const char *name = NULL;

		v = collapse(a->s + kw0, (has_body ? body0 + bodylen + 1 : args0 + argslen + 1) - kw0);
		if (nargs && (!strcmp(kw, "Alias") || !strncmp(kw, "Create", 6)))
			name = args[nargs - 1];
		else if (nargs)
			name = args[0];
		if (name && *name && (isalpha((unsigned char)*name) || strchr("_\\^", *name))) {
			emit_named(a, scope, name, v, NULL);
		} else {
			char *gsuf = xstrfmt("/%s", scope);

			tfacts_add(a->out, gsuf, kw, v);
			free(gsuf);
		}
	}
	ret = 0;
out:
	free_args(args, nargs);
	free(kw);
	free(v);
	free(child);
	return ret;
}

static int parse_block(struct asl *a, const char *scope, int depth)
{
	if (depth > 64)
		return -1;
	for (;;) {
		skip_space(a);
		if (a->pos >= a->len)
			return 0;
		if (parse_statement(a, scope, depth) < 0)
			return -1;
	}
}

/* Parse iasl's DefinitionBlock into named-object facts. */
static int parse_asl(const char *dsl, size_t len, struct tfacts *out)
{
	char *text = strip_comments(dsl, len);
	struct asl a = { text, strlen(text), 0, out };
	const char *db = strstr(text, "DefinitionBlock");
	int ret = -1;

	if (!db)
		goto out;
	a.pos = db - text + strlen("DefinitionBlock");
	skip_space(&a);
	if (a.pos >= a.len || text[a.pos] != '(' || skip_balanced(&a, '(', ')') < 0)
		goto out;
	skip_space(&a);
	if (a.pos >= a.len || text[a.pos] != '{')
		goto out;
	{
		size_t body0 = a.pos + 1;

		if (skip_balanced(&a, '{', '}') < 0)
			goto out;
		a.len = a.pos - 1;
		a.pos = body0;
	}
	ret = parse_block(&a, "\\", 0);
out:
	free(text);
	return ret;
}

/* ---- data tables (FACP, APIC, HPET, MCFG, WAET, FACS, ...) ---- */

struct names {
	char **v;
	size_t nr, alloc;
};

static void names_clear(struct names *n)
{
	size_t i;

	for (i = 0; i < n->nr; i++)
		free(n->v[i]);
	n->nr = 0;
}

/* Make sub unique among the names seen in this (sub)table: "X", "X #2", ... */
static char *names_unique(struct names *n, const char *sub)
{
	char *cand = xstrdup(sub);
	unsigned k = 1;
	size_t i;

again:
	for (i = 0; i < n->nr; i++) {
		if (!strcmp(n->v[i], cand)) {
			free(cand);
			cand = xstrfmt("%s #%u", sub, ++k);
			goto again;
		}
	}
	if (n->nr == n->alloc) {
		n->alloc = n->alloc ? 2 * n->alloc : 32;
		n->v = xrealloc(n->v, n->alloc * sizeof(*n->v));
	}
	n->v[n->nr++] = xstrdup(cand);
	return cand;
}

static char *trimmed(const char *s, size_t len)
{
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return xstrndup(s, len);
}

/* Fields that are not guest ABI: integrity, pointers, what the OS writes at run time. */
static int drop_field(int facs, unsigned off, const char *name)
{
	if (strstr(name, "Checksum"))
		return 1;
	if (facs)	/* header facts; waking vectors, global lock, OSPM flags are OS-owned */
		return off == 0 || off == 4 || off == 8 || off == 12 || off == 16 ||
		       off == 24 || off == 32 || off == 36;
	if (off < ACPI_HEADER_LEN)
		return 1;	/* the header: taken from the binary */
	return !strcmp(name, "FACS Address") || !strcmp(name, "DSDT Address") ||
	       starts_with(name, "ACPI Table Address");
}

/* Parse iasl's field listing ("[02Ch 0044   1]  Name : Value") into facts. */
static void parse_data_table(const char *dsl, int facs, struct tfacts *out)
{
	struct names used = { NULL, 0, 0 };
	const char *line = dsl, *next;
	char *last = NULL, *container = NULL;
	unsigned cend = 0;
	int in_comment = 0, skipping = 0;
	long entry = -1;

	for (; *line; line = next) {
		const char *eol = strchrnul(line, '\n');
		char *l = xstrndup(line, eol - line);
		char *sep = strstr(l, " : ");
		unsigned hexoff, off, flen;
		char *name = NULL, *value = NULL, *sub = NULL, *p;

		next = *eol ? eol + 1 : eol;
		if (in_comment || starts_with(l, "/*")) {
			in_comment = !strstr(l, "*/");
			goto next_line;
		}
		if (starts_with(l, "Raw Table Data")) {
			free(l);
			break;
		}
		if (!sep)
			goto next_line;
		name = trimmed(l, sep - l);
		value = trimmed(sep + 3, strlen(sep + 3));
		if ((p = strstr(name, " (decoded below)")))
			*p = '\0';
		if (l[0] != '[') {
			/* a decoded flag of the last field */
			if (last && !skipping && isspace((unsigned char)l[0])) {
				sub = xstrfmt("%s/%s", last, name);
				tfacts_add(out, "", sub, value);
			}
			goto next_line;
		}
		p = strchr(l, ']');
		if (sscanf(l, "[%xh %u %u]", &hexoff, &off, &flen) != 3 || !p || p > sep)
			goto next_line;
		free(name);
		name = trimmed(p + 1, sep - p - 1);
		if ((p = strstr(name, " (decoded below)")))
			*p = '\0';
		free(last);
		last = NULL;
		skipping = 1;
		if (!strcmp(name, "Subtable Type")) {
			entry++;
			names_clear(&used);
			free(container);
			container = NULL;
		}
		if (container && off >= cend) {
			free(container);
			container = NULL;
		}
		if (drop_field(facs, off, name))
			goto next_line;
		/* "04 [Local APIC NMI]" -> "04"; a value that is only "[...]" opens a structure */
		if (value[0] == '[') {
			free(container);
			container = xstrdup(name);
			cend = off + flen;
			goto next_line;
		}
		if ((p = strstr(value, " [")) && value[strlen(value) - 1] == ']') {
			*p = '\0';
			p = trimmed(value, strlen(value));
			free(value);
			value = p;
		}
		{
			struct strbuf full = STRBUF_INIT;

			if (entry >= 0)
				strbuf_addf(&full, "entry[%ld]/", entry);
			if (container)
				strbuf_addf(&full, "%s/", container);
			strbuf_addstr(&full, name);
			sub = names_unique(&used, full.buf);
			strbuf_release(&full);
		}
		tfacts_add(out, "", sub, value);
		last = xstrdup(sub);
		skipping = 0;
next_line:
		free(sub);
		free(name);
		free(value);
		free(l);
	}
	free(last);
	free(container);
	names_clear(&used);
	free(used.v);
}

/* Facts for a table iasl only dumps: the body after the header, as hex or a digest. */
static void add_body_fact(const struct filemap_entry *e, struct tfacts *t)
{
	size_t n = e->len - ACPI_HEADER_LEN;
	char *hex;

	if (n > 256) {
		char d[65];

		sha256_hex(e->data + ACPI_HEADER_LEN, n, d);
		tfacts_add(t, "", "body/sha256", d);
		return;
	}
	hex = xmalloc(2 * n + 1);
	hex_encode(e->data + ACPI_HEADER_LEN, n, hex);
	tfacts_add(t, "", "body", hex);
	free(hex);
}

/* ---- the decoder ---- */

struct job {
	const struct filemap_entry *e;
	char *sig;		/* file basename without .bin */
	char key[65];
	char *tmpname;		/* "tN.bin" when it needs iasl */
	struct tfacts facts;	/* relative to acpi/<sig> */
	size_t same;		/* index of the job with the same bytes, or itself */
};

/* Turn one .dsl into facts; -1 if the output is not what iasl prints for a table. */
static int decode_dsl(const struct filemap_entry *e, const char *dsl, size_t len, struct tfacts *t)
{
	size_t nr0;

	add_header_facts(e, t);
	if (is_aml(e))
		return parse_asl(dsl, len, t);
	nr0 = t->nr;
	parse_data_table(dsl, is_facs(e), t);
	if (t->nr == nr0 && !is_facs(e) && e->len > ACPI_HEADER_LEN)
		add_body_fact(e, t);
	return 0;
}

static int sig_ok(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return 0;
	return 1;
}

int decode_acpi(const struct filemap *guest, struct facts *out, struct error *err)
{
	struct job *jobs = NULL;
	size_t njobs = 0, i, j, nrun = 0;
	char **names = NULL;
	char *iasl = NULL, *dir = NULL;
	struct strbuf dsl = STRBUF_INIT;
	int ret = -1;

	jobs = xcalloc(guest->nr ? guest->nr : 1, sizeof(*jobs));
	for (i = 0; i < guest->nr; i++) {
		const struct filemap_entry *e = &guest->v[i];
		const char *base;
		struct job *jb;

		if (!starts_with(e->path, "acpi/") || !ends_with(e->path, ".bin"))
			continue;
		base = e->path + strlen("acpi/");
		if (strchr(base, '/'))
			continue;	/* e.g. acpi/dynamic/...: not a table of the snapshot */
		jb = &jobs[njobs++];
		jb->e = e;
		jb->sig = xstrndup(base, strlen(base) - strlen(".bin"));
		if (!sig_ok(jb->sig)) {
			error_set(err, ERR_INPUT, "'%s': table file name is not a signature", e->path);
			goto out;
		}
		if (check_header(e, err) < 0)
			goto out;
		sha256_hex(e->data, e->len, jb->key);
	}

	/* cache hits first; then one iasl run over the distinct remaining tables */
	names = xcalloc(njobs ? njobs : 1, sizeof(*names));
	for (i = 0; i < njobs; i++) {
		jobs[i].same = i;
		for (j = 0; j < i; j++)
			if (!strcmp(jobs[j].key, jobs[i].key))
				break;
		if (j < i) {
			jobs[i].same = j;	/* same bytes as an earlier file */
			continue;
		}
		if (cache_get(jobs[i].key, &jobs[i].facts))
			continue;
		jobs[i].tmpname = xstrfmt("t%zu.bin", i);
		names[nrun++] = jobs[i].tmpname;
	}
	if (nrun) {
		const char *tmp = getenv("TMPDIR");

		iasl = find_iasl();
		if (!iasl) {
			error_set(err, ERR_INTERNAL, "iasl not found: install acpica-tools");
			goto out;
		}
		dir = xstrfmt("%s/abidb-acpi-XXXXXX", tmp && *tmp ? tmp : "/tmp");
		if (!mkdtemp(dir)) {
			error_set(err, ERR_IO, "cannot create a temporary directory for iasl: %s", strerror(errno));
			free(dir);
			dir = NULL;
			goto out;
		}
		for (i = 0; i < njobs; i++) {
			char *p;

			if (!jobs[i].tmpname)
				continue;
			p = xstrfmt("%s/%s", dir, jobs[i].tmpname);
			if (write_file(p, jobs[i].e->data, jobs[i].e->len) < 0) {
				error_set(err, ERR_IO, "cannot write '%s': %s", p, strerror(errno));
				free(p);
				goto out;
			}
			free(p);
		}
		if (run_iasl(iasl, dir, names, nrun) < 0) {
			error_set(err, ERR_INTERNAL, "cannot run '%s'", iasl);
			goto out;
		}
		for (i = 0; i < njobs; i++) {
			char *p;
			int rc;

			if (!jobs[i].tmpname)
				continue;
			p = xstrfmt("%s/t%zu.dsl", dir, i);
			strbuf_reset(&dsl);
			rc = read_file(p, &dsl, DSL_LIMIT, NULL);
			if (rc < 0) {
				/* a batch may stop at a bad table: retry this one alone */
				char *one[1] = { jobs[i].tmpname };

				run_iasl(iasl, dir, one, 1);
				strbuf_reset(&dsl);
				rc = read_file(p, &dsl, DSL_LIMIT, NULL);
			}
			free(p);
			if (rc < 0) {
				error_set(err, ERR_INPUT, "'%s': iasl cannot disassemble the table", jobs[i].e->path);
				goto out;
			}
			if (decode_dsl(jobs[i].e, dsl.buf, dsl.len, &jobs[i].facts) < 0) {
				error_set(err, ERR_INPUT, "'%s': cannot parse the iasl disassembly", jobs[i].e->path);
				goto out;
			}
			cache_store(jobs[i].key, &jobs[i].facts);
		}
	}
	for (i = 0; i < njobs; i++) {
		const struct tfacts *t = &jobs[jobs[i].same].facts;

		for (j = 0; j < t->nr; j++) {
			char *group = xstrfmt("acpi/%s%s", jobs[i].sig, t->v[j].gsuf);

			facts_add(out, group, t->v[j].sub, t->v[j].value);
			free(group);
		}
	}
	ret = 0;
out:
	if (dir)
		remove_tree(dir);
	free(dir);
	free(iasl);
	strbuf_release(&dsl);
	for (i = 0; i < njobs; i++) {
		free(jobs[i].sig);
		free(jobs[i].tmpname);
		tfacts_release(&jobs[i].facts);
	}
	free(jobs);
	free(names);
	return ret;
}
