// How long this machine takes to hand a process fresh memory: maps MB megabytes, touches one byte per
// 4 KiB page, and prints the time, with 2 MiB pages asked for (MADV_HUGEPAGE) and without, three times
// each. An audit's node trees are fresh memory of about ten times its input's bytes; on a virtual
// machine whose host takes back the memory the guest frees, 2 MiB pages can take many times as long
// as 4 KiB ones (docs/benchmarks.md, twelfth round).
//   cc -O2 -o first-touch Benchmarks/first-touch.c && ./first-touch [MB]   (default 128)
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static double touch(size_t bytes, int huge) {
  char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    perror("mmap");
    exit(1);
  }
  if (huge) madvise(p, bytes, MADV_HUGEPAGE);
  double start = now();
  for (size_t i = 0; i < bytes; i += 4096) p[i] = 1;
  double elapsed = now() - start;
  munmap(p, bytes);
  return elapsed;
}

int main(int argc, char **argv) {
  size_t mb = argc > 1 ? (size_t)atol(argv[1]) : 128;
  for (int round = 0; round < 3; round++) {
    // 4 KiB first: the 2 MiB run's freed pages would otherwise serve it warm.
    double small = touch(mb << 20, 0);
    double huge = touch(mb << 20, 1);
    printf("%zu MB first touched: 4 KiB pages %.1f ms, 2 MiB pages %.1f ms\n", mb, small * 1e3, huge * 1e3);
  }
  return 0;
}
