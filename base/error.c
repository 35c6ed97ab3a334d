/* error.c: filling and prefixing error values. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

int error_set(struct error *err, enum error_code code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int error_prefix(struct error *err, const char *fmt, ...)
{
	char prefix[512], old[sizeof(err->msg)];
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	memcpy(old, err->msg, sizeof(old));
	{
		size_t n = strlen(prefix);

		if (n > sizeof(err->msg) - 3)
			n = sizeof(err->msg) - 3;
		memcpy(err->msg, prefix, n);
		memcpy(err->msg + n, ": ", 2);
		memcpy(err->msg + n + 2, old, sizeof(err->msg) - n - 3);
		err->msg[sizeof(err->msg) - 1] = '\0';
	}
	if (err->code == ERR_NONE)
		err->code = ERR_INTERNAL;
	return -1;
}

void error_clear(struct error *err)
{
	err->code = ERR_NONE;
	err->msg[0] = '\0';
}
