#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Texts of scalars already made, so that a key or value met again (`kind`, `date`, `title`, `通过`,
/// an organization's name or record book in every record) is not decoded and checked once more: its
/// bytes are compared with the last text made in its slot and that text is reused. One per thread,
/// in its `ReadWorkspace`; the reader works without one.
///
/// Short texts (Swift keeps up to 15 bytes inline) are told apart by their bytes packed into two
/// words. Longer ones, up to `maxLength` bytes, by a hash of their bytes and then the bytes
/// themselves; reusing one shares its storage, so a text repeated across records is allocated once.
final class ScalarTextCache {
  /// Scalars longer than this are always decoded (long prose is seldom repeated).
  static let maxLength = 96
  private static let smallLength = 15
  private static let slots = 1024

  /// Each short slot's bytes, packed into two words, and their count (0: empty).
  private let words: UnsafeMutablePointer<(UInt64, UInt64)>
  private let counts: UnsafeMutablePointer<Int>
  private let texts: UnsafeMutablePointer<String>
  /// Each long slot's hash (0: empty) and text.
  private let longHashes: UnsafeMutablePointer<UInt64>
  private let longTexts: UnsafeMutablePointer<String>

  init() {
    words = .allocate(capacity: Self.slots)
    words.initialize(repeating: (0, 0), count: Self.slots)
    counts = .allocate(capacity: Self.slots)
    counts.initialize(repeating: 0, count: Self.slots)
    texts = .allocate(capacity: Self.slots)
    texts.initialize(repeating: "", count: Self.slots)
    longHashes = .allocate(capacity: Self.slots)
    longHashes.initialize(repeating: 0, count: Self.slots)
    longTexts = .allocate(capacity: Self.slots)
    longTexts.initialize(repeating: "", count: Self.slots)
  }

  deinit {
    texts.deinitialize(count: Self.slots)
    texts.deallocate()
    counts.deallocate()
    words.deallocate()
    longTexts.deinitialize(count: Self.slots)
    longTexts.deallocate()
    longHashes.deallocate()
  }

  /// The text of `bytes` (well-formed UTF-8, as libyaml hands it over).
  func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let count = bytes.count
    guard count > 0, count <= Self.maxLength, let base = bytes.baseAddress else {
      return count == 0 ? "" : String(decoding: bytes, as: UTF8.self)
    }
    guard count <= Self.smallLength else { return longText(bytes, base: base) }
    let packed = Self.pack(UnsafeRawPointer(base), count: count)
    let mixed = (packed.0 &* 0x9E37_79B9_7F4A_7C15) ^ (packed.1 &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
    let slot = Int(truncatingIfNeeded: mixed >> 54) % Self.slots
    if counts[slot] == count, words[slot] == packed { return texts[slot] }
    let text = String(decoding: bytes, as: UTF8.self)
    words[slot] = packed
    counts[slot] = count
    texts[slot] = text
    return text
  }

  /// One to fifteen bytes in two words, by overlapping loads rather than a copy: the same bytes and
  /// count always give the same words, and the count is compared beside them.
  @inline(__always)
  private static func pack(_ p: UnsafeRawPointer, count: Int) -> (UInt64, UInt64) {
    if count >= 8 { return (p.loadUnaligned(as: UInt64.self), p.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
    return (TextHash.word(p, count: count), 0)
  }

  private func longText(_ bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>) -> String {
    let count = bytes.count
    var h = UInt64(UInt(bitPattern: TextHash.mix(bytes, seed: 0)))
    h |= 1  // 0 marks an empty slot
    let slot = Int(truncatingIfNeeded: h >> 40) % Self.slots
    if longHashes[slot] == h {
      let cached = longTexts[slot]
      let same = cached.utf8.withContiguousStorageIfAvailable { stored in
        guard stored.count == count, let storedBase = stored.baseAddress else { return false }
        return memcmp(storedBase, base, count) == 0
      }
      if same == true { return cached }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    longHashes[slot] = h
    longTexts[slot] = text
    return text
  }
}
