// Marsad web page: plain JavaScript, no network beyond this server, no HTML built
// from data (every text goes in through textContent, so article content stays inert).
"use strict";

const T = {
  ar: { brand: "مرصد", tagline: "أحداث الأخبار العربية", nav_search: "بحث", nav_events: "الأحداث",
        nav_timeline: "الخط الزمني", nav_map: "الخريطة", nav_network: "شبكة الفاعلين", basemap: "الخريطة: Natural Earth",
        search_ph: "ابحث في الأخبار… (\"عبارة\" للبحث الحرفي)", search: "بحث", results: "نتيجة", outlet: "الوسيلة",
        event_type: "نوع الحدث", country: "البلد", none: "لا نتائج", entities: "الكيانات", quotes: "الأقوال",
        dates: "التواريخ", events: "الأحداث", framing: "التأطير", speaker: "المتحدث", from: "من", to: "إلى",
        csv: "تنزيل CSV", all: "الكل", date: "التاريخ", type: "النوع", source: "الفاعل", target: "المستهدف",
        place: "المكان", conf: "الثقة", article: "المقال", articles: "مقال", prev: "السابق", next: "التالي",
        stats: (s) => `${s.articles} مقال · ${s.events} حدث · ${s.quotes} قول`, lang: "English",
        timeline_title: "الأحداث حسب اليوم", map_title: "مواقع الأحداث", network_title: "من يفعل ماذا بمن" },
  en: { brand: "Marsad", tagline: "Arabic news events", nav_search: "Search", nav_events: "Events",
        nav_timeline: "Timeline", nav_map: "Map", nav_network: "Actor network", basemap: "Basemap: Natural Earth",
        search_ph: "Search the news… (\"quotes\" for a phrase)", search: "Search", results: "results", outlet: "Outlet",
        event_type: "Event type", country: "Country", none: "No results", entities: "Entities", quotes: "Quotes",
        dates: "Dates", events: "Events", framing: "Framing", speaker: "Speaker", from: "From", to: "To",
        csv: "Download CSV", all: "All", date: "Date", type: "Type", source: "Actor", target: "Recipient",
        place: "Place", conf: "Confidence", article: "Article", articles: "articles", prev: "Previous", next: "Next",
        stats: (s) => `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`, lang: "العربية",
        timeline_title: "Events per day", map_title: "Where events happen", network_title: "Who does what to whom" },
};
const TYPES = ["AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT",
               "THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"];
let lang = localStorage.getItem("marsad-lang") || "ar";
const t = (k) => T[lang][k];

function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k.nodeType ? k : document.createTextNode(String(k)));
  return e;
}
const svgEl = (tag, attrs = {}) => {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
async function api(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error((await r.json().catch(() => ({}))).detail || r.statusText);
  return r.json();
}
function params() { return new URLSearchParams(location.hash.split("?")[1] || ""); }
function go(view, p) { location.hash = `#/${view}` + (p && [...p].length ? "?" + p.toString() : ""); }

function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.getElementById("lang").textContent = t("lang");
}
document.getElementById("lang").addEventListener("click", () => {
  lang = lang === "ar" ? "en" : "ar"; localStorage.setItem("marsad-lang", lang); applyLang(); route();
});

// ---- search ---------------------------------------------------------------
async function viewSearch(root) {
  const p = params();
  const input = el("input", { type: "search", id: "q", placeholder: t("search_ph"), value: p.get("q") || "" });
  const form = el("form", { class: "searchbar", onsubmit: (ev) => { ev.preventDefault(); p.set("q", input.value); p.delete("offset"); go("search", p); } },
    input, el("button", { class: "btn primary", type: "submit", text: t("search") }));
  root.append(form);
  const res = await api("/api/search?" + p.toString());
  const facets = el("aside", { class: "panel facet" });
  for (const [key, label] of [["outlet", "outlet"], ["event_type", "event_type"], ["country", "country"]]) {
    facets.append(el("h4", { text: t(label) }));
    for (const [name, n] of Object.entries((res.facets || {})[key] || {})) {
      const on = p.get(key) === name;
      facets.append(el("label", { class: on ? "on" : "", onclick: () => { on ? p.delete(key) : p.set(key, name); p.delete("offset"); go("search", p); } },
        el("span", { text: name }), el("span", { class: "count", text: n })));
    }
  }
  const list = el("section", { class: "panel", id: "hits" },
    el("div", { class: "meta", text: `${res.total} ${t("results")}` }));
  for (const h of res.hits) {
    list.append(el("div", { class: "hit" },
      el("a", { class: "title", href: `#/article?id=${encodeURIComponent(h.id)}`, text: h.title || h.snippet.slice(0, 80) }),
      el("div", { class: "meta", text: [h.outlet, h.published, h.dateline].filter(Boolean).join(" · ") }),
      el("div", { class: "snippet", text: h.snippet + "…" })));
  }
  if (!res.hits.length) list.append(el("div", { class: "empty", text: t("none") }));
  list.append(pager(p, res.total, 20, "search"));
  root.append(el("div", { class: "layout" }, facets, list));
}
function pager(p, total, size, view) {
  const off = +(p.get("offset") || 0);
  const box = el("div", { class: "pager" });
  if (off > 0) box.append(el("button", { class: "btn", text: t("prev"), onclick: () => { p.set("offset", Math.max(0, off - size)); go(view, p); } }));
  if (off + size < total) box.append(el("button", { class: "btn", text: t("next"), onclick: () => { p.set("offset", off + size); go(view, p); } }));
  return box;
}

