/* fuzz-main.h: the plain-build main() of a fuzz harness: run every file given (or in a folder given) once. */
#ifndef ABIDB_FUZZ_MAIN_H
#define ABIDB_FUZZ_MAIN_H

/*
 * Included by each tests/fuzz/fuzz-*.c when it is not built as a libFuzzer
 * target (-DABIDB_LIBFUZZER).  The program then takes files and folders
 * and feeds each file, once, to LLVMFuzzerTestOneInput, in a buffer of
 * exactly the file's size so that ASan sees reads past the end.  Folders
 * are read one level deep, in name order.  Exit status 0 when every input
 * ran; a bug aborts the process (sanitizers, assert) or is reported by
 * the harness itself with abort().
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int fuzz_run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL, *exact;
	size_t len = 0, alloc = 0, n;

	if (!f) {
		fprintf(stderr, "cannot open '%s': %s\n", path, strerror(errno));
		return -1;
	}
	for (;;) {
		if (len == alloc) {
			alloc = alloc ? 2 * alloc : 65536;
			buf = realloc(buf, alloc);
			if (!buf)
				abort();
		}
		n = fread(buf + len, 1, alloc - len, f);
		if (!n)
			break;
		len += n;
	}
	if (ferror(f)) {
		fprintf(stderr, "cannot read '%s'\n", path);
		fclose(f);
		free(buf);
		return -1;
	}
	fclose(f);
	exact = malloc(len ? len : 1);
	if (!exact)
		abort();
	if (len)
		memcpy(exact, buf, len);
	free(buf);
	if (getenv("ABIDB_FUZZ_VERBOSE"))
		fprintf(stderr, "running '%s' (%zu bytes)\n", path, len);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	return 0;
}

static int fuzz_name_cmp(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int main(int argc, char **argv)
{
	int i, j, n, ran = 0, bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++) {
		struct dirent **ents;
		struct stat st;

		if (stat(argv[i], &st)) {
			fprintf(stderr, "cannot stat '%s': %s\n", argv[i], strerror(errno));
			bad++;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (fuzz_run_file(argv[i]))
				bad++;
			else
				ran++;
			continue;
		}
		n = scandir(argv[i], &ents, NULL, fuzz_name_cmp);
		if (n < 0) {
			fprintf(stderr, "cannot read folder '%s': %s\n", argv[i], strerror(errno));
			bad++;
			continue;
		}
		for (j = 0; j < n; j++) {
			size_t plen = strlen(argv[i]) + strlen(ents[j]->d_name) + 2;
			char *p = malloc(plen);

			if (!p)
				abort();
			snprintf(p, plen, "%s/%s", argv[i], ents[j]->d_name);
			if (ents[j]->d_name[0] != '.' && !stat(p, &st) && S_ISREG(st.st_mode)) {
				if (fuzz_run_file(p))
					bad++;
				else
					ran++;
			}
			free(p);
			free(ents[j]);
		}
		free(ents);
	}
	fprintf(stderr, "%s: %d inputs run\n", argv[0], ran);
	return bad ? 1 : 0;
}

#endif
