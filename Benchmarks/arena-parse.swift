// What reading costs when each file's tree is one flat arena instead of a tree of boxed nodes: a
// reading of the structural step docs/benchmarks.md describes, not part of comply. It walks the
// folders given as the bare parse does, pulls every libyaml event of every .yaml/.yml file, and keeps
// each file as two arrays — nodes of 24 bytes (kind and style, first byte, line, column, and the
// text's or the children's range) and the scalars' bytes — with a table of children, all kept to
// the end as comply keeps its trees. Run it beside bare-parse.c, with comply's allocator for a like
// comparison:
//   swiftc -O -I Sources/CYAML Benchmarks/arena-parse.swift -o /tmp/arena-parse
//   LD_PRELOAD=libmimalloc.so.2 /tmp/arena-parse /tmp/comply-bench/data-20000
import CYAML

#if canImport(Glibc)
  import Glibc
#endif

struct ArenaNode {
  /// 0 scalar, 1 sequence, 2 mapping; a scalar's style above them.
  var kindStyle: UInt8
  var firstByte: UInt8
  var line: UInt32
  var column: UInt32
  /// A scalar's text in `bytes`, or a collection's children in `children` (a mapping's as key, value).
  var start: UInt32
  var count: UInt32
}

final class Arena {
  var nodes: [ArenaNode] = []
  var bytes: [UInt8] = []
  var children: [UInt32] = []
  var roots: [UInt32] = []
}

/// The open collections' children while a file is read, kept from one file to the next.
struct Scratch {
  var pending: [UInt32] = []
  var starts: [Int] = []
  var open: [UInt32] = []
}

func read(_ text: UnsafeBufferPointer<UInt8>, scratch: inout Scratch, events: inout Int) -> Arena {
  let arena = Arena()
  var nodes: [ArenaNode] = []
  var bytes: [UInt8] = []
  var children: [UInt32] = []
  var roots: [UInt32] = []
  nodes.reserveCapacity(64)
  bytes.reserveCapacity(text.count)
  scratch.pending.removeAll(keepingCapacity: true)
  scratch.starts.removeAll(keepingCapacity: true)
  scratch.open.removeAll(keepingCapacity: true)
  let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
  defer { parser.deallocate() }
  guard yaml_parser_initialize(parser) != 0 else { return arena }
  defer { yaml_parser_delete(parser) }
  var empty: UInt8 = 0
  withUnsafeMutablePointer(to: &empty) { emptyPointer in
    yaml_parser_set_input_string(parser, text.baseAddress ?? UnsafePointer(emptyPointer), text.count)
    var event = yaml_event_t()
    while yaml_parser_parse(parser, &event) != 0 {
      events += 1
      defer { yaml_event_delete(&event) }
      let line = UInt32(truncatingIfNeeded: event.start_mark.line + 1)
      let column = UInt32(truncatingIfNeeded: event.start_mark.column + 1)
      let index = UInt32(nodes.count)
      switch event.type {
      case YAML_SCALAR_EVENT:
        let data = event.data.scalar
        let value = UnsafeBufferPointer(start: data.value, count: data.length)
        nodes.append(
          ArenaNode(
            kindStyle: UInt8(truncatingIfNeeded: data.style.rawValue) << 2, firstByte: value.first ?? 0, line: line,
            column: column, start: UInt32(bytes.count), count: UInt32(data.length)))
        bytes.append(contentsOf: value)
        if scratch.starts.isEmpty { roots.append(index) } else { scratch.pending.append(index) }
      case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
        let kind: UInt8 = event.type == YAML_MAPPING_START_EVENT ? 2 : 1
        nodes.append(ArenaNode(kindStyle: kind, firstByte: 0, line: line, column: column, start: 0, count: 0))
        if scratch.starts.isEmpty { roots.append(index) } else { scratch.pending.append(index) }
        scratch.starts.append(scratch.pending.count)
        scratch.open.append(index)
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
        guard let from = scratch.starts.popLast(), let closed = scratch.open.popLast() else { break }
        nodes[Int(closed)].start = UInt32(children.count)
        nodes[Int(closed)].count = UInt32(scratch.pending.count - from)
        for i in from..<scratch.pending.count { children.append(scratch.pending[i]) }
        scratch.pending.removeLast(scratch.pending.count - from)
      case YAML_STREAM_END_EVENT:
        return
      default:
        break
      }
    }
  }
  arena.nodes = nodes
  arena.bytes = bytes
  arena.children = children
  arena.roots = roots
  return arena
}

func hasYAMLExtension(_ name: UnsafePointer<CChar>) -> Bool {
  let length = strlen(name)
  return (length >= 5 && strcmp(name + length - 5, ".yaml") == 0) || (length >= 4 && strcmp(name + length - 4, ".yml") == 0)
}

func walk(_ path: String, into arenas: inout [Arena], scratch: inout Scratch, events: inout Int) {
  var names: UnsafeMutablePointer<UnsafeMutablePointer<dirent>?>? = nil
  // Sorted by name as the bare parse's alphasort does (strcoll in the C locale: byte order).
  let count = scandir(path, &names, nil) { a, b in
    guard let a = a?.pointee, let b = b?.pointee else { return 0 }
    var x = a.pointee.d_name
    var y = b.pointee.d_name
    return withUnsafePointer(to: &x) { p in
      withUnsafePointer(to: &y) { q in
        strcmp(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(q).assumingMemoryBound(to: CChar.self))
      }
    }
  }
  guard count >= 0, let names else { return }
  defer { free(names) }
  for i in 0..<Int(count) {
    guard let entry = names[i] else { continue }
    defer { free(entry) }
    let name = withUnsafePointer(to: &entry.pointee.d_name) { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
    if name[0] == CChar(UInt8(ascii: ".")) { continue }
    let child = path + "/" + String(cString: name)
    if entry.pointee.d_type == DT_DIR {
      walk(child, into: &arenas, scratch: &scratch, events: &events)
      continue
    }
    guard hasYAMLExtension(name) else { continue }
    let fd = open(child, O_RDONLY)
    guard fd >= 0 else { continue }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      close(fd)
      continue
    }
    let size = max(Int(info.st_size), 0)
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(size, 1))
    let got = Glibc.read(fd, buffer.baseAddress, size)
    close(fd)
    arenas.append(read(UnsafeBufferPointer(start: buffer.baseAddress, count: max(got, 0)), scratch: &scratch, events: &events))
    buffer.deallocate()
  }
}

var arenas: [Arena] = []
var scratch = Scratch()
var events = 0
for path in CommandLine.arguments.dropFirst() { walk(path, into: &arenas, scratch: &scratch, events: &events) }
print("\(arenas.count) files, \(events) events, \(arenas.reduce(0) { $0 + $1.nodes.count }) nodes")