// ---- article --------------------------------------------------------------
async function viewArticle(root) {
  const id = params().get("id");
  const rec = await api("/api/articles/" + encodeURIComponent(id));
  const spans = [];
  for (const e of rec.entities) spans.push({ s: e.start, e: e.end, cls: e.type, key: "ent-" + e.id });
  for (const d of rec.dates) spans.push({ s: d.start, e: d.end, cls: "date", key: "date-" + d.start });
  for (const v of rec.events) for (const m of v.mentions || [v]) spans.push({ s: m.trigger.start, e: m.trigger.end, cls: "trigger", key: "ev-" + v.id });
  const body = el("div", { class: "body", id: "article-body" });
  renderSpans(body, rec.text, spans);
  const head = el("div", {},
    el("div", { class: "meta", text: [rec.section, rec.outlet, rec.published, rec.dateline && rec.dateline.text, rec.author].filter(Boolean).join(" · ") }),
    el("h1", { text: rec.title || "" }));
  const side = el("aside", { class: "panel side" });
  const byId = Object.fromEntries(rec.entities.map((e) => [e.id, e]));
  side.append(el("h3", { text: `${t("events")} (${rec.events.length})` }));
  for (const v of rec.events) {
    const who = (a) => a.map((x) => x.text + (x.country ? ` [${x.country}${x.sector ? " " + x.sector : ""}]` : "")).join("، ");
    side.append(el("div", { class: "item event", "data-key": "ev-" + v.id, onclick: () => highlight("ev-" + v.id) },
      el("span", { class: "tag type", text: v.type }), v.mode ? el("span", { class: "tag", text: v.mode }) : null,
      v.modality !== "asserted" ? el("span", { class: "tag mod", text: v.modality }) : null,
      ...(v.contexts || []).map((c) => el("span", { class: "tag ctx", text: c })),
      el("div", { text: `${who(v.source) || "?"} → ${who(v.target) || "—"}` }),
      el("div", { class: "meta", text: [v.date, v.location && v.location.text, `${t("conf")} ${v.confidence}`].filter(Boolean).join(" · ") })));
  }
  side.append(el("h3", { text: `${t("quotes")} (${rec.quotes.length})` }));
  for (const q of rec.quotes) {
    const sp = byId[q.speaker];
    side.append(el("div", { class: "item", onclick: () => flash(body, q.start, q.end) },
      el("b", { text: (sp ? sp.canonical : q.speaker_text) || "?" }), " ", el("span", { class: "tag", text: q.cue }),
      q.channel ? el("span", { class: "tag", text: q.channel }) : null,
      el("div", { class: "snippet", text: q.content.slice(0, 160) })));
  }
  side.append(el("h3", { text: t("entities") }));
  const seen = new Set();
  for (const e of rec.entities) {
    if (seen.has(e.canonical + e.type)) continue; seen.add(e.canonical + e.type);
    side.append(el("div", { class: "item", onclick: () => highlight("ent-" + e.id) },
      el("span", { class: "tag", text: e.type }), e.canonical,
      el("span", { class: "meta", text: [e.country, e.sector, e.role].filter(Boolean).join(" · ") ? " — " + [e.country, e.sector, e.role].filter(Boolean).join(" · ") : "" })));
  }
  if (rec.framing.length) {
    side.append(el("h3", { text: t("framing") }));
    for (const f of rec.framing) side.append(el("div", { class: "item", onclick: () => flash(body, f.start, f.end) },
      el("span", { class: "tag mod", text: f.kind }), f.text, f.target && byId[f.target] ? " → " + byId[f.target].canonical : ""));
  }
  root.append(head, el("div", { class: "article" }, el("section", { class: "panel" }, body), side));
}
function renderSpans(box, text, spans) {
  // non-overlapping first-come spans; text outside spans as plain text nodes
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  let pos = 0;
  for (const sp of spans) {
    if (sp.s < pos || sp.e <= sp.s) continue;
    box.append(document.createTextNode(text.slice(pos, sp.s)));
    box.append(el("mark", { class: sp.cls, "data-key": sp.key, text: text.slice(sp.s, sp.e) }));
    pos = sp.e;
  }
  box.append(document.createTextNode(text.slice(pos)));
}
function highlight(key) {
  document.querySelectorAll("mark.sel").forEach((m) => m.classList.remove("sel"));
  const ms = document.querySelectorAll(`mark[data-key="${CSS.escape(key)}"]`);
  ms.forEach((m) => m.classList.add("sel"));
  if (ms[0]) ms[0].scrollIntoView({ block: "center", behavior: "smooth" });
}
function flash(body, s, e) {
  const text = body.textContent;
  body.replaceChildren();
  renderSpans(body, text, [{ s, e, cls: "quote sel", key: "q" }]);
  body.querySelector("mark").scrollIntoView({ block: "center", behavior: "smooth" });
}

