// A small force-directed layout in plain JavaScript (no network access, no library):
// nodes repel, links pull, the centre node stays in the middle. Drag to move, click to open.
(function () {
  "use strict";
  const svg = document.getElementById("network");
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  const W = 900, H = 600;
  const nodes = data.nodes.map((n, i) => ({
    ...n, x: W / 2 + 250 * Math.cos(i * 2.4), y: H / 2 + 200 * Math.sin(i * 2.4), vx: 0, vy: 0,
  }));
  if (nodes.length) { nodes[0].x = W / 2; nodes[0].y = H / 2; nodes[0].fixed = true; }
  const byId = new Map(nodes.map(n => [n.id, n]));
  const links = data.edges.filter(e => byId.has(e.source) && byId.has(e.target))
    .map(e => ({ ...e, s: byId.get(e.source), t: byId.get(e.target) }));

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    (parent || svg).appendChild(node);
    return node;
  }
  const linkEls = links.map(l => {
    const line = el("line", { class: "link " + l.label });
    const title = el("title", {}, line); title.textContent = l.label;
    return line;
  });
  const nodeEls = nodes.map(n => {
    const g = el("g", { class: "node " + (n.kind === "event" ? "event" : String(n.type).toLowerCase()), tabindex: 0 });
    el("circle", { r: n.fixed ? 12 : 8 }, g);
    const label = el("text", { x: 11, y: 4 }, g); label.textContent = n.name;
    g.addEventListener("click", () => { if (!n.dragged) window.location = "/" + (n.kind === "event" ? "events" : "entities") + "/" + encodeURIComponent(n.id); });
    let dragging = false;
    g.addEventListener("pointerdown", ev => { dragging = true; n.dragged = false; g.setPointerCapture(ev.pointerId); });
    g.addEventListener("pointermove", ev => {
      if (!dragging) return;
      const box = svg.getBoundingClientRect();
      n.x = (ev.clientX - box.left) * W / box.width; n.y = (ev.clientY - box.top) * H / box.height;
      n.pinned = true; n.dragged = true; draw();
    });
    g.addEventListener("pointerup", () => { dragging = false; });
    return g;
  });

  // Fruchterman-Reingold: nodes repel with k²/d, links attract with d²/k, and a
  // cooling temperature bounds each move so the layout settles.
  const k = 0.75 * Math.sqrt((W * H) / Math.max(nodes.length, 1));
  let temperature = W / 8;
  function step() {
    for (const n of nodes) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01), f = k * k / d;
      a.dx += f * dx / d; a.dy += f * dy / d; b.dx -= f * dx / d; b.dy -= f * dy / d;
    }
    for (const l of links) {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01), f = d * d / k;
      l.s.dx += f * dx / d; l.s.dy += f * dy / d; l.t.dx -= f * dx / d; l.t.dy -= f * dy / d;
    }
    for (const n of nodes) {
      if (n.fixed || n.pinned) continue;
      const moved = Math.max(Math.sqrt(n.dx * n.dx + n.dy * n.dy), 0.01), step = Math.min(moved, temperature);
      n.x = Math.min(W - 60, Math.max(20, n.x + n.dx / moved * step));
      n.y = Math.min(H - 20, Math.max(20, n.y + n.dy / moved * step));
    }
    temperature = Math.max(1, temperature * 0.97);
  }
  function draw() {
    links.forEach((l, i) => {
      linkEls[i].setAttribute("x1", l.s.x); linkEls[i].setAttribute("y1", l.s.y);
      linkEls[i].setAttribute("x2", l.t.x); linkEls[i].setAttribute("y2", l.t.y);
    });
    nodes.forEach((n, i) => nodeEls[i].setAttribute("transform", `translate(${n.x},${n.y})`));
  }
  // Settle the layout before showing it (a few hundred steps take milliseconds for
  // a neighbourhood), so the picture does not jump about while a reader looks at it.
  for (let i = 0; i < 300; i++) step();
  draw();
  svg.dataset.ready = "true";
})();
