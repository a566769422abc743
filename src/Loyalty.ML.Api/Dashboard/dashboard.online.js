// The online panel: GET /v1/evaluation/online with the dashboard's key (dashboard.js's call()), drawn when the board opens
// and every 30 seconds. Every value is set as text, never as HTML.
"use strict";

function onlineCell(row, text, className) {
  const cell = document.createElement("td");
  cell.textContent = text;
  if (className) { cell.className = className; }
  row.append(cell);
  return cell;
}

function rateText(estimate) {
  return estimate ? `${estimate.value.toFixed(4)} (${estimate.low.toFixed(4)}–${estimate.high.toFixed(4)})` : "–";
}

// A bar from 0 to the larger of the arms' upper bounds: the interval shaded, the point a line.
function rateBar(estimate, scale) {
  const bar = document.createElement("span");
  bar.className = "rate-bar";
  if (estimate && scale > 0) {
    const position = value => `${Math.max(0, Math.min(100, 100 * value / scale))}%`;
    const interval = document.createElement("span");
    interval.className = "interval";
    interval.style.left = position(estimate.low);
    interval.style.width = `calc(${position(estimate.high)} - ${position(estimate.low)})`;
    const point = document.createElement("span");
    point.className = "point";
    point.style.left = position(estimate.value);
    bar.append(interval, point);
  }
  return bar;
}

function experimentBlock(experiment, k) {
  const block = document.createElement("div");
  block.className = `experiment ${experiment.verdict}`;
  const title = document.createElement("h3");
  title.textContent = `${experiment.name}: ${experiment.verdict.replaceAll("_", " ")}` + (experiment.endedAt ? ` (ended: ${experiment.outcome})` : "");
  const arms = document.createElement("table");
  arms.className = "arms";
  const head = document.createElement("tr");
  for (const name of ["arm", "version", "customers", "lists", `hit rate@${k} (95% interval)`, ""]) {
    const th = document.createElement("th");
    th.textContent = name;
    head.append(th);
  }
  arms.append(head);
  const scale = Math.max(experiment.challenger.hitRate?.high ?? 0, experiment.champion.hitRate?.high ?? 0);
  for (const [arm, version, figures] of [["challenger", experiment.challengerVersion, experiment.challenger], ["champion", experiment.championVersions.join(", "), experiment.champion]]) {
    const row = document.createElement("tr");
    row.className = `arm-${arm}`;
    onlineCell(row, arm);
    onlineCell(row, version);
    onlineCell(row, figures.customers.toLocaleString("en"), "number");
    onlineCell(row, figures.lists.toLocaleString("en"), "number");
    onlineCell(row, rateText(figures.hitRate), "number hit-rate");
    onlineCell(row, "").append(rateBar(figures.hitRate, scale));
    arms.append(row);
  }
  const summary = document.createElement("p");
  summary.className = "summary";
  summary.textContent = experiment.summary + (experiment.challengerProblem ? ` The challenger is not served here: ${experiment.challengerProblem}` : "");
  block.append(title, arms, summary);
  return block;
}

async function loadOnline() {
  const response = await call("/v1/evaluation/online");
  const note = document.getElementById("online-note");
  if (!response.ok) {
    note.textContent = (await response.json()).detail ?? "The online figures are not available.";
    return;
  }
  const online = await response.json();
  const counted = online.groups.reduce((sum, group) => sum + group.figures.lists, 0);
  note.textContent = `Lists served matched with purchases within ${online.windowDays} days after them (first ${online.k} items), as of ${online.asOf.slice(0, 16).replace("T", " ")} UTC: ${counted.toLocaleString("en")} lists counted. Intervals count customers as the independent units.`
    + (online.coverage.complete ? "" : ` Coverage incomplete: ${online.coverage.missingLists.toLocaleString("en")} lists of other replicas are missing (${online.coverage.gaps} gaps in their exposure streams) and not counted.`);
  const experiments = document.getElementById("online-experiments");
  experiments.replaceChildren(...online.experiments.map(experiment => experimentBlock(experiment, online.k)));
  const rows = document.querySelector("#online-groups tbody");
  rows.replaceChildren();
  for (const group of online.groups) {
    const row = document.createElement("tr");
    onlineCell(row, group.modelVersion + (group.current ? " (current)" : ""));
    onlineCell(row, group.kind);
    onlineCell(row, group.figures.customers.toLocaleString("en"), "number");
    onlineCell(row, group.figures.lists.toLocaleString("en"), "number");
    onlineCell(row, rateText(group.figures.hitRate), "number");
    onlineCell(row, group.figures.precision ? group.figures.precision.value.toFixed(4) : "–", "number");
    onlineCell(row, group.figures.revenue.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }), "number");
    onlineCell(row, group.offlineHitRate == null ? "–" : `${group.offlineHitRate.toFixed(4)} (${group.offlineMethod})`, "number");
    rows.append(row);
  }
}

new MutationObserver(() => { if (!document.getElementById("board").hidden) { loadOnline().catch(() => {}); } })
  .observe(document.getElementById("board"), { attributes: true, attributeFilter: ["hidden"] });
setInterval(() => { if (key() && !document.getElementById("board").hidden) { loadOnline().catch(() => {}); } }, 30000);
