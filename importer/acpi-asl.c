/* acpi-asl.c: parsing iasl's disassembly of AML tables (DSDT, SSDT) into named-object facts. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "util.h"

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


char *acpi_collapse(const char *s, size_t len)
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
	char *v = acpi_collapse(s, len);

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
			v[nr++] = acpi_collapse(s + start, i - start);
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


char *acpi_resolve(const char *scope, const char *name)
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
	char *abs = acpi_resolve(scope, name);
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
		v = acpi_collapse(a->s + kw0, e - kw0);
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
		char *body = acpi_collapse(a->s + body0, bodylen);

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

		v = acpi_collapse(a->s + kw0, (has_body ? body0 + bodylen + 1 : args0 + argslen + 1) - kw0);
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
int acpi_parse_asl(const char *dsl, size_t len, struct tfacts *out)
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

