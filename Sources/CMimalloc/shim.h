// mimalloc, linked into the comply executable on Linux: linking it replaces malloc and free for the
// whole process (Swift's runtime included), which the node trees of an audit use millions of times.
#include <mimalloc.h>