// ---- events table -----------------------------------------------------------
async function viewEvents(root) {
  const p = params();
  const sel = (name, opts) => {
    const s = el("select", { name, onchange: () => { s.value ? p.set(name, s.value) : p.delete(name); p.delete("offset"); go("events", p); } },
      el("option", { value: "", text: `${t(name)}: ${t("all")}` }), ...opts.map((o) => el("option", { value: o, text: o })));
    s.value = p.get(name) || ""; return s;
  };
  const from = el("input", { type: "date", value: p.get("date_from") || "", onchange: () => { from.value ? p.set("date_from", from.value) : p.delete("date_from"); go("events", p); } });
  const to = el("input", { type: "date", value: p.get("date_to") || "", onchange: () => { to.value ? p.set("date_to", to.value) : p.delete("date_to"); go("events", p); } });
  const q = new URLSearchParams(p); q.set("limit", 100);
  const res = await api("/api/events?" + q.toString());
  const countries = [...new Set(res.events.flatMap((e) => [e.source_country, e.target_country]).filter(Boolean))].sort();
  const csv = new URLSearchParams(p); csv.set("format", "csv"); csv.set("limit", 5000);
  root.append(el("div", { class: "filters" }, sel("event_type", TYPES), sel("country", countries),
    el("span", { text: t("from") }), from, el("span", { text: t("to") }), to,
    el("a", { class: "btn", id: "csv", href: "/api/events?" + csv.toString(), download: "marsad-events.csv", text: t("csv") }),
    el("span", { class: "meta", text: `${res.total}` })));
  const table = el("table", { id: "events-table" }, el("tr", {}, ...["date", "type", "source", "target", "place", "outlet", "conf", "article"].map((k) => el("th", { text: t(k) }))));
  for (const e of res.events) {
    table.append(el("tr", {}, el("td", { text: e.date || "" }), el("td", {}, el("span", { class: "tag type", text: e.type }), e.modality !== "asserted" ? el("span", { class: "tag mod", text: e.modality }) : null),
      el("td", { text: e.source_country || "" }), el("td", { text: e.target_country || "" }), el("td", { text: e.location || "" }),
      el("td", { text: e.outlet || "" }), el("td", { text: e.confidence }),
      el("td", {}, el("a", { href: `#/article?id=${encodeURIComponent(e.article_id)}`, text: (e.title || "").slice(0, 50) }))));
  }
  root.append(el("div", { class: "panel" }, table, pager(p, res.total, 100, "events")));
}

// ---- timeline ---------------------------------------------------------------
async function viewTimeline(root) {
  const res = await api("/api/events?limit=5000");
  const days = {};
  for (const e of res.events) if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) days[e.date] = (days[e.date] || 0) + 1;
  const keys = Object.keys(days).sort();
  root.append(el("h2", { text: t("timeline_title") }));
  if (!keys.length) { root.append(el("div", { class: "empty", text: t("none") })); return; }
  const W = 1100, H = 320, pad = 40, max = Math.max(...Object.values(days));
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "timeline", direction: "ltr" });
  const bw = (W - 2 * pad) / keys.length;
  keys.forEach((k, i) => {
    const h = (days[k] / max) * (H - 2 * pad);
    const r = svgEl("rect", { x: pad + i * bw, y: H - pad - h, width: Math.max(1, bw - 2), height: h, fill: "#0b6e4f" });
    const tip = svgEl("title"); tip.textContent = `${k}: ${days[k]}`; r.append(tip); svg.append(r);
  });
  for (const i of [0, Math.floor(keys.length / 2), keys.length - 1]) {
    const tx = svgEl("text", { x: pad + i * bw, y: H - 12, "font-size": 12, fill: "#667085" }); tx.textContent = keys[i]; svg.append(tx);
  }
  const mx = svgEl("text", { x: 4, y: pad, "font-size": 12, fill: "#667085" }); mx.textContent = max; svg.append(mx);
  root.append(el("div", { class: "chart" }, svg));
}

