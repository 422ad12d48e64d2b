/// What one thread keeps from one file it reads to the next: the texts of scalars already made
/// (`ScalarTextCache`), so that a text met again is shared rather than decoded anew, and the tree
/// builder's stacks, so that their room is made once (`TreeBuilder.Stacks`). One per thread; only one
/// reader may use it at a time. Readers work without one (rule files, configs, a single document).
final class ReadWorkspace {
  let texts = ScalarTextCache()
  let stacks = TreeBuilder.Stacks()

  init() {}
}
