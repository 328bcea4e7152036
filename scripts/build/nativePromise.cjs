/* global module */
// The ZAF SDK falls back to a bundled Promise polyfill where `window.Promise` is missing; every browser
// Zendesk supports has it, so the build points the fallback here instead of shipping the polyfill.
module.exports = globalThis.Promise;