// ---- map ----------------------------------------------------------------------
async function viewMap(root) {
  const [land, res] = await Promise.all([fetch("/static/land.json").then((r) => r.json()), api("/api/events?limit=5000")]);
  root.append(el("h2", { text: t("map_title") }));
  const W = 1100, H = 560;
  const X = (lon) => (lon + 180) / 360 * W, Y = (lat) => (90 - lat) / 180 * H;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "map", direction: "ltr" });
  svg.append(svgEl("rect", { x: 0, y: 0, width: W, height: H, fill: "#eef4f8" }));
  for (const ring of land.rings) {
    // a ring that crosses the antimeridian is cut there instead of drawn across the map
    let d = "", prev = null;
    for (const [x, y] of ring) {
      d += (prev === null || Math.abs(x - prev) > 180 ? "M" : "L") + `${X(x).toFixed(1)},${Y(y).toFixed(1)}`;
      prev = x;
    }
    svg.append(svgEl("path", { d, fill: "#dfe5dc", stroke: "#b8c2b4", "stroke-width": 0.5 }));
  }
  const at = {};
  for (const e of res.events) if (e.lat != null) { const k = e.lat + "," + e.lon; (at[k] = at[k] || { e, n: 0 }).n++; }
  for (const { e, n } of Object.values(at)) {
    const c = svgEl("circle", { cx: X(e.lon), cy: Y(e.lat), r: 3 + Math.sqrt(n) * 2, fill: "rgba(194,65,12,.6)", stroke: "#fff", class: "event-dot" });
    const tip = svgEl("title"); tip.textContent = `${e.location}: ${n}`; c.append(tip); svg.append(c);
  }
  root.append(el("div", { class: "chart" }, svg));
}

// ---- network ------------------------------------------------------------------
async function viewNetwork(root) {
  const p = params();
  const edges = await api("/api/network?" + p.toString());
  root.append(el("h2", { text: t("network_title") }));
  const sel = el("select", { onchange: () => { sel.value ? p.set("event_type", sel.value) : p.delete("event_type"); go("network", p); } },
    el("option", { value: "", text: `${t("event_type")}: ${t("all")}` }), ...TYPES.map((o) => el("option", { value: o, text: o })));
  sel.value = p.get("event_type") || "";
  root.append(el("div", { class: "filters" }, sel));
  const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  if (!nodes.length) { root.append(el("div", { class: "empty", text: t("none") })); return; }
  const W = 900, H = 620, cx = W / 2, cy = H / 2, R = 250;
  const pos = Object.fromEntries(nodes.map((n, i) => [n, [cx + R * Math.cos(2 * Math.PI * i / nodes.length), cy + R * Math.sin(2 * Math.PI * i / nodes.length)]]));
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "network", direction: "ltr" });
  const max = Math.max(...edges.map((e) => e.count));
  for (const e of edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const l = svgEl("line", { x1, y1, x2, y2, stroke: "#0b6e4f", "stroke-opacity": 0.5, "stroke-width": 1 + 5 * e.count / max });
    const tip = svgEl("title"); tip.textContent = `${e.source} → ${e.target} ${e.type}: ${e.count}`; l.append(tip); svg.append(l);
  }
  for (const n of nodes) {
    const [x, y] = pos[n];
    svg.append(svgEl("circle", { cx: x, cy: y, r: 16, fill: "#fff", stroke: "#0b6e4f" }));
    const tx = svgEl("text", { x, y: y + 4, "text-anchor": "middle", "font-size": 11 }); tx.textContent = n; svg.append(tx);
  }
  root.append(el("div", { class: "chart" }, svg));
}

// ---- router ---------------------------------------------------------------------
const VIEWS = { search: viewSearch, article: viewArticle, events: viewEvents, timeline: viewTimeline, map: viewMap, network: viewNetwork };
async function route() {
  const name = (location.hash.match(/^#\/(\w+)/) || [])[1] || "search";
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.getAttribute("href") === "#/" + name));
  const root = document.getElementById("view");
  root.replaceChildren();
  try { await (VIEWS[name] || viewSearch)(root); }
  catch (err) { root.append(el("div", { class: "empty", text: String(err.message || err) })); }
}
window.addEventListener("hashchange", route);
applyLang();
route();
api("/api/stats").then((s) => { document.getElementById("stats").textContent = t("stats")(s); }).catch(() => {});
