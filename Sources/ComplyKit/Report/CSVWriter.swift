/// CSV as RFC 4180 writes it, for spreadsheets: CRLF line ends; a field with a comma, a double
/// quote or a line break is quoted (quotes doubled); and a UTF-8 byte order mark first, so that Excel
/// and WPS read the Chinese as UTF-8. A field that a spreadsheet would take for a formula (starting
/// with `=`, `+`, `-`, `@`) gets a leading `'`, so record text can never run as one.
enum CSVWriter {
  static let byteOrderMark = "\u{FEFF}"

  static func render(header: [String], rows: [[String]]) -> String {
    var out = byteOrderMark
    for row in [header] + rows {
      out += row.map(field).joined(separator: ",") + "\r\n"
    }
    return out
  }

  static func field(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
    // By scalars, not characters: a quote followed by a combining mark is one character, but still
    // a quote to whoever reads the CSV.
    let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard needsQuotes else { return value }
    var quoted = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      quoted.append(scalar)
      if scalar == "\"" { quoted.append(scalar) }
    }
    return "\"" + String(quoted) + "\""
  }
}
