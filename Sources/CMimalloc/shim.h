// mimalloc, linked into the comply executable on Linux: linking it replaces malloc and free for the
// whole process (Swift's runtime included), which the node trees of an audit use millions of times.
#include <mimalloc.h>
#include <stdlib.h>

// Keeps the memory the process frees for its own later use instead of handing it back to the system
// while it runs (see Sources/comply/Allocator.swift), unless the environment says otherwise. The
// option was renamed in mimalloc 2.1: "decommit" became "purge".
static inline void comply_mi_keep_freed_memory(void) {
#if MI_MALLOC_VERSION >= 210
  if (getenv("MIMALLOC_PURGE_DELAY") == NULL) mi_option_set(mi_option_purge_delay, -1);
#else
  if (getenv("MIMALLOC_ALLOW_DECOMMIT") == NULL) mi_option_set(mi_option_allow_decommit, 0);
#endif
}
