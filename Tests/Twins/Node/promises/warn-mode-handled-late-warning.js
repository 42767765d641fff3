// In warn mode, a handler attached after the rejection was reported and no rejectionHandled
// listener prints a PromiseRejectionHandledWarning with the same rejection id.
// twin: stderr node-args=--unhandled-rejections=warn
const rejected = Promise.reject(42);
setTimeout(() => rejected.catch((reason) => console.log('caught', reason)), 1);
