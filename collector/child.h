/* child.h: the QEMU child of a collect run: a private temporary folder, spawn, wait, kill, its stderr. */
#ifndef ABIDB_CHILD_H
#define ABIDB_CHILD_H

#include <stddef.h>
#include <sys/types.h>

#include "error.h"
#include "strbuf.h"

/*
 * One collect run has at most one QEMU child at a time and one private
 * temporary folder ($TMPDIR or /tmp, abidb-collect.XXXXXX).  Both are kept
 * in this file's state, so that a fatal signal (SIGINT, SIGTERM, SIGHUP)
 * kills the child's process group and removes the folder.  A process runs
 * one collect at a time (collect --all forks one process per machine type);
 * a collect forks a side process (side.c) for the QEMU runs that need no
 * QMP and a twin (twin.c) for a share of the QOM walk, which share the
 * folder and have a child of their own.
 */

/* Create the temporary folder and install the signal handlers. */
int child_setup(struct error *err);
/* Kill the child, remove the folder's files and the folder, restore the signal handlers. */
void child_teardown(void);
/* "<folder>/<name>", removed by child_teardown(); the pointer lives until then (at most 16 names). */
const char *child_file(const char *name);

/*
 * In a forked collect process (side.c, twin.c), first: the folder stays
 * its parent's (a fatal signal kills our child, but removes no file).
 */
void child_forked(void);

/*
 * Children from now on write their stderr to child_file(name) ("qemu.log"
 * until then): a second collect process (side.c) shares the folder.
 * `name` must live as long as the process.
 */
void child_use_log(const char *name);
/* The same for child_start_qemu()'s QMP socket ("qmp.sock"). */
void child_use_qmp_socket(const char *name);

/* A close-on-exec pipe, then fork(): *pid is 0 in the child.  Standard streams are flushed first. */
int child_fork(int pfd[2], pid_t *pid, struct error *err);

/*
 * Start argv[0] with stdin and stdout on /dev/null and stderr appended to
 * child_file("qemu.log"), in its own process group, dying with us.  An exec
 * failure is reported here ("qemu: cannot run 'X': ...").
 */
int child_spawn(char *const argv[], struct error *err);
/* Wait for the child to exit by the deadline (qmp_now_ms() time): 0 and *status, -1 when still running. */
int child_wait(long long deadline_ms, int *status);
/* Is there a running child? */
int child_running(void);
/* Kill and reap the child, if any. */
void child_kill(void);
/*
 * Stop and reap a forked collect process (side.c, twin.c): SIGTERM, whose
 * handler kills its QEMU's process group as ours would, then SIGKILL if it
 * is still there after 2 s.
 */
void child_stop_process(pid_t pid);
/* "exit status 1", "killed by signal 9" */
void child_exit_text(int status, char *buf, size_t len);
/* " (qemu said: <last 400 bytes of its stderr>)", or "" */
void child_stderr_tail(struct strbuf *sb);
/* After a failed step: if the child is gone, append how it ended and what it said to err.  Returns -1. */
int child_note_exit(struct error *err);
/* Run argv to its end within the deadline; a non-zero exit is an error naming `what`. */
int child_run(char *const argv[], const char *what, long long deadline_ms, struct error *err);

/* Everything QEMU wrote to standard error in the current run (child_file("qemu.log")), appended to sb. */
void child_stderr_all(struct strbuf *sb);

/*
 * base, then extra (either NULL-terminated; extra may be NULL), as one
 * NULL-terminated array; the strings are borrowed, free() the array.
 */
char **child_argv(char *const base[], char *const extra[]);

/*
 * Start `QEMU -machine M -accel tcg -S -display none -qmp unix:SOCK,server=on,wait=off`
 * (the command line of the shared data's host view), then the extra arguments
 * (NULL: none), and connect to its QMP socket.
 */
struct qmp;
int child_start_qemu(const char *qemu, const char *machine, char *const extra[], long timeout_s,
		     long long deadline_ms, struct qmp **q, struct error *err);
/* Send quit, close *q, and wait for QEMU to exit. */
int child_quit_qemu(struct qmp **q, long long deadline_ms, long timeout_s, struct error *err);

#endif
