/// What an expression sees while it is evaluated.
struct Environment {
  let store: RecordStore
  /// `$`: the record the rule is about (the organization, for a schedule rule).
  var root: Value
  /// What bare field names are read from: the record, or the element of a list being looked at.
  var scope: Value
  /// `$name` variables: `let` bindings, `for_each … as`, schedule sets, `$org`, `$period`, `$params`, `$window`.
  var variables: Variables

  func with(scope: Value) -> Environment {
    var copy = self
    copy.scope = scope
    return copy
  }
}

/// The variables in scope: a chain of bindings, the newest first, shared by every environment made
/// from another. Binding one (`for_each … as item`, once per element) adds a link instead of copying
/// a dictionary, and the few names in scope are found by comparing, not hashing.
struct Variables: Sendable, ExpressibleByDictionaryLiteral {
  private final class Binding: Sendable {
    let name: String
    let value: Value
    let next: Binding?

    init(name: String, value: Value, next: Binding?) {
      self.name = name
      self.value = value
      self.next = next
    }
  }

  private var head: Binding?

  init(_ values: [String: Value]) {
    // In name order, so that the chain does not depend on the dictionary's order.
    for (name, value) in values.sorted(by: { $0.key < $1.key }) { head = Binding(name: name, value: value, next: head) }
  }

  init(dictionaryLiteral elements: (String, Value)...) {
    for (name, value) in elements { head = Binding(name: name, value: value, next: head) }
  }

  /// The same bindings in the same order, each a new link: for a core that should not share the
  /// chain's reference counts with another (see `RecordRuleRun.forOneCore`).
  func rebound() -> Variables {
    var links: [Binding] = []
    var link = head
    while let binding = link {
      links.append(binding)
      link = binding.next
    }
    var copy: Variables = [:]
    for binding in links.reversed() { copy.head = Binding(name: binding.name, value: binding.value, next: copy.head) }
    return copy
  }

  /// The newest binding of `name`; setting one shadows the older (nil binds nothing).
  subscript(name: String) -> Value? {
    get {
      let length = name.utf8.count
      var link = head
      while let binding = link {
        if binding.name.utf8.count == length, binding.name == name { return binding.value }
        link = binding.next
      }
      return nil
    }
    set {
      if let newValue { head = Binding(name: name, value: newValue, next: head) }
    }
  }
}
