"""HTML report for auditors: one self-contained file (inline CSS, JS and SVG charts; nothing fetched).

Every value from a sheet or a list is escaped with html.escape and shown as text: no link, script or
style is ever made from data. A Content-Security-Policy with the hashes of the one inline style and
the one inline script blocks anything else, and every network request, even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Sequence

from compliance.models import Finding, Severity
from compliance.pipeline import Report
from compliance.report import facts
from compliance.report.base import RenderOptions
from compliance.report.document import no_match_statement, sheet_key

NAME = "html"
SUFFIX = "html"
BINARY = False
PER_INPUT = False
DESCRIPTION = "one self-contained page for auditors: charts, a sortable, filterable findings table, provenance"

_CSS = """
:root { --prohibited: #b3261e; --restricted: #d9730d; --review: #b58900; --info: #3f6fb5; --cleared: #8a8a8a;
        --line: #d6d6d6; --soft: #f4f4f4; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto;
       max-width: 1400px; padding: 1rem 1.5rem 3rem; color: #1d1d1d; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin-top: 2rem;
     border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.lead { font-size: 1.05rem; font-weight: 600; }
.statement { background: var(--soft); border-left: 4px solid var(--info); padding: .4rem .7rem; }
.charts { display: flex; flex-wrap: wrap; gap: 2rem; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font: 12px system-ui, Arial, sans-serif; fill: #1d1d1d; }
rect.bar-prohibited { fill: var(--prohibited); } rect.bar-restricted { fill: var(--restricted); }
rect.bar-review { fill: var(--review); } rect.bar-info { fill: var(--info); } rect.bar-list { fill: #4a6c8c; }
rect.bar-cleared { fill: var(--cleared); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); position: sticky; top: 0; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num { text-align: right; white-space: nowrap; }
.sev { font-weight: 700; white-space: nowrap; }
.sev-prohibited { color: var(--prohibited); } .sev-restricted { color: var(--restricted); }
.sev-review { color: var(--review); } .sev-info { color: var(--info); }
tr.cleared td { color: #5f5f5f; background: #f7f7f7; }
tr.cleared .sev { color: var(--cleared); text-decoration: line-through; }
.filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; margin: .5rem 0; }
.filters input[type=search] { min-width: 18rem; padding: .2rem .4rem; }
details summary { cursor: pointer; color: #3a3a3a; }
dl.evidence { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: .3rem 0; }
dl.evidence dt { font-weight: 600; } dl.evidence dd { margin: 0; overflow-wrap: anywhere; }
code, .hash { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;
              overflow-wrap: anywhere; }
.muted { color: #666; }
"""

_JS = """
(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var severity = document.getElementById("filter-severity");
  var rule = document.getElementById("filter-rule");
  var list = document.getElementById("filter-list");
  var text = document.getElementById("filter-text");
  var count = document.getElementById("filter-count");

  function apply() {
    var query = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var lists = " " + row.getAttribute("data-lists") + " ";
      var ok = (!severity.value || row.getAttribute("data-severity") === severity.value) &&
        (!rule.value || row.getAttribute("data-rule") === rule.value) &&
        (!list.value || lists.indexOf(" " + list.value + " ") >= 0) &&
        (!query || row.textContent.toLowerCase().indexOf(query) >= 0);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " findings shown";
  }

  [severity, rule, list].forEach(function (select) { select.addEventListener("change", apply); });
  text.addEventListener("input", apply);

  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, index) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      var numeric = th.getAttribute("data-type") === "num";
      function key(row) {
        var cell = row.cells[index];
        var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
        return numeric ? parseFloat(value) : value.toLowerCase();
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = numeric ? x - y : (x < y ? -1 : (x > y ? 1 : 0));
        if (order === 0) {
          order = Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
          return order;
        }
        return order * direction;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
}());
"""


def e(text: object) -> str:
    """Data as HTML text or attribute value: escaped, XML-safe, never markup."""
    return html.escape(facts.xml_safe(str(text)), quote=True)


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _records(headers: list[str], records: list[facts.Record], hashes: Sequence[str] = ()) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="hash">{e(r[h])}</td>' if h in hashes else f"<td>{e(r[h])}</td>"
                                    for h in headers) + "</tr>" for r in records)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def bar_chart(title: str, items: Sequence[tuple[str, int, str]]) -> str:
    """A horizontal bar chart as inline SVG: (label, count, bar CSS class) per bar."""
    label_w, bar_w, row_h = 150, 260, 26
    height = max(1, len(items)) * row_h + 8
    width = label_w + bar_w + 50
    top = max((n for _, n, _ in items), default=0)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{e(title)}"><title>{e(title)}</title>']
    if not items:
        parts.append(f'<text x="0" y="18">{e("no findings")}</text>')
    for n, (label, count, css) in enumerate(items):
        y = 4 + n * row_h
        w = 0 if top == 0 else max(2, round(bar_w * count / top))
        parts.append(f'<text x="0" y="{y + 16}">{e(label)}</text>'
                     f'<rect class="{e(css)}" x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}"/>'
                     f'<text x="{label_w + w + 6}" y="{y + 16}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _charts(report: Report) -> str:
    by = report.by_severity()
    cleared = facts.cleared_count(report)
    sev_items = [(s, n, f"bar-{s}") for s, n in by.items()]
    if cleared:
        sev_items.append(("of which cleared", cleared, "bar-cleared"))
    list_items = [(lid, n, "bar-list") for lid, n in facts.by_list(report).items()]
    return ('<div class="charts">'
            f'<figure id="chart-severity"><figcaption>Findings by severity</figcaption>'
            f'{bar_chart("Findings by severity", sev_items)}</figure>'
            f'<figure id="chart-lists"><figcaption>Findings by list (the covered entity is named on it)'
            f'</figcaption>{bar_chart("Findings by list", list_items)}</figure></div>')


def _options(select_id: str, label: str, values: Sequence[str]) -> str:
    opts = "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in values)
    return f'<label>{e(label)} <select id="{select_id}"><option value="">all</option>{opts}</select></label>'


def _evidence(f: Finding) -> str:
    pairs = [(k, v) for k, v in facts.evidence(f) if k not in ("Where", "Value", "Severity", "Rule", "Decision")]
    items = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in pairs)
    return f'<details><summary>{e(f.method)}, score {f.score:g}</summary><dl class="evidence">{items}</dl></details>'


_COLUMNS = [("#", "num"), ("Severity", "num"), ("File", ""), ("Sheet", ""), ("Row", "num"), ("Column", ""),
            ("Value", ""), ("Covered entity (relation path)", ""), ("Rule", ""), ("Evidence", ""), ("Decision", "")]


def _findings_table(report: Report) -> str:
    severities = [s.value for s in Severity if any(f.severity is s for f in report.findings)]
    rules = sorted({f.rule for f in report.findings})
    lists = list(facts.by_list(report))
    controls = ('<div class="filters">' + _options("filter-severity", "Severity", severities)
                + _options("filter-rule", "Rule", rules) + _options("filter-list", "List", lists)
                + '<label>Text <input id="filter-text" type="search" placeholder="filter: any text in the row" '
                  'autocomplete="off"></label>'
                + f'<span id="filter-count" class="muted">{len(report.findings)} of {len(report.findings)} '
                  'findings shown</span></div>')
    head = "".join(f'<th data-type="{kind}"><button type="button">{e(name)}</button></th>' if kind else
                   f'<th><button type="button">{e(name)}</button></th>' for name, kind in _COLUMNS)
    body = []
    for n, f in enumerate(report.findings, start=1):
        cls = ' class="cleared"' if f.cleared else ""
        severity = f.severity.value + (" (cleared)" if f.cleared else "")
        body.append(
            f'<tr{cls} data-order="{n}" data-severity="{e(f.severity.value)}" data-rule="{e(f.rule)}" '
            f'data-lists="{e(" ".join(f.entity_lists))}" data-fingerprint="{e(f.fingerprint)}">'
            f'<td class="num">{n}</td>'
            f'<td class="sev sev-{f.severity.value}" data-sort="{f.severity.rank}">{e(severity)}</td>'
            f"<td>{e(f.input)}</td><td>{e(sheet_key(f.input, f.sheet))}</td>"
            f'<td class="num">{f.row}</td><td>{e(f.column)}</td><td>{e(f.value)}</td>'
            f"<td>{e(facts.entity_text(f))}</td><td>{e(f.rule)}</td><td>{_evidence(f)}</td>"
            f"<td>{e(facts.decision_text(f.decision))}</td></tr>")
    table = (f'<table id="findings-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
             if report.findings else f"<p>No findings. {e(no_match_statement(report))}</p>")
    return controls + table if report.findings else table


def _decisions(report: Report) -> str:
    # cleared first (what no longer gates), then the confirmed and re-opened, highest severity first
    decided = sorted((f for f in report.findings if f.decision is not None),
                     key=lambda f: (not f.cleared, -f.severity.rank))
    out = ['<section id="decisions"><h2>Reviewed decisions</h2>']
    if decided:
        headers = ["Where", "Value", "Covered entity", "Rule", "Severity"] + facts.DECISION_HEADERS
        out.append(_table(headers, [[facts.where(f), f.value, facts.entity_text(f), f.rule, f.severity.value]
                                    + facts.decision_cells(f.decision) for f in decided]))
    else:
        out.append("<p>No finding on this run has a reviewed decision.</p>")
    stale = facts.stale_rows(report)
    if stale:
        out.append("<h3>Stale decisions (they matched no finding on this run)</h3>")
        out.append(_records(facts.STALE_HEADERS, stale, hashes=("Fingerprint",)))
    out.append("</section>")
    return "".join(out)


def _provenance(report: Report) -> str:
    run = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts.run_facts(report))
    rules = facts.rule_catalog(report)
    rule_rows = [[m.code, m.name, m.outcome, m.severity, facts.dates_text(m.effective_from, m.effective_until),
                  m.citation, m.remediation, m.pack] for m in rules.values()]
    return ('<section id="provenance"><h2>Provenance: what was screened against what</h2>'
            f'<dl class="evidence">{run}</dl>'
            "<h3>Inputs</h3>" + _records(facts.INPUT_HEADERS, facts.input_rows(report), hashes=("SHA-256",))
            + "<h3>Lists</h3>" + _records(facts.LIST_HEADERS, facts.list_rows(report), hashes=("SHA-256",))
            + "<h3>Rule packs</h3>" + _records(facts.PACK_HEADERS, facts.pack_rows(report), hashes=("SHA-256",))
            + "<h3>Rules</h3>" + _table(["Rule", "Name", "Outcome", "Severity", "In force", "Citation", "Remediation",
                                        "Pack"], rule_rows)
            + "</section>")


def render(report: Report, options: RenderOptions | None = None) -> str:
    skipped = facts.skipped_rows(report)
    skipped_html = (_records(facts.SKIPPED_HEADERS, skipped) if skipped
                    else "<p>Every sheet with data was screened.</p>")
    title = f"Compliance screening report, as of {report.as_of.isoformat()}"
    csp = (f"default-src 'none'; style-src {_csp_hash(_CSS)}; script-src {_csp_hash(_JS)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{e(title)}</h1>"
        f'<p class="lead">{e(facts.headline(report))}</p>'
        f'<p class="statement">{e(no_match_statement(report))}</p></header>\n'
        f'<section id="summary"><h2>Summary</h2>{_charts(report)}</section>\n'
        f'<section id="findings"><h2>Findings</h2>{_findings_table(report)}</section>\n'
        f"{_decisions(report)}\n"
        f'<section id="skipped"><h2>Not screened</h2>{skipped_html}</section>\n'
        '<section id="sheets"><h2>Sheets and columns screened</h2>'
        f"{_records(facts.SHEET_HEADERS, facts.sheet_rows(report))}</section>\n"
        f"{_provenance(report)}\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
