// Loads the calculation core once for every page. lib/ is written by
// `node embed/build-miniprogram.mjs` (the loader and the .wasm, from the repository's pkg/).
const { load } = require('./lib/pension-estimator.js');

App({
  onLaunch() {
    // A Promise of the API; it never rejects into a page unnoticed: pages check `.catch`.
    this.estimator = load();
  },
});
