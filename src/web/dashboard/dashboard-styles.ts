/** The dashboard's own styles, after the site's (styles.ts): same type, colours and focus ring. */
export const DASHBOARD_STYLES = `
.toc ul { padding-left: 1.25rem; margin: 0.5rem 0 0; }
.toc a { display: inline-block; padding: 0.5rem 0; }
.message a { display: inline-block; padding: 0.6rem 0; }
.dash-section { border-top: 3px solid #12355b; margin-top: 2.5rem; padding-top: 0.5rem; }
.dash-section > h2 { font-size: 1.5rem; }
.activity { margin: 0; }
.activity figcaption { margin-bottom: 0.75rem; }
.chart-scroll, .table-scroll { overflow-x: auto; }
svg.chart { display: block; width: 100%; min-width: 32rem; height: auto; }
.chart-label { font-size: 16px; font-weight: 700; fill: #1b1b1b; }
.chart-number { font-size: 14px; font-weight: 700; fill: #1b1b1b; }
.chart-zero { font-weight: 400; fill: #595959; }
.chart-bar { fill: #12355b; }
.chart-axis { stroke: #1b1b1b; stroke-width: 1; }
.chart-week { font-size: 13px; fill: #1b1b1b; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 700; min-height: 2.75rem; padding: 0.4rem 0; }
table { border-collapse: collapse; margin: 0.5rem 0; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.25rem; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.6rem; text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; white-space: nowrap; }
.dash-list { list-style: none; padding: 0; margin: 0; }
.dash-list > li { border-top: 2px solid #d0d0d0; padding: 1rem 0; }
.dash-list h3 { font-size: 1.15rem; margin: 0.25rem 0; }
.dash-list h4 { font-size: 1.05rem; margin: 0.25rem 0; }
.meta { margin: 0.25rem 0; }
.age { font-weight: 700; }
.button-link { display: inline-block; margin-top: 0.5rem; padding: 0.6rem 1.25rem; min-height: 3rem; border: 2px solid #12355b; border-radius: 4px; background: #12355b; color: #fff; font-weight: 700; text-decoration: none; }
.button-link:hover { background: #062c57; color: #fff; }
.match { display: grid; gap: 1rem; }
@media (min-width: 40rem) { .match { grid-template-columns: 1fr 1fr; } }
.side-label { margin: 0; font-size: 0.9rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.offers { list-style: none; padding: 0; margin: 0; }
.offers > li + li { border-top: 1px solid #d0d0d0; margin-top: 0.75rem; padding-top: 0.75rem; }
.cross { display: inline-block; border: 2px solid #1b1b1b; border-radius: 4px; padding: 0 0.5rem; font-weight: 700; }
.state { font-weight: 700; font-size: 1.1rem; margin: 0.25rem 0; }
.problem { border-left: 6px solid #b00020; background: #fdf0f0; padding: 0.5rem 1rem; margin: 0.5rem 0; }
.problem p { margin: 0.25rem 0; }
.message { overflow-wrap: anywhere; }
.alert { border: 3px solid #b00020; background: #fdf0f0; padding: 0.75rem 1rem; margin: 1rem 0; font-weight: 700; }
form.login { margin: 1.5rem 0; }
form.login label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
input[type="password"] { display: block; width: 100%; max-width: 24rem; font: inherit; padding: 0.6rem 0.75rem; min-height: 3rem; border: 2px solid #1b1b1b; border-radius: 4px; margin-bottom: 0.75rem; }
form.logout { display: inline; }
.dash-footer { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
code { overflow-wrap: anywhere; }
`
