// The pages' two DOM helpers, written into each page's script by build.mjs (withIncludes).
// Data is shown with textContent only (tests/hostile/html.test.ts reads this file too).
function el(tag, attrs, text) {
  var node = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function byId(id) { return document.getElementById(id); }
