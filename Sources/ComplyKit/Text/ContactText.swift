/// Finds the contact details of a notice or report in its text: phone numbers after 联系电话 / 举报电话 /
/// 受理电话 / 联系方式 (with or without an area code, several of them, `0531—12380`, `（0531）86061234`),
/// the mailing address after 通讯地址 / 地址 / 来信地址 / 邮政信箱 (and the 邮政编码), and e-mail addresses.
struct ContactText {
  struct Value: Sendable {
    let text: String
    /// Where the value is written, and where its label is.
    let mark: Mark
    let labelMark: Mark
  }

  var phone: Value?
  var address: Value?
  var postcode: Value?
  var email: Value?

  enum Field { case phone, address, email, postcode, other }

  static let labels: [(String, Field)] = [
    ("联系电话", .phone), ("举报电话", .phone), ("受理电话", .phone), ("监督电话", .phone), ("咨询电话", .phone),
    ("投诉电话", .phone), ("值班电话", .phone), ("办公电话", .phone), ("联系方式", .phone), ("电话号码", .phone),
    ("电话", .phone), ("手机", .phone), ("热线", .phone),
    ("通讯地址", .address), ("通信地址", .address), ("来信地址", .address), ("邮寄地址", .address),
    ("联系地址", .address), ("邮政信箱", .address), ("来信请寄", .address), ("信函请寄", .address), ("地址", .address),
    ("电子邮箱地址", .email), ("电子邮件地址", .email), ("邮箱地址", .email), ("电子邮箱", .email), ("电子信箱", .email),
    ("电子邮件", .email), ("邮箱", .email), ("E-mail", .email), ("e-mail", .email), ("E-Mail", .email),
    ("Email", .email), ("email", .email), ("EMAIL", .email), ("E-MAIL", .email),
    ("邮政编码", .postcode), ("邮编", .postcode),
    ("传真", .other), ("网址", .other), ("网站", .other), ("网页", .other), ("短信", .other), ("微信", .other),
    ("公众号", .other), ("QQ", .other),
  ]
  static let labelTexts = labels.map(\.0)
  static let fieldOf: [String: Field] = Dictionary(labels, uniquingKeysWith: { a, _ in a })

  /// The contact details in the lines given (all lines when nil).
  static func find(in src: TextSource, lines: [Int]? = nil) -> ContactText {
    var found = ContactText()
    var phones: [(text: String, mark: Mark)] = []
    var phoneLabel: Mark?
    for line in lines ?? Array(src.lines.indices) {
      let range = src.lines[line]
      // The labels of the line, in order; each one's value runs to the next.
      var segments: [(field: Field, label: Range<Int>, value: Range<Int>)] = []
      var i = range.lowerBound
      while i < range.upperBound {
        if let hit = src.anyOf(labelTexts, at: i), hit.end <= range.upperBound, let field = fieldOf[hit.needle],
          !isInsideWord(src, hit.needle, at: i)
        {
          if let last = segments.popLast() { segments.append((last.field, last.label, last.value.lowerBound..<i)) }
          segments.append((field, i..<hit.end, hit.end..<range.upperBound))
          i = hit.end
        } else {
          i += 1
        }
      }
      for (index, segment) in segments.enumerated() {
        let value =
          src.skipLabelGlue(from: segment.value.lowerBound, limit: segment.value.upperBound)..<segment.value.upperBound
        switch segment.field {
        case .phone:
          var numbers = phoneNumbers(src, in: value)
          // `12380举报电话`: the number before its label.
          if numbers.isEmpty {
            let before =
              (index > 0 ? segments[index - 1].value.lowerBound : range.lowerBound)..<segment.label.lowerBound
            if let last = phoneNumbers(src, in: before).last,
              src.skipSpaces(from: last.range.upperBound, limit: segment.label.lowerBound) == segment.label.lowerBound
            {
              numbers = [last]
            }
          }
          if !numbers.isEmpty, phoneLabel == nil { phoneLabel = src.mark(segment.label.lowerBound) }
          for number in numbers where !phones.contains(where: { $0.text == number.text }) {
            phones.append((number.text, src.mark(number.range.lowerBound)))
          }
        case .address:
          guard found.address == nil, let address = addressValue(src, in: value) else { continue }
          found.address = Value(
            text: src.textFoldingDigits(address.text), mark: src.mark(address.text.lowerBound),
            labelMark: src.mark(segment.label.lowerBound))
          if found.postcode == nil, let code = address.postcode {
            found.postcode = Value(
              text: src.folded(code), mark: src.mark(code.lowerBound), labelMark: src.mark(code.lowerBound))
          }
        case .postcode:
          guard found.postcode == nil,
            let code = src.number(at: value.lowerBound, limit: value.upperBound, maxDigits: 6),
            code.end - value.lowerBound == 6
          else { continue }
          found.postcode = Value(
            text: src.folded(value.lowerBound..<code.end), mark: src.mark(value.lowerBound),
            labelMark: src.mark(segment.label.lowerBound))
        case .email, .other:
          continue
        }
      }
    }
    if let first = phones.first, let phoneLabel {
      found.phone = Value(text: phones.map(\.text).joined(separator: "、"), mark: first.mark, labelMark: phoneLabel)
    }
    let emails = emailAddresses(src, lines: lines)
    if let first = emails.first {
      let line = src.lines[src.line(of: first.range.lowerBound)]
      let label = src.findAny(labels.filter { $0.1 == .email }.map(\.0), in: line.lowerBound..<first.range.lowerBound)
      found.email = Value(
        text: emails.map(\.text).joined(separator: "、"), mark: src.mark(first.range.lowerBound),
        labelMark: src.mark(label?.start ?? first.range.lowerBound))
    }
    return found
  }

