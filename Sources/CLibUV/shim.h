#ifndef NODELOOP_CLIBUV_SHIM_H
#define NODELOOP_CLIBUV_SHIM_H
#include <uv.h>
#endif
