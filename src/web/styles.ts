/** The whole stylesheet, inlined: no requests to other servers. Large type, strong contrast, visible focus. */
export const STYLES = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.6; color: #1b1b1b; background: #fff; }
main, .site-header > div { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.site-header { background: #12355b; color: #fff; padding: 0.75rem 0; }
.site-header a { color: #fff; font-weight: 700; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 0.25rem 0 0.5rem; }
a { color: #0b4f9c; text-decoration-thickness: 2px; text-underline-offset: 3px; }
a:hover { color: #062c57; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 6px #1b1b1b; }
.intro { font-size: 1.05rem; }
.demo { border: 3px solid #8a5a00; background: #fff4d6; padding: 0.75rem 1rem; margin: 1rem 0; }
form.search { margin: 1.5rem 0 1rem; }
form.search label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
.search-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
input[type="search"] { flex: 1 1 14rem; font: inherit; padding: 0.6rem 0.75rem; border: 2px solid #1b1b1b; border-radius: 4px; min-height: 3rem; }
button { font: inherit; font-weight: 700; padding: 0.6rem 1.25rem; min-height: 3rem; border: 2px solid #12355b; border-radius: 4px; background: #12355b; color: #fff; cursor: pointer; }
.kinds ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0 0 1rem; }
.kinds a { display: inline-block; padding: 0.4rem 0.9rem; border: 2px solid #0b4f9c; border-radius: 2rem; text-decoration: none; }
.kinds a[aria-current="page"] { background: #0b4f9c; color: #fff; }
.count { font-weight: 700; }
.items { list-style: none; padding: 0; margin: 0; }
.item { border-top: 2px solid #d0d0d0; padding: 1.25rem 0; }
.labels { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; font-size: 0.9rem; font-weight: 700; }
.label { padding: 0.1rem 0.6rem; border-radius: 4px; background: #e8eef6; color: #12355b; }
.label-closed { background: #fff; color: #1b1b1b; border: 2px solid #1b1b1b; }
.item.is-closed h2, .item.is-closed .summary { color: #4a4a4a; }
.details { margin: 0.5rem 0; }
.details div { display: flex; gap: 0.5rem; }
.details dt { font-weight: 700; min-width: 6.5rem; }
.details dd { margin: 0; }
.source-link { display: inline-block; margin-top: 0.25rem; font-weight: 700; }
.also-on { margin: 0.5rem 0 0; }
.more { display: inline-block; margin: 1.5rem 0; font-weight: 700; }
.wijken { padding-left: 1.25rem; }
.wijken li { margin: 0.5rem 0; }
footer { border-top: 2px solid #d0d0d0; margin-top: 2rem; padding: 1rem 0 2rem; }
footer ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; }
@media (max-width: 30rem) { h1 { font-size: 1.6rem; } .details div { display: block; } }
`