  /// `电话` in `电话会议` is still a label; but `地址` after `网站`/`网页`/`IP` is not a mailing address.
  private static func isInsideWord(_ src: TextSource, _ label: String, at index: Int) -> Bool {
    guard label == "地址" || label == "电话" else { return false }
    return src.has("网站", at: index - 2) || src.has("网页", at: index - 2) || src.has("IP", at: index - 2)
  }

  /// Whether anything was found.
  var isEmpty: Bool { phone == nil && address == nil && email == nil }

  /// The `contact` mapping of the record, marked at its first label.
  var node: Node? {
    let labelMarks = [phone, address, email].compactMap { $0?.labelMark }
    guard let mark = labelMarks.min() else { return nil }
    var builder = RecordBuilder(mark: mark)
    if let phone { builder.text("phone", phone.text, at: phone.mark, keyMark: phone.labelMark) }
    if let address { builder.text("address", address.text, at: address.mark, keyMark: address.labelMark) }
    if let postcode { builder.text("postcode", postcode.text, at: postcode.mark, keyMark: postcode.labelMark) }
    if let email { builder.text("email", email.text, at: email.mark, keyMark: email.labelMark) }
    return builder.node
  }

  // MARK: - Phone numbers

  /// Phone numbers in `range`: `024-52606479`, `0531—12380`, `(0531)86061234`, `0531 86061234`,
  /// `13912345678`, `12380`, `86061234转8001`; written the way the record writes them (`0531-86061234`).
  static func phoneNumbers(_ src: TextSource, in range: Range<Int>) -> [(text: String, range: Range<Int>)] {
    var found: [(String, Range<Int>)] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let number = phoneNumber(src, at: i, limit: range.upperBound) {
        found.append(number)
        i = number.1.upperBound
      } else {
        i += 1
      }
    }
    return found
  }

  private static func phoneNumber(_ src: TextSource, at index: Int, limit: Int) -> (String, Range<Int>)? {
    guard let first = src.scalar(index), first == "(" || TextSource.isDigit(first) else { return nil }
    if let before = src.scalar(index - 1),
      TextSource.isDigit(before) || TextSource.isASCIILetter(before) || before == "." || before == "/" || before == "@"
        || before == "_"
    {
      return nil
    }
    var groups: [String] = []
    var i = index
    if first == "(" {
      guard let area = src.number(at: i + 1, limit: limit, maxDigits: 5), (3...5).contains(area.end - i - 1),
        area.end < limit,
        src.scalars[area.end] == ")"
      else { return nil }
      groups.append(src.folded((i + 1)..<area.end))
      i = src.skipSpaces(from: area.end + 1, limit: limit)
      while i < limit, src.scalars[i] == "-" { i += 1 }
    }
    guard let head = digitRun(src, at: i, limit: limit) else { return nil }
    groups.append(src.folded(i..<head))
    i = head
    while i < limit {
      var j = i
      if src.scalars[j] == "-" {
        while j < limit, src.scalars[j] == "-" { j += 1 }
      } else if src.scalars[j] == " ", groups.count == 1, let area = groups.first, area.hasPrefix("0"),
        (3...4).contains(area.count)
      {
        j += 1
      } else {
        break
      }
      guard let next = digitRun(src, at: j, limit: limit) else { break }
      groups.append(src.folded(j..<next))
      i = next
    }
    let digits = groups.reduce(0) { $0 + $1.count }
    guard (5...12).contains(digits) else { return nil }
    if let after = src.scalar(i), "年月日号个条人元次项%万岁".unicodeScalars.contains(after) || TextSource.isASCIILetter(after) {
      return nil
    }
    if i < limit, src.scalars[i] == ".", TextSource.isDigit(src.scalar(i + 1)) { return nil }
    var text = groups.joined(separator: "-")
    // An extension: `转8001`.
    if i < limit, src.scalars[i] == "转", let ext = digitRun(src, at: i + 1, limit: limit) {
      text += "转" + src.folded((i + 1)..<ext)
      i = ext
    }
    return (text, index..<i)
  }

  private static func digitRun(_ src: TextSource, at index: Int, limit: Int) -> Int? {
    var i = index
    while i < limit, TextSource.isDigit(src.scalars[i]) { i += 1 }
    return i > index ? i : nil
  }

  // MARK: - Address

  /// The address written in `range`, up to `；`, `。` or a postcode, with a postcode in brackets split off.
  private static func addressValue(_ src: TextSource, in range: Range<Int>) -> (
    text: Range<Int>, postcode: Range<Int>?
  )? {
    var end = range.lowerBound
    while end < range.upperBound, src.scalars[end] != ";", src.scalars[end] != "。" { end += 1 }
    var r = src.trimmed(range.lowerBound..<end)
    var postcode: Range<Int>?
    // `济南市历下区…号（250011）` or `…号，250011`
    if r.count > 8, let close = src.scalar(r.upperBound - 1), close == ")", src.scalar(r.upperBound - 8) == "(",
      src.number(at: r.upperBound - 7, limit: r.upperBound - 1, maxDigits: 6) != nil
    {
      postcode = (r.upperBound - 7)..<(r.upperBound - 1)
      r = src.trimmed(r.lowerBound..<(r.upperBound - 8))
    }
    while r.count > 0, let last = src.scalar(r.upperBound - 1),
      last == "," || last == "、" || last == "(" || last == ":" || last == "."
    {
      r = src.trimmed(r.lowerBound..<(r.upperBound - 1))
    }
    guard r.count >= 2, src.find("@", in: r) == nil else { return nil }
    // A value of digits alone is not an address (`地址：` followed by a phone number).
    guard src.scalars[r].contains(where: TextSource.isHan) else { return nil }
    return (r, postcode)
  }

  // MARK: - E-mail

  static func emailAddresses(_ src: TextSource, lines: [Int]?) -> [(text: String, range: Range<Int>)] {
    var found: [(String, Range<Int>)] = []
    for line in lines ?? Array(src.lines.indices) {
      let range = src.lines[line]
      var i = range.lowerBound
      while i < range.upperBound {
        guard src.scalars[i] == "@" else {
          i += 1
          continue
        }
        var low = i
        while low > range.lowerBound, isLocal(src.scalars[low - 1]) { low -= 1 }
        var high = i + 1
        while high < range.upperBound, isDomain(src.scalars[high]) { high += 1 }
        while high > i + 1, src.scalars[high - 1] == "." || src.scalars[high - 1] == "-" { high -= 1 }
        let domain = src.folded((i + 1)..<high)
        if low < i, domain.contains("."), !domain.hasPrefix("."), !domain.contains("..") {
          let text = src.folded(low..<high)
          if !found.contains(where: { $0.0 == text }) { found.append((text, low..<high)) }
        }
        i = high
      }
    }
    return found
  }

  private static func isLocal(_ s: Unicode.Scalar) -> Bool {
    TextSource.isASCIILetter(s) || TextSource.isDigit(s) || "._%+-".unicodeScalars.contains(s)
  }

  private static func isDomain(_ s: Unicode.Scalar) -> Bool {
    TextSource.isASCIILetter(s) || TextSource.isDigit(s) || s == "." || s == "-"
  }
}
