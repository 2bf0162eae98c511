// The planpack page: asks the local server for the term's state and shows
// it. Every change is a POST carrying the page's token.
"use strict";

const token = document.querySelector('meta[name="planpack-token"]').content;
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function notice(msg, bad) {
  const n = $("notice");
  n.textContent = msg || "";
  n.classList.toggle("bad", !!bad);
}

// send makes a request to planpack and returns its response, or throws
// with planpack's message when it refused.
async function send(method, url, body, headers) {
  const h = Object.assign({ "X-Planpack-Token": token }, headers || {});
  if (body !== undefined && !(body instanceof Blob)) {
    h["Content-Type"] = "application/json";
    body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, { method, body, headers: h, credentials: "same-origin" });
  } catch (e) {
    throw new Error("planpack is not answering. Is it still running in its window?");
  }
  if (!res.ok) {
    const text = await res.text();
    let data;
    try { data = JSON.parse(text); } catch (e) { data = { message: text.trim() }; }
    throw new Error(data.message || res.statusText);
  }
  return res;
}

async function call(method, url, body, headers) {
  return (await send(method, url, body, headers)).json();
}

let state = null;

function show(s) {
  state = s;
  showWorkbook(s);
  showSettings(s.settings);
  showWording(s.wording);
  showBuild(s.build, s);
  showEvidence(s.evidence);
}

function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

function showWorkbook(s) {
  $("current").textContent = s.workbook
    ? "Workbook in the folder: " + s.workbook + (s.workbook ? " (" + plural(s.pupils, "pupil") + ")" : "")
    : "No workbook in the folder yet: choose one.";
  $("counts").textContent = s.workbook ? plural(s.errors, "error") + ", " + plural(s.warnings, "warning") : "";
  const ce = $("config-error");
  ce.hidden = !s.config_error;
  ce.textContent = s.config_error ? "planpack.toml: " + s.config_error : "";
  const table = $("problems");
  const body = table.querySelector("tbody");
  body.replaceChildren();
  for (const p of s.problems) {
    body.append(el("tr", { class: p.error ? "error" : "warning" },
      el("td", { text: p.error ? "Error" : "Warning" }),
      el("td", { text: p.sheet || p.file }),
      el("td", { text: p.cell }),
      el("td", { text: p.column }),
      el("td", { text: p.message })));
  }
  table.hidden = s.problems.length === 0;
}

function showSettings(v) {
  const box = $("settings-fields");
  box.replaceChildren();
  $("other-settings").replaceChildren();
  if (!v) {
    box.append(el("p", { text: "Fix planpack.toml (see above) to change the settings here." }));
    return;
  }
  $("settings-path").textContent = v.path;
  for (const e of v.editable) {
    const id = "set-" + e.key.replace(/\W/g, "-");
    let input;
    if (e.kind === "choice") {
      input = el("select", { id, name: e.key, "aria-describedby": id + "-hint" },
        ...e.choices.map((c) => el("option", { value: c, selected: c === e.value, text: c })));
    } else if (e.kind === "bool") {
      input = el("select", { id, name: e.key, "aria-describedby": id + "-hint" },
        el("option", { value: "true", selected: e.value === "true", text: "yes" }),
        el("option", { value: "false", selected: e.value !== "true", text: "no" }));
    } else {
      input = el("input", { id, name: e.key, type: e.kind === "date" ? "date" : "text", value: e.value, "aria-describedby": id + "-hint" });
    }
    box.append(el("div", { class: "field" },
      el("label", { for: id, text: e.label }), input,
      el("p", { class: "hint", id: id + "-hint", text: e.meaning })));
  }
  for (const o of v.others) {
    $("other-settings").append(el("dt", { text: o.key }),
      el("dd", {}, el("span", { text: o.value === "" ? "(empty)" : o.value }), el("span", { class: "hint", text: o.meaning })));
  }
}

