// abort() sets aborted and reason (a DOMException AbortError by default) and runs the abort
// listeners at once, in the order they were added; onabort counts where it was first set.
const controller = new AbortController();
const signal = controller.signal;
signal.addEventListener('abort', () => console.log('listener 1'));
signal.onabort = () => console.log('onabort');
signal.addEventListener('abort', () => console.log('once listener'), { once: true });
console.log('aborted before', signal.aborted);
controller.abort();
console.log('aborted after', signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code);
controller.abort();
const withReason = new AbortController();
withReason.abort(new Error('why'));
try {
  withReason.signal.throwIfAborted();
} catch (error) {
  console.log('thrown', error.message);
}
console.log('static abort', AbortSignal.abort().aborted);
