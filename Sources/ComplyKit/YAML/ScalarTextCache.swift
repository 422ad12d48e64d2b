/// Texts of short scalars already made, so that a key or value met again (`kind`, `date`, `title`,
/// `通过` in every record) is not decoded and checked once more: its bytes are compared with the last
/// text made in its slot and that text is reused. One per thread; the reader works without one.
final class ScalarTextCache {
  /// Scalars longer than this are always decoded (they are seldom repeated, and Swift keeps texts of
  /// up to 15 bytes inline, without an allocation to share).
  static let maxLength = 15
  private static let slots = 1024

  /// Each slot's bytes, packed into two words, and their count (0: empty).
  private let words: UnsafeMutablePointer<(UInt64, UInt64)>
  private let counts: UnsafeMutablePointer<Int>
  private let texts: UnsafeMutablePointer<String>

  init() {
    words = .allocate(capacity: Self.slots)
    words.initialize(repeating: (0, 0), count: Self.slots)
    counts = .allocate(capacity: Self.slots)
    counts.initialize(repeating: 0, count: Self.slots)
    texts = .allocate(capacity: Self.slots)
    texts.initialize(repeating: "", count: Self.slots)
  }

  deinit {
    texts.deinitialize(count: Self.slots)
    texts.deallocate()
    counts.deallocate()
    words.deallocate()
  }

  /// The text of `bytes` (well-formed UTF-8, as libyaml hands it over).
  func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let count = bytes.count
    guard count > 0, count <= Self.maxLength, let base = bytes.baseAddress else {
      return count == 0 ? "" : String(decoding: bytes, as: UTF8.self)
    }
    var packed: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &packed) { $0.baseAddress?.copyMemory(from: base, byteCount: count) }
    let mixed = (packed.0 &* 0x9E37_79B9_7F4A_7C15) ^ (packed.1 &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
    let slot = Int(truncatingIfNeeded: mixed >> 54) % Self.slots
    if counts[slot] == count, words[slot] == packed { return texts[slot] }
    let text = String(decoding: bytes, as: UTF8.self)
    words[slot] = packed
    counts[slot] = count
    texts[slot] = text
    return text
  }
}
