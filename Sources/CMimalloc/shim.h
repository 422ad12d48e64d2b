// mimalloc, linked into the comply executable on Linux: linking it replaces malloc and free for the
// whole process (Swift's runtime included), which the node trees of an audit use millions of times.
#include <mimalloc.h>

// An option's value and the environment variable that overrides it.
typedef struct {
  mi_option_t option;
  long value;
  const char *variable;
} comply_mi_option_default;

// Keeping the memory the process frees for its own later use instead of handing it back to the
// system while it runs (see Sources/comply/Allocator.swift). The option was renamed in mimalloc 2.1:
// "decommit" became "purge"; which one the installed version has is known only here, in C.
static inline comply_mi_option_default comply_mi_keep_freed_memory(void) {
#if MI_MALLOC_VERSION >= 210
  return (comply_mi_option_default){mi_option_purge_delay, -1, "MIMALLOC_PURGE_DELAY"};
#else
  return (comply_mi_option_default){mi_option_allow_decommit, 0, "MIMALLOC_ALLOW_DECOMMIT"};
#endif
}
