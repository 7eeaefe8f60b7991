/**
 * The whole stylesheet, inlined: no requests to other servers. Large type, strong contrast (4.5:1 or more),
 * visible focus, touch targets of at least 44px (2.75rem at 18px is 49.5px), readable from 320px wide.
 */
export const STYLES = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.6; color: #1b1b1b; background: #fff; overflow-wrap: break-word; }
main, .site-header > div { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.site-header { background: #12355b; color: #fff; padding: 0.25rem 0; }
.site-header a { color: #fff; font-weight: 700; display: inline-block; padding: 0.6rem 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 0.25rem 0 0.5rem; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 0.25rem 0 0.5rem; }
a { color: #0b4f9c; text-decoration-thickness: 2px; text-underline-offset: 3px; }
a:hover { color: #062c57; }
.site-header a:hover { color: #fff; text-decoration-thickness: 3px; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 6px #1b1b1b; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 1rem; top: -20rem; z-index: 1; padding: 0.6rem 1rem; background: #fff; color: #0b4f9c; font-weight: 700; border: 3px solid #12355b; }
.skip-link:focus { top: 0.5rem; }
.intro { font-size: 1.05rem; }
.demo { border: 3px solid #8a5a00; background: #fff4d6; padding: 0.75rem 1rem; margin: 1rem 0; }
form.search { margin: 1.5rem 0 1rem; }
form.search label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
.search-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
input[type="search"] { flex: 1 1 12rem; min-width: 0; font: inherit; padding: 0.6rem 0.75rem; border: 2px solid #1b1b1b; border-radius: 4px; min-height: 3rem; }
button { font: inherit; font-weight: 700; padding: 0.6rem 1.25rem; min-height: 3rem; border: 2px solid #12355b; border-radius: 4px; background: #12355b; color: #fff; cursor: pointer; }
.filters { margin: 0 0 1rem; }
.filter-group { margin: 0 0 0.75rem; }
.filter-label { font-weight: 700; margin: 0 0 0.25rem; }
summary.filter-label { padding: 0.45rem 0; margin: 0; cursor: pointer; }
details[open] > summary.filter-label { margin-bottom: 0.25rem; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0; }
.chip { display: inline-block; min-height: 2.75rem; padding: 0.45rem 0.9rem; border: 2px solid #0b4f9c; border-radius: 2rem; background: #fff; color: #0b4f9c; text-decoration: none; }
.chip:hover { background: #e8eef6; color: #062c57; text-decoration: underline; }
.chip[aria-current] { border: 3px solid #062c57; background: #0b4f9c; color: #fff; font-weight: 700; }
.chip[aria-current]:hover { background: #062c57; color: #fff; }
.clear-filters a { display: inline-block; padding: 0.5rem 0; font-weight: 700; }
.count { font-weight: 700; }
.day h2 { font-size: 1.5rem; margin: 1.5rem 0 0; padding-bottom: 0.25rem; border-bottom: 3px solid #12355b; }
.day li:first-child .item { border-top: 0; }
.items { list-style: none; padding: 0; margin: 0; }
.item { border-top: 2px solid #d0d0d0; padding: 1.25rem 0; }
.labels { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; font-size: 0.9rem; font-weight: 700; }
.label { padding: 0.1rem 0.6rem; border-radius: 4px; background: #e8eef6; color: #12355b; }
.label-closed { background: #fff; color: #1b1b1b; border: 2px solid #1b1b1b; }
.item.is-closed h2, .item.is-closed h3, .item.is-closed .summary { color: #4a4a4a; }
.details { margin: 0.5rem 0; }
.details div { display: flex; gap: 0.5rem; }
.details dt { font-weight: 700; min-width: 6.5rem; }
.details dd { margin: 0; }
.respond-row { margin: 0.75rem 0 0; }
.respond { display: inline-block; min-height: 2.75rem; padding: 0.5rem 1.1rem; border: 2px solid #12355b; border-radius: 4px; background: #12355b; color: #fff; font-weight: 700; text-decoration: none; }
.respond:hover { background: #062c57; color: #fff; text-decoration: underline; }
.is-closed .respond { background: #fff; color: #12355b; }
.is-closed .respond:hover { background: #e8eef6; color: #062c57; }
.also-on { margin: 0.5rem 0 0; }
.also-on a { display: inline-block; padding: 0.45rem 0; }
.more { display: inline-block; margin: 1.5rem 0; padding: 0.5rem 0; font-weight: 700; }
.wijken { padding-left: 1.25rem; }
.wijken li { margin: 0.25rem 0; }
.wijken a { display: inline-block; padding: 0.45rem 0; }
.site-footer { max-width: 46rem; margin: 2rem auto 0; padding: 1rem 1rem 2rem; border-top: 2px solid #d0d0d0; }
.site-footer ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 1rem; padding: 0; }
.site-footer a { display: inline-block; padding: 0.45rem 0; }
@media (max-width: 30rem) { h1 { font-size: 1.6rem; } .details div { display: block; } }
`
