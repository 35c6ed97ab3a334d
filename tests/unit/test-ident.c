/* test-ident.c: the identity grammar, one row per accepted or refused shape. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "ident.h"

struct ident_case {
	enum ident_field f;
	char value[80];
	size_t len;	/* 0: strlen */
	int ok;
	char says[40];	/* a part of the error message */
};

static const struct ident_case cases[] = {
	{ IDENT_RELEASE, "7.2.22", 0, 1, "" },
	{ IDENT_RELEASE, "9.0.0-rc1", 0, 1, "" },
	{ IDENT_RELEASE, "8.2.2+ds", 0, 1, "" },
	{ IDENT_RELEASE, "7.2.22-collected", 0, 1, "" },
	{ IDENT_RELEASE, "10", 0, 1, "" },
	{ IDENT_RELEASE, "latest", 0, 0, "not a version" },
	{ IDENT_RELEASE, "9.8.1/../../x", 0, 0, "not a version" },
	{ IDENT_RELEASE, "9.8.2\n\033[31mx", 0, 0, "\\x0a\\x1b" },
	{ IDENT_RELEASE, "9.8.1\0x", 7, 0, "NUL" },
	{ IDENT_RELEASE, "1.2.3.4.5", 0, 0, "not a version" },
	{ IDENT_RELEASE, "7.2.", 0, 0, "not a version" },
	{ IDENT_RELEASE, "7.2-", 0, 0, "not a version" },
	{ IDENT_STREAM, "upstream", 0, 1, "" },
	{ IDENT_STREAM, "../../x", 0, 0, "stream" },
	{ IDENT_STREAM, "", 0, 0, "empty" },
	{ IDENT_ARCH, "x86_64", 0, 1, "" },
	{ IDENT_ARCH, "../x\n", 0, 0, "arch" },
	{ IDENT_MACHINE, "pc-q35-5.0", 0, 1, "" },
	{ IDENT_MACHINE, "pc-i440fx-4.0.1", 0, 1, "" },
	{ IDENT_MACHINE, "pc-q35-5.0\0evil", 15, 0, "NUL" },
	{ IDENT_MACHINE, "-rf", 0, 0, "starting with" },
	{ IDENT_MACHINE, "a b", 0, 0, "machine" },
	{ IDENT_MACHINE, "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", 0, 0, "longer than 64" },
};

ParameterizedTestParameters(ident, grammar)
{
	return cr_make_param_array(struct ident_case, cases, sizeof(cases) / sizeof(cases[0]));
}

ParameterizedTest(const struct ident_case *c, ident, grammar)
{
	struct error err = ERROR_INIT;
	size_t len = c->len ? c->len : strlen(c->value);
	int rc = ident_check(c->f, c->value, len, &err);

	if (c->ok) {
		cr_assert_eq(rc, 0, "'%s' refused: %s", c->value, err.msg);
	} else {
		cr_assert_neq(rc, 0, "'%s' accepted", c->value);
		cr_assert_eq(err.code, ERR_INPUT);
		cr_assert(strstr(err.msg, c->says), "'%s': message '%s' lacks '%s'", c->value, err.msg, c->says);
	}
}
