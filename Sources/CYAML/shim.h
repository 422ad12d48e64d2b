#ifndef COMPLY_CYAML_SHIM_H
#define COMPLY_CYAML_SHIM_H
#include <yaml.h>

// Asks the processor to bring the cache line at `address` in, for the records' trees the rules read a
// little later (ComplyKit's TreePrefetch). A hint only: it never faults, whatever the address.
static inline void comply_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
#endif