function showWording(v) {
  const list = $("wording-list");
  list.replaceChildren();
  $("save-wording").disabled = !v || !v.editable || v.targets.length === 0;
  if (!v) {
    $("wording-note").textContent = "Choose a workbook to see the child wording.";
    return;
  }
  const unsure = v.targets.filter((t) => t.unsure).length;
  const leftOut = v.targets.filter((t) => !t.unsure && t.left_out).length;
  $("wording-note").textContent = v.editable
    ? plural(v.targets.length, "target") + "; planpack is unsure of " + unsure +
      (leftOut ? ", and " + leftOut + (leftOut === 1 ? " leaves" : " leave") + " an action out to be short enough to read." : ".")
    : "The wording can be saved into an .xlsx workbook only: save the CSV export as .xlsx and choose that.";
  v.targets.forEach((t, i) => {
    const box = el("div", { class: "target" + (t.unsure ? " unsure" : ""), "data-sheet": t.sheet, "data-row": t.row });
    box.append(el("h3", { text: t.pupil + " (" + t.class + "), target " + t.no + (t.area ? " — " + t.area : "") }));
    for (const [part, label] of [["target", "I will"], ["success", "I can"]]) {
      const s = t[part];
      const id = "w-" + i + "-" + part;
      const ta = el("textarea", { id, name: part, rows: 2, "data-generated": s.generated, "aria-describedby": id + "-staff", readonly: !t.editable });
      ta.value = s.text;
      const staff = el("p", { class: "staff", id: id + "-staff" },
        el("b", { text: part === "target" ? "Staff target: " : "Success criteria: " }), s.staff);
      box.append(el("div", { class: "pair" },
        staff,
        el("div", {},
          el("label", { for: id, text: "Child's sentence, \u201c" + label + " \u2026\u201d" }),
          ta,
          s.unsure ? el("p", { class: "unsure-why", text: "planpack is unsure: " + s.unsure }) : null,
          s.unsure && s.draft && t.editable ? draftOffer(s, ta) : null,
          !s.unsure && s.left_out && !s.own ? el("p", { class: "left-out", text: "Leaves out \u201c" + s.left_out + "\u201d to be short enough to read: check it still says what the target is about." }) : null,
          !s.unsure && s.left_out && !s.own && s.two_sentences && t.editable ? twoOffer(s, ta) : null,
          s.own ? el("p", { class: "own", text: "The school's own wording (from the workbook)." }) : null)));
    }
    if (v.editable && !t.editable) {
      box.append(el("p", { class: "own", text: "Carried forward from the Reviews sheet (row " + t.row + "): change its wording there, or put the target on the Targets sheet." }));
    }
    list.append(box);
  });
}

// draftOffer shows the sentence planpack was unsure of, and what a
// shorter one leaves out, with a button that puts it in the box to read
// and change before saving: it is never used until someone saves it.
function draftOffer(s, ta) {
  const use = el("button", { type: "button", class: "use-draft", text: "Start from the draft" });
  use.addEventListener("click", () => { ta.value = s.draft; ta.focus(); });
  return el("div", { class: "draft" },
    el("p", { text: "Draft: \u201c" + s.draft + "\u201d" +
      (s.draft_left_out ? " It leaves out \u201c" + s.draft_left_out + "\u201d to be short enough to read: check it still says what the target is about." : "") }),
    use);
}

// twoOffer shows all of the target as two short sentences beside one
// that leaves an action out, with a button that puts them in the box.
function twoOffer(s, ta) {
  const use = el("button", { type: "button", class: "use-two", text: "Use all of it as two sentences" });
  use.addEventListener("click", () => { ta.value = s.two_sentences; ta.focus(); });
  return el("div", { class: "draft" },
    el("p", { text: "All of it as two sentences: \u201c" + s.two_sentences + "\u201d" }),
    use);
}

function showBuild(b, s) {
  const button = $("build-button");
  button.disabled = b.running || !s.can_build;
  $("build-why").textContent = b.running ? "" :
    !s.workbook ? "Choose the workbook first." :
    s.errors > 0 ? "Fix the " + plural(s.errors, "error") + " above, save the workbook and choose it again." :
    s.config_error ? "Fix planpack.toml first." : "";
  $("progress-box").hidden = !b.running;
  if (b.running) {
    const pct = b.total ? Math.round(100 * b.drawn / b.total) : 0;
    $("progress").value = pct;
    $("progress-text").textContent = b.stage + (b.total ? ": " + b.drawn + " of " + b.total + " documents drawn" : "") + " \u2026";
  }
  const r = b.result;
  $("result").hidden = !r || b.running;
  if (!r || b.running) return;
  $("result-message").textContent = r.message + (r.finished ? " (" + r.finished + ")" : "");
  $("result-problems").replaceChildren(...(r.problems || []).map((p) => el("li", { text: p })));
  $("result-files").hidden = !r.ok;
  const linkItem = (l, text, whose) => el("li", {},
    el("a", { href: l.href, text: text || l.name, "aria-label": whose ? whose + ": " + l.name : null }),
    l.pages ? " (" + plural(l.pages, "page") + ")" : "");
  $("print-links").replaceChildren(...(r.print || []).map((l) => linkItem(l)));
  $("teacher-links").replaceChildren(...(r.teachers || []).map((l) => linkItem(l)));
  $("class-links").replaceChildren(...(r.classes || []).map((l) => linkItem(l, "Letters for " + l.name)));
  if (!r.classes || r.classes.length === 0) $("class-links").append(el("li", { text: "No letters this term." }));
  $("by-hand").replaceChildren(...(r.by_hand || []).map((t) => el("li", { text: t })));
  if (!r.by_hand || r.by_hand.length === 0) $("by-hand").append(el("li", { text: "Nothing: every letter goes by post." }));
  $("pupil-links").replaceChildren(el("div", { class: "pupils" }, ...(r.pupils || []).map((p) =>
    el("div", {}, el("strong", { text: p.name + ", " + p.class }),
      el("ul", {}, ...p.files.map((f) => linkItem(f, null, p.name)))))));
}

