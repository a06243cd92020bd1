// eventwire: click a highlight in an article to show the records extracted there.
"use strict";
(function () {
  const data = document.getElementById("records");
  const panel = document.getElementById("record-panel");
  if (!data || !panel) return;
  const records = JSON.parse(data.textContent);
  const names = records.names || {};
  const actorUrl = (n) => "/actors/" + encodeURIComponent(n);

  function show(value) {
    if (value === null || value === undefined || value === "") return null;
    if (Array.isArray(value)) {
      if (!value.length) return null;
      return value.map((v) => (typeof v === "object" ? show(v) : show(String(v)))).join(", ");
    }
    if (typeof value === "object") {
      if ("text" in value && "start" in value) return "“" + value.text + "” @" + value.start;
      return Object.entries(value).map(([k, v]) => k + ": " + show(v)).join("; ");
    }
    return Object.hasOwn(names, value) ? names[value] : String(value);
  }

  function recordNode(kind, item) {
    const box = document.createElement("div");
    box.className = "record";
    const h = document.createElement("h3");
    h.textContent = kind + (item.name ? ": " + item.name : item.type ? ": " + item.type : "");
    box.appendChild(h);
    const dl = document.createElement("dl");
    for (const [key, value] of Object.entries(item)) {
      const text = show(value);
      if (text === null || key === "mentions") continue;
      const dt = document.createElement("dt");
      dt.textContent = key;
      const dd = document.createElement("dd");
      dd.textContent = text;
      dl.append(dt, dd);
    }
    box.appendChild(dl);
    const actors = kind === "entity" ? [item.name]
      : kind === "event" ? [...item.sources, ...item.targets].map((id) => show(id))
      : kind === "statement" && item.speaker_name ? [item.speaker_name] : [];
    for (const n of actors) {
      const a = document.createElement("a");
      a.href = actorUrl(n);
      a.className = "actor chip";
      a.textContent = n + " →";
      box.appendChild(a);
    }
    return box;
  }

  function select(span) {
    document.querySelectorAll(".hl.selected").forEach((el) => el.classList.remove("selected"));
    span.classList.add("selected");
    panel.replaceChildren();
    for (const ref of span.dataset.refs.split(" ")) {
      const [kind, index] = ref.split(":");
      const item = (records[kind] || [])[Number(index)];
      if (item) panel.appendChild(recordNode(kind, item));
    }
  }

  document.getElementById("text").addEventListener("click", (ev) => {
    const span = ev.target.closest(".hl[data-refs]");
    if (span) select(span);
  });
  document.getElementById("text").addEventListener("keydown", (ev) => {
    const span = ev.target.closest(".hl[data-refs]");
    if (span && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(span); }
  });
})();
