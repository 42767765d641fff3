/// An object a callback captures, so that a test can prove with a `weak` reference that the
/// callback itself was freed: nothing else holds it.
final class Captured {}