function showEvidence(v) {
  const form = $("evidence-form");
  const offered = !!v && !!v.pupils && v.pupils.length > 0;
  form.hidden = !offered;
  $("evidence-why").textContent = v ? v.why : "";
  $("evidence-problems").replaceChildren(...((v && v.problems) || []).map((p) => el("li", { class: "error-box", text: "Not offered, as its filing could not be read: " + p })));
  if (!offered) return;
  const select = $("evidence-pupil");
  const chosen = select.value;
  select.replaceChildren(...v.pupils.map((p) => el("option", {
    value: p.key, selected: p.key === chosen,
    text: p.name + ", " + p.class + " (" + plural(p.terms, "term") + " filed)",
  })));
}

// fileName is the name a download is saved under, from its
// Content-Disposition (filename*=UTF-8''...).
function fileName(res, fallback) {
  const m = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get("Content-Disposition") || "");
  return m ? decodeURIComponent(m[1]) : fallback;
}

$("evidence-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const select = $("evidence-pupil");
  const who = select.options[select.selectedIndex].textContent;
  notice("Making the evidence pack for " + who + " \u2026");
  $("evidence-button").disabled = true;
  try {
    const res = await send("POST", "/api/evidence", { pupil: select.value });
    const name = fileName(res, "evidence.pdf");
    const url = URL.createObjectURL(await res.blob());
    const a = el("a", { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    notice("The evidence pack for " + who + " is downloaded as " + name + ".");
  } catch (e) {
    notice(e.message, true);
  } finally {
    $("evidence-button").disabled = false;
  }
});

async function refresh() {
  try { show(await call("GET", "/api/state")); } catch (e) { notice(e.message, true); }
}

$("file").addEventListener("change", async (ev) => {
  const f = ev.target.files[0];
  if (!f) return;
  notice("Checking " + f.name + " \u2026");
  try {
    const s = await call("POST", "/api/workbook", f, { "X-File-Name": f.name });
    show(s);
    notice(s.notice);
    $("counts").focus();
  } catch (e) {
    notice(e.message, true);
  }
  ev.target.value = "";
});

$("settings-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const form = {};
  for (const e of ev.target.elements) if (e.name) form[e.name] = e.value;
  try {
    const s = await call("POST", "/api/settings", form);
    show(s);
    notice(s.notice);
  } catch (e) { notice(e.message, true); }
});

$("wording-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const edits = [];
  for (const box of $("wording-list").querySelectorAll(".target")) {
    const ta = box.querySelectorAll("textarea");
    const changed = [...ta].some((t) => t.value !== t.defaultValue);
    if (!changed) continue;
    // A sentence left as planpack writes it is not written into the workbook.
    const own = (t) => (t.value.trim() === t.dataset.generated ? "" : t.value.trim());
    edits.push({ sheet: box.dataset.sheet, row: Number(box.dataset.row), child_target: own(ta[0]), child_success: own(ta[1]) });
  }
  if (edits.length === 0) { notice("No sentence was changed."); return; }
  try {
    const s = await call("POST", "/api/wording", { digest: state.wording.digest, edits });
    show(s);
    notice(s.notice);
  } catch (e) { notice(e.message, true); }
});

$("build-button").addEventListener("click", async () => {
  try {
    const b = await call("POST", "/api/build");
    showBuild(b, state);
    $("progress-text").focus();
    poll();
  } catch (e) { notice(e.message, true); }
});

async function poll() {
  try {
    const b = await call("GET", "/api/build");
    showBuild(b, state);
    if (b.running) { setTimeout(poll, 400); return; }
    // The build filed this term's plans: offer their evidence packs.
    showEvidence((await call("GET", "/api/state")).evidence);
    $("result-message").focus();
  } catch (e) { notice(e.message, true); }
}

for (const id of ["counts", "progress-text", "result-message"]) $(id).tabIndex = -1;
refresh().then(() => { if (state && state.build.running) poll(); });
