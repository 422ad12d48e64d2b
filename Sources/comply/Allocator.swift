#if canImport(CMimalloc)
  import CMimalloc
  import Glibc

  /// How the executable sets up its allocator, mimalloc, before it reads anything.
  ///
  /// An audit keeps its node trees in hundreds of megabytes and never gives them back before it
  /// ends, so the heap keeps what it frees instead of handing it back to the system while the
  /// process runs: handed back, freed spans were faulted in again as the trees grew.
  ///
  /// The heap is in 4 KiB pages, mimalloc's default. 2 MiB pages (`MIMALLOC_LARGE_OS_PAGES=1`)
  /// fault less, but the kernel must clear each one whole when it is first touched, from a free
  /// 2 MiB block; on a virtual machine whose host takes back the memory the guest frees, such a block
  /// is rarely still backed, and clearing it waits on the host. Measured on one such machine, an
  /// audit of 20,000 meetings spent a quarter of its time there with 2 MiB pages and 1% with 4 KiB
  /// ones (docs/benchmarks.md, twelfth round). Where the host leaves memory alone they save faults
  /// and misses of the address cache: a fifth of a one-core audit on one machine, nothing measurable
  /// on another (ninth and tenth rounds).
  ///
  /// mimalloc reads its options from the environment as the process loads, before `main`: each is
  /// set here only when the environment leaves it alone, so `MIMALLOC_LARGE_OS_PAGES=1`,
  /// `MIMALLOC_ALLOW_DECOMMIT=1` and the like still decide.
  enum Allocator {
    /// mimalloc's segments: 32 MiB, aligned to their size (mimalloc 2.x).
    private static let segmentSize = 32 << 20

    static func configure() {
      // Each call into mimalloc also keeps the linker from dropping the library as unused: it is
      // there to replace malloc and free, not for its own functions. Freed memory is kept (the
      // option's name depends on mimalloc's version, which the C shim picks).
      let keep = comply_mi_keep_freed_memory()
      setUnlessGiven(String(cString: keep.variable), keep.option, keep.value)
      guard mi_option_is_enabled(mi_option_large_os_pages) else { return }
      // 2 MiB pages asked for: then for all of the heap. Without eager commit a thread's first
      // segment (the second core's, in a two-core audit) is committed lazily and so in 4 KiB pages.
      setUnlessGiven("MIMALLOC_EAGER_COMMIT_DELAY", mi_option_eager_commit_delay, 0)
      adviseFirstSegment()
    }

    private static func setUnlessGiven(_ variable: String, _ option: mi_option_t, _ value: Int) {
      if getenv(variable) == nil { mi_option_set(option, value) }
    }

    /// The options reach the segments mimalloc maps from now on. The main thread's first segment was
    /// mapped as the process loaded, with 4 KiB pages, and a single-core audit's first 32 MiB land in
    /// it: it is advised too, and the kernel gives 2 MiB pages to the parts not touched yet. A hint,
    /// which a kernel without huge pages ignores.
    private static func adviseFirstSegment() {
      guard let probe = mi_malloc(16) else { return }
      defer { mi_free(probe) }
      let base = UInt(bitPattern: probe) & ~UInt(segmentSize - 1)
      _ = madvise(UnsafeMutableRawPointer(bitPattern: base), segmentSize, MADV_HUGEPAGE)
    }
  }
#endif
