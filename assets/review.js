// The review page's script (extract -f html), inlined into every page by src/output/html/page.ts.
// Plain ES2020 without dependencies; the page's Content-Security-Policy lets this script run and
// no other. Document text only ever reaches the page through textContent, never as markup.
//
// The page as written: each document's text in chunks, every fact a <mark id="f{i}" data-kind>,
// each chunk preceded by <script type="application/json" class="facts"> holding its facts (i
// counts from the chunk's data-first). This script adds the card (hover, focus), the facts table
// (virtual: only the rows in view exist), its filters and sorting, and the counts.
(() => {
  "use strict";
  const doc = document;
  /** Row height of the facts table in px: --row in the CSS, measured again once rows exist (a larger font makes them taller). */
  let ROW = 30;
  /** Rows rendered beyond the visible ones, above and below. */
  const SLACK = 10;
  /** The card's rows, in this order; value_max, change and year_implied only when present. */
  const CARD = ["value", "value_max", "unit", "qualifier", "change", "target", "year", "subject", "rule", "line", "year_implied"];
  const ALWAYS = new Set(["value", "unit", "qualifier", "target", "year", "subject", "rule"]);
  /** Fields the card shows elsewhere (head, file line) or not at all. */
  const NOT_LISTED = new Set(["kind", "text", "start", "end", "file", "i"]);
  const LABELS = { value_max: "up to", year_implied: "year implied" };
  /** The table's columns; the value column shows the unit too (sorted by value; filter by unit). */
  const COLUMNS = [
    { key: "i", label: "#", num: true, cell: (f) => String(f.i + 1) },
    { key: "kind", label: "kind", cell: (f) => f.kind, chip: true },
    { key: "text", label: "text", cell: (f) => f.text },
    { key: "value", label: "value", num: true, cell: (f) => (f.unit === undefined ? show(f.value, true) : `${show(f.value, true)} ${f.unit}`) },
    { key: "subject", label: "subject", cell: (f) => show(f.subject) },
    { key: "file", label: "file:line", cell: (f) => `${f.file.slice(f.file.lastIndexOf("/") + 1)}:${f.line}`, title: (f) => `${f.file}:${f.line}` },
  ];
  /** Fields whose numbers are amounts, shown with digit grouping (a year or a line is not). */
  const AMOUNTS = new Set(["value", "value_max"]);
  const numbers = new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 });
  const collator = new Intl.Collator("th");

  function show(value, grouped) {
    if (value === undefined || value === null) return "";
    if (typeof value === "number") return grouped ? numbers.format(value) : String(value);
    if (typeof value === "boolean") return value ? "yes" : "no";
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }
  const el = (tag, className, text) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const onScreen = (node) => {
    const r = node.getBoundingClientRect();
    return node.isConnected && r.bottom > 0 && r.top < innerHeight;
  };
  const markOf = (target) => (target instanceof Element ? target.closest("mark[data-kind]") : null);

  // ---- facts: each chunk's parsed on first need, so that the card works while a page loads
  const parsed = new WeakMap();
  function chunkFacts(chunk) {
    let list = parsed.get(chunk);
    if (!list) {
      const script = chunk.previousElementSibling;
      list = script && script.matches("script.facts") ? JSON.parse(script.textContent) : [];
      const file = chunk.closest("section.doc").dataset.file;
      const first = Number(chunk.dataset.first);
      list.forEach((fact, k) => {
        fact.file = file;
        fact.i = first + k;
      });
      parsed.set(chunk, list);
    }
    return list;
  }
  /** Every fact in output order (all[i] is mark f{i}); set once the page has loaded. */
  let all = null;
  let marks = [];
  function factOf(mark) {
    const i = Number(mark.id.slice(1));
    if (all) return all[i];
    const chunk = mark.closest(".chunk");
    return chunk ? chunkFacts(chunk)[i - Number(chunk.dataset.first)] : undefined;
  }

  // ---- the card
  let cardMark = null;
  /** The mark chosen from the table or by a click: the card returns to it after a hover. */
  let pinned = null;
  function showCard(mark) {
    const fact = factOf(mark);
    const card = doc.getElementById("card");
    if (!fact || !card) return;
    const head = el("p", "card-head");
    head.append(el("span", "chip", fact.kind), " ", fact.text);
    head.firstChild.dataset.kind = fact.kind;
    const list = el("dl");
    const row = (name, value) => list.append(el("dt", "", LABELS[name] || name), el("dd", "", value));
    for (const name of CARD) {
      if (fact[name] !== undefined) row(name, show(fact[name], AMOUNTS.has(name)));
      else if (ALWAYS.has(name)) row(name, "—");
    }
    // Fields this page does not know yet are shown as they come.
    for (const name of Object.keys(fact)) if (!CARD.includes(name) && !NOT_LISTED.has(name)) row(name, show(fact[name]));
    row("file", fact.file);
    card.replaceChildren(head, list);
    card.hidden = false;
    if (cardMark && cardMark !== mark) cardMark.removeAttribute("aria-describedby");
    cardMark = mark;
    mark.setAttribute("aria-describedby", "card");
    placeCard();
  }
  function placeCard() {
    const card = doc.getElementById("card");
    if (!cardMark || !card || card.hidden) return;
    const r = cardMark.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    let top = r.bottom + 6;
    if (top + c.height > innerHeight - 4 && r.top - c.height - 6 >= 4) top = r.top - c.height - 6;
    const left = Math.max(4, Math.min(r.left, innerWidth - c.width - 4));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }
  function hideCard() {
    const card = doc.getElementById("card");
    if (card) card.hidden = true;
    if (cardMark) cardMark.removeAttribute("aria-describedby");
    cardMark = null;
  }
  doc.addEventListener("mouseover", (event) => {
    const mark = markOf(event.target);
    if (mark && mark !== cardMark) showCard(mark);
  });
  doc.addEventListener("mouseout", (event) => {
    const mark = markOf(event.target);
    if (!mark || mark.contains(event.relatedTarget) || doc.activeElement === mark) return;
    if (pinned && pinned !== mark && onScreen(pinned)) showCard(pinned);
    else if (mark !== pinned) hideCard();
  });
  doc.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark) showCard(mark);
  });
  doc.addEventListener("focusout", (event) => {
    if (event.target === cardMark && cardMark !== pinned) hideCard();
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      pinned = null;
      hideCard();
      return;
    }
    const mark = markOf(event.target);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      pick(mark, true);
    }
  });
  doc.addEventListener("click", (event) => {
    const mark = markOf(event.target);
    if (mark) pick(mark, false);
  });
  let placing = false;
  const replace = () => {
    if (placing || !cardMark) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      placeCard();
    });
  };
  addEventListener("scroll", replace, { passive: true, capture: true });
  addEventListener("resize", replace);

  /** A mark clicked (or Enter on it): it becomes the current fact, and its row is shown in the table. */
  function pick(mark, focusRow) {
    select(Number(mark.id.slice(1)));
    if (!all) return;
    const p = view.indexOf(selected);
    if (p < 0) return;
    active = p;
    revealRow(p);
    render();
    if (focusRow) focusActive();
  }

  // ---- the table
  let view = [];
  let hay = [];
  let sortKey = "i";
  let sortDir = 1;
  /** Position in `view` of the row that takes the focus (roving tabindex). */
  let active = 0;
  /** Index of the current fact (outlined in the text, highlighted in the table), or -1. */
  let selected = -1;
  let ui;

  function select(i) {
    if (selected >= 0 && marks[selected]) marks[selected].classList.remove("current");
    selected = i;
    const mark = marks[i] || doc.getElementById(`f${i}`);
    if (!mark) return;
    mark.classList.add("current");
    pinned = mark;
  }
  /** Goes to fact i in its text: scrolled into view, outlined, its card shown. */
  function go(i) {
    select(i);
    const mark = marks[i];
    mark.scrollIntoView({ block: "center", inline: "nearest" });
    showCard(mark);
    render();
  }

  function load() {
    all = [];
    for (const chunk of doc.querySelectorAll("section.doc .chunk")) for (const fact of chunkFacts(chunk)) all.push(fact);
    marks = all.map((fact) => doc.getElementById(`f${fact.i}`));
    hay = all.map((f) => [f.text, f.subject, f.unit, show(f.value, true), f.value, f.file, f.rule, f.qualifier, f.kind, f.year, f.change]
      .filter((x) => x !== undefined).join("\n").toLowerCase());
    ui = {
      kind: doc.getElementById("f-kind"), unit: doc.getElementById("f-unit"), file: doc.getElementById("f-file"),
      text: doc.getElementById("f-text"), shown: doc.getElementById("shown"), wrap: doc.getElementById("table-wrap"),
      table: doc.getElementById("facts"), body: doc.querySelector("#facts tbody"), legend: doc.getElementById("legend"),
    };
    counts();
    options();
    headers();
    ui.kind.addEventListener("change", apply);
    ui.unit.addEventListener("change", apply);
    ui.file.addEventListener("change", apply);
    let timer;
    ui.text.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(apply, 120);
    });
    doc.getElementById("filters").addEventListener("submit", (event) => event.preventDefault());
    let queued = false;
    ui.wrap.addEventListener("scroll", () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        render();
      });
    }, { passive: true });
    addEventListener("resize", () => render());
    ui.body.addEventListener("click", (event) => {
      const row = event.target instanceof Element ? event.target.closest("tr[data-p]") : null;
      if (!row) return;
      active = Number(row.dataset.p);
      go(view[active]);
    });
    ui.body.addEventListener("keydown", onTableKey);
    apply();
    doc.documentElement.dataset.ready = "true";
    performance.mark("review-ready");
  }

  /** The summary line, each document's count of facts, the legend's counts. */
  function counts() {
    const byKind = new Map();
    for (const f of all) byKind.set(f.kind, (byKind.get(f.kind) || 0) + 1);
    const sections = doc.querySelectorAll("section.doc");
    const warnings = doc.querySelectorAll("section.doc .note.warning").length;
    const errors = doc.querySelectorAll("section.doc .note.error").length;
    const plural = (n, one) => `${numbers.format(n)} ${one}${n === 1 ? "" : "s"}`;
    const unread = doc.querySelectorAll("section.doc.unread").length;
    doc.getElementById("summary").textContent = `${plural(all.length, "fact")} in ${plural(sections.length - unread, "document")}`
      + `${unread > 0 ? ` (${numbers.format(unread)} not read)` : ""} · ${plural(warnings, "warning")} · ${plural(errors, "error")}`;
    const perDoc = new Map();
    for (const f of all) perDoc.set(f.file, (perDoc.get(f.file) || 0) + 1);
    for (const section of sections) {
      const slot = section.querySelector(".doc-count");
      if (slot) slot.textContent = plural(perDoc.get(section.dataset.file) || 0, "fact");
    }
    for (const button of ui.legend.querySelectorAll("button[data-kind]")) {
      const n = byKind.get(button.dataset.kind) || 0;
      button.querySelector(".n").textContent = numbers.format(n);
      button.disabled = n === 0;
      button.addEventListener("click", () => {
        ui.kind.value = ui.kind.value === button.dataset.kind ? "" : button.dataset.kind;
        apply();
      });
    }
  }

  function options() {
    const fill = (select, values, label) => {
      for (const value of values) select.append(new Option(label(value), value));
    };
    const kinds = [...new Set(all.map((f) => f.kind))].sort();
    fill(ui.kind, kinds, (k) => k);
    const units = [...new Set(all.map((f) => (f.unit === undefined ? "" : String(f.unit))))].sort(collator.compare);
    // The empty value means "all"; facts without a unit (dates) are chosen as "(none)".
    fill(ui.unit, units, (u) => (u === "" ? "(none)" : u));
    for (const option of ui.unit.options) if (option.text === "(none)") option.value = "\u0000";
    fill(ui.file, [...new Set(all.map((f) => f.file))], (f) => f);
  }

  function headers() {
    const row = ui.table.querySelector("thead tr");
    for (const column of COLUMNS) {
      const th = el("th");
      th.scope = "col";
      th.dataset.key = column.key;
      th.setAttribute("aria-sort", column.key === sortKey ? "ascending" : "none");
      const button = el("button", "", column.label);
      button.type = "button";
      button.title = `sort by ${column.label}`;
      button.addEventListener("click", () => {
        sortDir = sortKey === column.key ? -sortDir : 1;
        sortKey = column.key;
        for (const other of row.children) other.setAttribute("aria-sort", other === th ? (sortDir > 0 ? "ascending" : "descending") : "none");
        order();
        render();
      });
      th.append(button);
      row.append(th);
    }
  }

  function apply() {
    const kind = ui.kind.value;
    const unit = ui.unit.value;
    const file = ui.file.value;
    const query = ui.text.value.trim().toLowerCase();
    const keep = new Uint8Array(all.length);
    view = [];
    for (const f of all) {
      if (kind && f.kind !== kind) continue;
      if (unit && (unit === "\u0000" ? f.unit !== undefined : String(f.unit) !== unit)) continue;
      if (file && f.file !== file) continue;
      if (query && !hay[f.i].includes(query)) continue;
      keep[f.i] = 1;
      view.push(f.i);
    }
    // The text shows what the table shows: facts filtered out lose their highlight.
    const filtered = view.length !== all.length;
    for (let i = 0; i < marks.length; i++) marks[i].classList.toggle("out", filtered && keep[i] === 0);
    for (const button of ui.legend.querySelectorAll("button[data-kind]")) button.setAttribute("aria-pressed", String(button.dataset.kind === kind));
    ui.shown.textContent = filtered
      ? `${numbers.format(view.length)} of ${numbers.format(all.length)} facts shown`
      : `${numbers.format(all.length)} facts · click a row (or Enter) to see it in its text`;
    order();
    active = 0;
    ui.wrap.scrollTop = 0;
    render();
  }

  function compare(a, b) {
    const noA = a === undefined || a === "";
    const noB = b === undefined || b === "";
    if (noA || noB) return noA === noB ? 0 : noA ? 1 : -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return collator.compare(String(a), String(b));
  }
  function order() {
    const key = sortKey;
    if (key === "i") view.sort((x, y) => (x - y) * sortDir);
    else view.sort((x, y) => compare(all[x][key], all[y][key]) * sortDir || x - y);
  }

  function render() {
    if (!all) return;
    const { wrap, body } = ui;
    const head = ui.table.tHead ? ui.table.tHead.offsetHeight : 0;
    const first = Math.max(0, Math.floor((wrap.scrollTop - head) / ROW) - SLACK);
    const last = Math.min(view.length, first + Math.ceil(wrap.clientHeight / ROW) + 2 * SLACK);
    const hadFocus = body.contains(doc.activeElement);
    const rows = [];
    rows.push(pad(first * ROW));
    for (let p = first; p < last; p++) rows.push(factRow(p));
    rows.push(pad((view.length - last) * ROW));
    body.replaceChildren(...rows);
    const drawn = body.querySelector("tr[data-p]");
    const height = drawn ? drawn.getBoundingClientRect().height : 0;
    if (height > 0 && Math.abs(height - ROW) > 0.01) {
      ROW = height;
      render();
      return;
    }
    if (hadFocus) focusActive();
  }
  function pad(height) {
    const tr = el("tr", "pad");
    tr.setAttribute("aria-hidden", "true");
    const td = el("td");
    td.colSpan = COLUMNS.length;
    td.style.height = `${height}px`;
    tr.append(td);
    return tr;
  }
  function factRow(p) {
    const fact = all[view[p]];
    const tr = el("tr", fact.i === selected ? "sel" : "");
    tr.dataset.p = String(p);
    tr.dataset.i = String(fact.i);
    tr.tabIndex = p === active ? 0 : -1;
    for (const column of COLUMNS) {
      const text = column.cell(fact);
      const td = el("td", column.num ? "num" : "");
      if (column.chip) {
        const chip = el("span", "chip", text);
        chip.dataset.kind = fact.kind;
        td.append(chip);
      } else {
        td.textContent = text;
        td.title = column.title ? column.title(fact) : text;
      }
      tr.append(td);
    }
    return tr;
  }
  function revealRow(p) {
    const { wrap } = ui;
    const head = ui.table.tHead ? ui.table.tHead.offsetHeight : 0;
    const top = head + p * ROW;
    if (top - head < wrap.scrollTop) wrap.scrollTop = top - head;
    else if (top + ROW > wrap.scrollTop + wrap.clientHeight) wrap.scrollTop = top + ROW - wrap.clientHeight;
  }
  function focusActive() {
    const row = ui.body.querySelector(`tr[data-p="${active}"]`);
    if (row) row.focus({ preventScroll: true });
  }
  function onTableKey(event) {
    const page = Math.max(1, Math.floor(ui.wrap.clientHeight / ROW) - 1);
    const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (event.key in moves) {
      event.preventDefault();
      active = Math.max(0, Math.min(view.length - 1, active + moves[event.key]));
      revealRow(active);
      render();
      focusActive();
    } else if ((event.key === "Enter" || event.key === " ") && view.length > 0) {
      event.preventDefault();
      go(view[active]);
      focusActive();
    }
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", load);
  else load();
})();
