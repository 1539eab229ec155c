/* LitGraph fact-check worksheet: POST /api/factcheck, show claims with verdicts, flags and
   side-by-side evidence; reviewed marks live in localStorage; export as CSV or JSON. */
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let report = null;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function storageKey(claim) {
    return "litgraph.factcheck.reviewed:" + report.source + ":" + claim.id + ":" + claim.sentence.slice(0, 80);
  }

  function reviewed(claim) {
    try { return localStorage.getItem(storageKey(claim)) === "1"; } catch (e) { return false; }
  }

  function setReviewed(claim, on) {
    try {
      if (on) localStorage.setItem(storageKey(claim), "1");
      else localStorage.removeItem(storageKey(claim));
    } catch (e) { /* private mode: the mark lasts for the page only */ }
  }

  function showError(message) {
    const box = $("fc-error");
    box.textContent = message;
    box.hidden = !message;
  }

  async function submit(event) {
    event.preventDefault();
    showError("");
    const url = $("fc-url").value.trim();
    const text = $("fc-text").value;
    const body = url ? { url } : { text, title: $("fc-title").value.trim() || null };
    const asOf = $("fc-asof").value.trim();
    if (asOf) body.asOf = asOf;
    $("fc-submit").disabled = true;
    $("fc-progress").textContent = "Checking… (the first check loads the language models)";
    try {
      const r = await fetch("/api/factcheck", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const data = await r.json().catch(() => null);
      if (!r.ok) {
        showError((data && data.detail) || "the check failed (HTTP " + r.status + ")");
        return;
      }
      report = data;
      render();
    } catch (e) {
      showError("cannot reach the server: " + e.message);
    } finally {
      $("fc-submit").disabled = false;
      $("fc-progress").textContent = "";
    }
  }

  function evidenceRow(ev, claim) {
    const deciding = claim.deciding.includes(ev.id);
    return el("tr", { class: "fc-ev fc-stance-" + ev.stance + (deciding ? " fc-deciding" : "") },
      el("td", {}, claim.sentence),
      el("td", {},
        el("div", {}, ev.sentence),
        el("div", { class: "fc-meta" },
          ev.id + " · " + ev.stance + (deciding ? " (deciding)" : "") + " · " + ev.origin +
          (ev.relation ? " · " + ev.relation : "") + " · " + ev.studyType +
          (ev.species.length ? " · " + ev.species.join(", ") : "") + " · " +
          ev.documentTitle + " (" + (ev.published || "undated") + ")")));
  }

  function claimCard(claim) {
    const box = el("input", { type: "checkbox", id: "rev-" + claim.id });
    box.checked = reviewed(claim);
    const card = el("article", { class: "fc-claim fc-verdict-" + claim.verdict + (box.checked ? " fc-reviewed" : "") });
    box.addEventListener("change", () => {
      setReviewed(claim, box.checked);
      card.classList.toggle("fc-reviewed", box.checked);
    });
    card.append(
      el("header", {},
        el("span", { class: "fc-id" }, claim.id),
        el("span", { class: "fc-kind" }, claim.kind),
        el("span", { class: "fc-badge" }, claim.verdict.replace(/_/g, " ")),
        el("label", { class: "fc-review", for: "rev-" + claim.id }, box, " reviewed")),
      el("blockquote", {}, claim.sentence),
      el("p", {}, el("strong", {}, "Claim: "), claim.summary),
      el("p", { class: "fc-meta" }, claim.rationale),
      claim.flags.length
        ? el("ul", { class: "fc-flags" }, claim.flags.map((f) =>
            el("li", {}, el("strong", {}, f.type.replace(/_/g, " ")), ": " + f.explanation)))
        : null,
      claim.evidence.length
        ? el("table", { class: "fc-evidence" },
            el("thead", {}, el("tr", {}, el("th", {}, "The piece says"), el("th", {}, "The evidence says"))),
            el("tbody", {}, claim.evidence.map((ev) => evidenceRow(ev, claim))))
        : el("p", { class: "fc-meta" }, "No evidence in the graph."));
    return card;
  }

  function render() {
    const out = $("fc-result");
    out.replaceChildren(
      el("h2", {}, report.title),
      el("p", { class: "fc-meta" },
        "Source: " + report.source + " · published " + (report.published || "unknown") +
        " · evidence as of " + (report.asOf || "all dates") + " · " + report.claims.length +
        " claims · " + report.elapsedMillis + " ms"),
      el("p", {},
        el("button", { type: "button", onclick: () => download("csv") }, "Export CSV"), " ",
        el("button", { type: "button", onclick: () => download("json") }, "Export JSON")),
      report.claims.map(claimCard),
      el("h2", {}, "Sources the piece relies on"),
      el("ul", { class: "fc-sources" }, report.sources.map((s) =>
        el("li", {},
          el("strong", {}, s.title), " (" + (s.published || "undated") + ")" +
          (s.cited ? " — cited as " + s.cited : "") + ", score " + s.score,
          el("table", { class: "fc-evidence" },
            el("tbody", {}, s.pairs.map((p) =>
              el("tr", {}, el("td", {}, p.newsSentence), el("td", {}, p.paperSentence)))))))));
  }

  function csvCell(v) {
    let s = v === null || v === undefined ? "" : String(v).replace(/[\r\n]+/g, " ");
    if (/^[=+\-@]/.test(s)) s = "'" + s;
    return '"' + s.replace(/"/g, '""') + '"';
  }

  function download(format) {
    let blob;
    const rows = report.claims.map((c) => Object.assign({}, c, { reviewed: reviewed(c) }));
    if (format === "json") {
      blob = new Blob([JSON.stringify(Object.assign({}, report, { claims: rows }), null, 2)],
        { type: "application/json" });
    } else {
      const header = ["claim_id", "kind", "sentence", "summary", "verdict", "reviewed", "flags",
        "deciding_evidence", "as_of"];
      const lines = [header.join(",")].concat(rows.map((c) => [
        c.id, c.kind, c.sentence, c.summary, c.verdict, c.reviewed ? "yes" : "no",
        c.flags.map((f) => f.type + "@" + f.evidenceId).join("; "),
        c.evidence.filter((e) => c.deciding.includes(e.id))
          .map((e) => e.id + " " + e.documentTitle + ": " + e.sentence).join(" | "),
        report.asOf || "",
      ].map(csvCell).join(",")));
      blob = new Blob([lines.join("\n") + "\n"], { type: "text/csv" });
    }
    const a = el("a", { href: URL.createObjectURL(blob), download: "factcheck." + format });
    document.body.append(a);
    a.click();
    a.remove();
  }

  $("fc-form").addEventListener("submit", submit);
})();
