#ifndef NODELOOP_CLIBUV_SHIM_H
#define NODELOOP_CLIBUV_SHIM_H
#include <uv.h>
#include <stddef.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/* The C allocator's totals for process.memoryUsage(): the bytes it has taken from the system
 * and the bytes in allocated blocks. glibc 2.33 and later give them (mallinfo2); elsewhere both
 * are 0, since the older mallinfo's int fields wrap above 2 GiB. */
static inline void nodeloop_malloc_totals(size_t *total, size_t *used) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 info = mallinfo2();
    *total = info.arena + info.hblkhd;
    *used = info.uordblks + info.hblkhd;
#else
    *total = 0;
    *used = 0;
#endif
}
#endif
