#include "reviewstyle.h"

namespace nbapply::review
{

QString reviewStyleSheet()
{
    // Kept as one literal so that the page is self-contained (setHtml has no base URL to load from).
    return QStringLiteral(R"css(
:root { color-scheme: light; }
html { background: #ffffff; }
body {
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 11pt; line-height: 1.5; color: #1a1a1a; background: #ffffff;
  max-width: 54em; margin: 1.2em auto; padding: 0 1.2em;
}
header h1 { font-size: 1.45em; margin: 0; }
header .title-en { font-size: 1.05em; color: #404040; margin: 0.1em 0 0.4em; }
header .source, header .governing { font-size: 0.9em; color: #404040; margin: 0.15em 0; }
h2 { font-size: 1.15em; margin: 1.4em 0 0.4em; padding-bottom: 0.15em; border-bottom: 2px solid #1a1a1a; }
h2 .en { display: inline; font-weight: normal; font-size: 0.85em; color: #404040; margin-left: 0.35em; }
.en { display: block; color: #4a4a4a; font-size: 0.88em; }
table.fields { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.fields th, table.fields td { border: 1px solid #8c8c8c; padding: 0.35em 0.6em; vertical-align: top;
  text-align: left; }
table.fields th { width: 32%; background: #f2f2f2; font-weight: normal; }
.value { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.value .en { white-space: normal; }
.empty { color: #5c5c5c; font-style: italic; }
.prefix { color: #404040; }
ul.choices { list-style: none; margin: 0; padding: 0; }
ul.choices li { margin: 0.1em 0; }
.box { display: inline-block; width: 1.3em; font-family: "DejaVu Sans", sans-serif; }
li.unchosen { color: #5c5c5c; }
/* Read by screen readers, not drawn (and not printed): chosen/not chosen, the tables' column headers. */
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print { .sr-only { display: none; } }
a.field-link { color: inherit; text-decoration: none; display: block; }
a.field-link:hover .zh, a.field-link:focus .zh { text-decoration: underline; }
/* The keyboard focus, drawn by the page: 3:1 or more against every background above and below (Chromium's
   own ring measured 2.14:1). */
a:focus { outline: 2px solid #1f4e99; outline-offset: 1px; }
a.field-link .edit-hint { color: #1f4e99; font-size: 0.8em; }
a.problem-link { color: #1f4e99; }
.problem { margin: 0.3em 0 0.1em; padding: 0.2em 0.45em; border-left: 4px solid; display: flex; gap: 0.4em;
  align-items: flex-start; }
.problem svg { flex: none; width: 1.1em; height: 1.1em; margin-top: 0.2em; }
.problem.error { border-left-style: solid; border-color: #b00020; background: #fdecee; }
.problem.warning { border-left-style: dashed; border-color: #8a5a00; background: #fff6dc; }
.problem .kind { font-weight: bold; }
tr.has-error th { border-left: 4px solid #b00020; }
tr.has-warning th { border-left: 4px dashed #8a5a00; }
.summary { margin: 1em 0; padding: 0.6em 0.9em; border: 1px solid #8c8c8c; }
.summary.blocked { border: 2px solid #b00020; }
.summary.ok { border: 2px solid #1d6b33; }
.summary h2 { border: none; margin: 0 0 0.3em; font-size: 1.05em; display: flex; gap: 0.4em; align-items: center; }
.summary h2 svg { width: 1.2em; height: 1.2em; }
.summary ol { margin: 0.3em 0 0; padding-left: 1.4em; }
.summary li { margin: 0.15em 0; }
.mark { display: inline-block; border: 1px solid #404040; border-radius: 0.25em; padding: 0 0.35em;
  font-size: 0.82em; margin: 0.1em 0.3em 0.1em 0; }
.mark.stamp, .mark.differs { border-width: 2px; font-weight: bold; }
ul.files { margin: 0.2em 0 0; padding-left: 1.2em; }
ul.files .path { color: #4a4a4a; font-size: 0.85em; overflow-wrap: anywhere; }
.notes p { white-space: pre-line; margin: 0.3em 0; }
.notes .en { margin-bottom: 0.8em; }
footer { margin-top: 1.6em; font-size: 0.85em; color: #404040; }
bdi { unicode-bidi: isolate; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  a.field-link .edit-hint, .screen-only { display: none; }
  a.problem-link { color: inherit; text-decoration: none; }
  tr, .problem, .summary li { break-inside: avoid; }
  h2 { break-after: avoid; }
}
)css");
}

QString errorIconSvg()
{
    // A filled circle with a cross: recognisable without colour.
    return QStringLiteral(
        "<svg class=\"icon\" aria-hidden=\"true\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" "
        "fill=\"#b00020\"/><path d=\"M5 5l6 6M11 5l-6 6\" stroke=\"#fff\" stroke-width=\"2\" "
        "stroke-linecap=\"round\"/></svg>");
}

QString warningIconSvg()
{
    // A triangle with an exclamation mark.
    return QStringLiteral(
        "<svg class=\"icon\" aria-hidden=\"true\" viewBox=\"0 0 16 16\"><path d=\"M8 1l7.5 14h-15z\" "
        "fill=\"#f2b705\" stroke=\"#5c3d00\" stroke-width=\"1\" stroke-linejoin=\"round\"/>"
        "<path d=\"M8 6v4.5\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-linecap=\"round\"/>"
        "<circle cx=\"8\" cy=\"12.8\" r=\"1.1\" fill=\"#1a1a1a\"/></svg>");
}

QString okIconSvg()
{
    return QStringLiteral(
        "<svg class=\"icon\" aria-hidden=\"true\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" "
        "fill=\"#1d6b33\"/><path d=\"M4.5 8.3l2.3 2.3 4.7-4.9\" fill=\"none\" stroke=\"#fff\" "
        "stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>");
}

} // namespace nbapply::review
