// The key lives in sessionStorage for this tab and travels only in the X-Api-Key header.
"use strict";
const storageKey = "loyalty.dashboard.key";

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

async function loadLive() {
  const live = await (await call("/dashboard/live")).json();
  const list = document.getElementById("live-figures");
  list.replaceChildren();
  figure(list, "model version", live.modelVersion ?? "none served");
  figure(list, "trained", live.trainedAt ? `${new Date(live.trainedAt).toISOString().slice(0, 16).replace("T", " ")} UTC (${live.modelAgeHours} h ago)` : "–");
  const events = live.eventsSinceTraining;
  figure(list, "events since training", events ? `${events.purchases} purchases, ${events.offers} offer events after ${events.modelLastDay}` : "–");
  figure(list, "loaded by this process", live.loadedAt ? new Date(live.loadedAt).toISOString().slice(0, 19).replace("T", " ") + " UTC" : "–");
  figure(list, "requests answered", `${live.requests} (${live.serverErrors} server errors) since ${new Date(live.countingSince).toISOString().slice(0, 19).replace("T", " ")} UTC`);
  const lookups = live.cacheMemoryHits + live.cacheRedisHits + live.cacheMisses;
  figure(list, "answer cache", `${live.cacheMemoryHits} memory hits, ${live.cacheRedisHits} Redis hits, ${live.cacheMisses} misses` + (lookups ? ` (hit rate ${(100 * (lookups - live.cacheMisses) / lookups).toFixed(1)}%)` : ""));
  const rows = document.querySelector("#at-risk tbody");
  rows.replaceChildren();
  for (const item of live.atRisk?.items ?? []) {
    const row = document.createElement("tr");
    for (const value of [item.customerId, item.probability.toFixed(3), item.band, item.segment ?? "–"]) {
      const cell = document.createElement("td");
      cell.textContent = value;
      row.append(cell);
    }
    rows.append(row);
  }
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
setInterval(() => { if (key()) { loadLive().catch(() => {}); } }, 30000);
if (key()) { open(); } else { showForm(); }
