// Must not compile: src/ sees no `chrome` or `browser` global, so an API call that does not exist
// (or any API call outside src/platform) is a type error. Checked by src/platform/boundary.test.ts.
export function callsAnApiThatDoesNotExist(): void {
  chrome.tabs.definitelyNotAnApi(42); // @expect-error TS2304
}
