#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kind of thing at a path, as `stat(2)` tells (links followed).
enum PathKind {
  case missing, directory, other

  init(_ path: String) {
    var info = stat()
    if stat(path, &info) != 0 {
      self = .missing
    } else {
      self = info.st_mode & S_IFMT == S_IFDIR ? .directory : .other
    }
  }
}
