// Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
// The shipped rule pack, compiled in so that an installed binary needs no files beside it.

enum ShippedRules {
  static let files: [(path: String, text: String)] = [
  ]
}
