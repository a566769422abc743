// The key lives in sessionStorage for this tab and travels only in the X-Api-Key header.
"use strict";
const storageKey = "loyalty.dashboard.key";
const pageSize = 25;
let atRiskPage = 1;
let display = { culture: undefined, currency: undefined };

function key() { return sessionStorage.getItem(storageKey); }

async function call(path) {
  const response = await fetch(path, { headers: { "X-Api-Key": key() }, cache: "no-store" });
  if (response.status === 401 || response.status === 403) {
    throw new Error(response.status === 401 ? "The key was not accepted." : "The key lacks the reports:read or admin scope.");
  }
  return response;
}

function showForm(message) {
  document.getElementById("board").hidden = true;
  document.getElementById("sign-out").hidden = true;
  document.getElementById("key-form").hidden = false;
  const error = document.getElementById("key-error");
  error.hidden = !message;
  error.textContent = message || "";
}

function figure(list, name, value) {
  const term = document.createElement("dt");
  term.textContent = name;
  const detail = document.createElement("dd");
  detail.textContent = value;
  list.append(term, detail);
}

// Dates and money in the data's culture and currency (the mapping's display), as the report writes them.
function money(value, digits) {
  const options = display.currency ? { style: "currency", currency: display.currency, maximumFractionDigits: digits, minimumFractionDigits: digits } : { maximumFractionDigits: digits, minimumFractionDigits: digits };
  return new Intl.NumberFormat(display.culture || "en", options).format(value);
}

function count(value) { return new Intl.NumberFormat(display.culture || "en", { maximumFractionDigits: 0 }).format(value); }

function day(text) {
  if (!display.culture) { return text; }
  const [year, month, date] = text.split("-").map(Number);
  return new Intl.DateTimeFormat(display.culture, { timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, date)));
}

function tileValue(tile) {
  if (tile.value === null || tile.value === undefined) { return "–"; }
  switch (tile.kind) {
    case "count": return count(tile.value);
    case "money": return money(tile.value, 0);
    case "percent": return `${new Intl.NumberFormat(display.culture || "en", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(tile.value)}%`;
    default: return tile.key === "recommendation_lift" ? `${tile.value.toFixed(2)}×` : tile.value.toFixed(3);
  }
}

function renderTiles(tiles) {
  const container = document.getElementById("tiles");
  container.replaceChildren();
  for (const tile of tiles) {
    const box = document.createElement("div");
    box.className = "tile";
    box.dataset.tile = tile.key;
    for (const [className, text] of [["tile-value", tileValue(tile)], ["tile-label", tile.label], ["tile-note", tile.note]]) {
      const part = document.createElement("div");
      part.className = className;
      part.textContent = text;
      box.append(part);
    }
    container.append(box);
  }
}

async function loadLive() {
  const live = await (await call("/dashboard/live")).json();
  display = { culture: live.culture || undefined, currency: live.currency || undefined };
  renderTiles(live.tiles ?? []);
  const list = document.getElementById("live-figures");
  list.replaceChildren();
  figure(list, "model version", live.modelVersion ?? "none served");
  figure(list, "trained", live.trainedAt ? `${new Date(live.trainedAt).toISOString().slice(0, 16).replace("T", " ")} UTC (${live.modelAgeHours} h ago)` : "–");
  const events = live.eventsSinceTraining;
  figure(list, "events since training", events ? `${events.purchases} purchases, ${events.offers} offer events after ${day(events.modelLastDay)}` : "–");
  figure(list, "loaded by this process", live.loadedAt ? new Date(live.loadedAt).toISOString().slice(0, 19).replace("T", " ") + " UTC" : "–");
  figure(list, "requests answered", `${live.requests} (${live.serverErrors} server errors) since ${new Date(live.countingSince).toISOString().slice(0, 19).replace("T", " ")} UTC`);
  const lookups = live.cacheMemoryHits + live.cacheRedisHits + live.cacheMisses;
  figure(list, "answer cache", `${live.cacheMemoryHits} memory hits, ${live.cacheRedisHits} Redis hits, ${live.cacheMisses} misses` + (lookups ? ` (hit rate ${(100 * (lookups - live.cacheMisses) / lookups).toFixed(1)}%)` : ""));
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) { td.className = className; }
  row.append(td);
}

async function loadAtRisk() {
  const response = await call(`/dashboard/at-risk?page=${atRiskPage}&pageSize=${pageSize}`);
  const rows = document.querySelector("#at-risk tbody");
  rows.replaceChildren();
  const position = document.getElementById("at-risk-position");
  if (!response.ok) {
    position.textContent = (await response.json()).detail ?? "No at-risk list.";
    return;
  }
  const page = await response.json();
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  position.textContent = `page ${page.page} of ${pages} (${count(page.total)} customers at risk as of ${day(page.asOf)})`;
  document.getElementById("at-risk-previous").disabled = page.page <= 1;
  document.getElementById("at-risk-next").disabled = page.page >= pages;
  for (const item of page.items) {
    const row = document.createElement("tr");
    cell(row, item.customerId);
    cell(row, item.probability.toFixed(3), "number");
    cell(row, item.band);
    cell(row, money(item.clv, 2), "number");
    cell(row, money(item.probability * item.clv, 2), "number");
    cell(row, item.segment ?? "–");
    cell(row, item.reasons.join("; "), "reasons");
    rows.append(row);
  }
}

async function downloadAtRisk() {
  const response = await call("/dashboard/at-risk.csv");
  if (!response.ok) { return; }
  const name = (response.headers.get("Content-Disposition") || "").match(/filename="?([^";]+)"?/)?.[1] ?? "at-risk.csv";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

async function loadReport() {
  const response = await call("/dashboard/report");
  const missing = document.getElementById("report-missing");
  const frame = document.getElementById("report");
  if (!response.ok) {
    missing.hidden = false;
    missing.textContent = (await response.json()).detail ?? "The served model has no report.";
    frame.hidden = true;
    return;
  }
  frame.srcdoc = await response.text();
}

async function open() {
  try {
    await loadLive();
    await loadAtRisk();
    document.getElementById("key-form").hidden = true;
    document.getElementById("board").hidden = false;
    document.getElementById("sign-out").hidden = false;
    await loadReport();
  } catch (error) {
    sessionStorage.removeItem(storageKey);
    showForm(error.message);
  }
}

document.getElementById("key-form").addEventListener("submit", event => {
  event.preventDefault();
  const input = document.getElementById("key");
  sessionStorage.setItem(storageKey, input.value);
  input.value = "";
  open();
});
document.getElementById("sign-out").addEventListener("click", () => { sessionStorage.removeItem(storageKey); showForm(); });
document.getElementById("at-risk-previous").addEventListener("click", () => { atRiskPage = Math.max(1, atRiskPage - 1); loadAtRisk().catch(() => {}); });
document.getElementById("at-risk-next").addEventListener("click", () => { atRiskPage += 1; loadAtRisk().catch(() => {}); });
document.getElementById("at-risk-download").addEventListener("click", () => { downloadAtRisk().catch(() => {}); });
setInterval(() => { if (key()) { loadLive().then(loadAtRisk).catch(() => {}); } }, 30000);
if (key()) { open(); } else { showForm(); }
