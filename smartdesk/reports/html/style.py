"""The pack page's stylesheet: system fonts, dark text, visible focus, and print.

Colours keep at least 7:1 contrast against their background (WCAG AAA for text, AA
with room to spare); the focus ring is a thick dark outline on yellow, visible on any
background the page uses. On paper the cover, the contents and each appendix start a
new page, a table's header row repeats, and a figure or table row is not split.
"""

from __future__ import annotations

CSS = """
html { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial,
  sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { margin: 0; }
header, nav, main { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
main { padding-bottom: 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem;
  padding-bottom: 0.25rem; border-bottom: 2px solid #1d4f91; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.75rem 0 0.5rem; }
p, li { max-width: 42rem; }
a { color: #1d4f91; text-underline-offset: 0.15em; }
a:visited { color: #4c2c92; }
a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 0; background: #ffdd00;
  color: #1b1b1b; text-decoration: none; }
[tabindex]:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 3px;
  box-shadow: 0 0 0 6px #ffdd00; }
.skip-link { position: absolute; left: 0.5rem; top: -5rem; padding: 0.5rem 1rem;
  background: #ffdd00; color: #1b1b1b; font-weight: 700; }
.skip-link:focus { top: 0.5rem; }
.council { font-size: 1.25rem; font-weight: 700; margin: 2rem 0 0.25rem; }
.draft { font-weight: 700; letter-spacing: 0.2em; color: #8a1c1c; margin: 1rem 0 0; }
.marking { display: inline-block; margin: 1rem 0; padding: 0.25rem 0.75rem;
  border: 2px solid #1b1b1b; font-weight: 700; font-size: 1.1rem; }
.note, .empty { font-size: 0.9rem; color: #404040; }
.empty { font-style: italic; }
.table { overflow-x: auto; margin: 1rem 0 1.5rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
.table table { width: 100%; }
caption { caption-side: top; text-align: left; font-weight: 700; padding: 0 0 0.35rem; }
th, td { border: 1px solid #6b7785; padding: 0.3rem 0.5rem; text-align: left;
  vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
thead th { background: #dde6f0; }
tbody th { font-weight: 600; }
table.details { width: 100%; margin: 1rem 0; }
table.details th { width: 32%; background: #f2f5f9; }
figure { margin: 1.5rem 0 2rem; }
svg.chart, figure img { display: block; width: 100%; height: auto; margin: 0 auto; }
svg.chart * { stroke-linejoin: round; stroke-linecap: butt; }
figcaption { font-size: 0.9rem; margin-top: 0.5rem; }
figcaption p { margin: 0.25rem 0; }
.values-intro { font-weight: 700; }
.values { columns: 2 16rem; column-gap: 2rem; margin: 0.25rem 0; padding-left: 1.25rem; }
.values li { break-inside: avoid; }
nav ul { list-style: none; padding-left: 0; }
nav ul ul { padding-left: 1.5rem; }
nav li { margin: 0.3rem 0; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  html { font-size: 10pt; }
  .skip-link { display: none; }
  header, nav, main { max-width: none; padding: 0; }
  header, nav { break-after: page; }
  .new-page { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  figure, tr, .marking { break-inside: avoid; }
  thead { display: table-header-group; }
  .table { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  th, td { min-width: 0 !important; }
}
"""
