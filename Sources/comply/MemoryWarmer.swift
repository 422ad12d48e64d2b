#if canImport(CMimalloc)
  import CMimalloc
  import Glibc
  import Synchronization

  /// Readies memory for the records' node trees on a core that would otherwise wait.
  ///
  /// An audit with several cores does its first steps on one — the rules are loaded, the folders
  /// listed (a folder of 20,000 files is some 15 ms of the system's time) — while the other cores
  /// have nothing to do. The trees that come after take about 6 KB a record, every page of it fresh
  /// memory that the system hands over one 4 KiB page at a time, on the first touch, as a fault: a
  /// tenth of a parallel audit's time. The warmer takes a region from the system for mimalloc to lay
  /// its heap in (an arena, which mimalloc fills before it asks the system for more) and, on a thread
  /// of its own, has the system fill in the region's pages in 2 MiB steps
  /// (`madvise(MADV_POPULATE_WRITE)`: the same clearing of pages, without a fault for each), from the
  /// start, where mimalloc lays its first segments, until the files are listed. The pages it readied
  /// are then there when the readers' trees reach them.
  ///
  /// At most `limit` bytes: a small audit lists its files long before that, and a page readied and
  /// never used is memory held and cleared for nothing.
  final class MemoryWarmer: Sendable {
    /// The region's address (as a number: a pointer is not `Sendable`) and size.
    private let start: UInt
    private let size: Int
    private let stopped = Atomic<Bool>(false)

    private static let step = 2 << 20

    private init(start: UnsafeMutableRawPointer, size: Int) {
      self.start = UInt(bitPattern: start)
      self.size = size
    }

    /// Starts warming up to `limit` bytes, or returns nil when mimalloc cannot give a region of its own.
    static func start(limit: Int) -> MemoryWarmer? {
      var id: mi_arena_id_t = 0
      // Committed (mapped readable and writable, no page touched yet), not in large pages (see
      // `Allocator`), and not exclusive: every thread's heap takes its segments from it.
      guard mi_reserve_os_memory_ex(limit, true, false, false, &id) == 0 else { return nil }
      var size = 0
      guard let start = mi_arena_area(id, &size), size > 0 else { return nil }
      let warmer = MemoryWarmer(start: start, size: min(size, limit))
      var thread = pthread_t()
      let context = Unmanaged.passRetained(warmer).toOpaque()
      let made = pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          let warmer = Unmanaged<MemoryWarmer>.fromOpaque(context).takeRetainedValue()
          warmer.run()
          return nil
        }, context)
      guard made == 0 else {
        Unmanaged<MemoryWarmer>.fromOpaque(context).release()
        return nil
      }
      pthread_detach(thread)
      return warmer
    }

    /// Stops after the step under way (the files are listed: the readers take the cores from here).
    func stop() {
      stopped.store(true, ordering: .relaxed)
    }

    private func run() {
      guard let start = UnsafeMutableRawPointer(bitPattern: start) else { return }
      var offset = 0
      while offset < size, !stopped.load(ordering: .relaxed) {
        let length = min(Self.step, size - offset)
        // A kernel before 5.14 does not know the advice: then nothing is readied, and nothing is lost.
        guard madvise(start + offset, length, 23 /* MADV_POPULATE_WRITE */) == 0 else { return }
        offset += length
      }
    }
  }
#endif
