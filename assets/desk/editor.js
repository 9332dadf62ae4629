/* The deck editor: plain DOM, no build step, no network but the desk itself.
   Edits stay in the page until "Save"; the card being edited is re-drawn by the desk's own
   image renderer (debounced), and the history is written on the server. */
(function () {
  "use strict";
  var form = document.getElementById("editor");
  if (!form) { return; }
  var words = JSON.parse(document.getElementById("desk-words").textContent);
  var item = form.dataset.item;
  var cards = document.getElementById("cards");
  var img = document.getElementById("preview");
  var problems = document.getElementById("problems");
  var state = document.getElementById("state");
  var who = document.getElementById("who");
  var note = "", dirty = false, current = 0, timer = null, busy = false, again = false, revision = 0;

  try { who.value = localStorage.getItem("desk-who") || ""; } catch (e) { /* private mode */ }
  who.addEventListener("change", function () {
    try { localStorage.setItem("desk-who", who.value); } catch (e) { /* private mode */ }
  });

  function field(name) { return form.elements.namedItem(name).value; }
  function span(el) { return el.dataset.span ? JSON.parse(el.dataset.span) : null; }
  function orig(el) { return el.dataset.orig === "" ? null : Number(el.dataset.orig); }

  function deck() {
    var out = {who: who.value, cards: []};
    ["title", "subtitle", "date", "kicker", "source", "reporters", "photographers", "editors",
     "lead", "theme", "preset"].forEach(function (n) { out[n] = field(n); });
    cards.querySelectorAll(":scope > li").forEach(function (li) {
      var points = [];
      li.querySelectorAll(".points > li").forEach(function (p) {
        points.push({orig: orig(p), from: p.dataset.from === "" ? null : Number(p.dataset.from),
                     span: span(p), text: p.querySelector("textarea").value});
      });
      out.cards.push({orig: orig(li), span: span(li), title: li.querySelector(".card-title").value,
                      points: points});
    });
    return out;
  }

  function setState(text) { state.textContent = text; state.dataset.dirty = dirty ? "1" : ""; }
  function changed() {
    dirty = true; setState(note ? words.unsaved + " · " + note : words.unsaved); note = "";
    schedule();
  }

  function renumber() {
    cards.querySelectorAll(":scope > li").forEach(function (li, i) {
      li.querySelector(".n").textContent = String(i + 1);
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(preview, 150);
  }

  function preview() {
    if (busy) { again = true; return; }
    busy = true;
    var asked = current;
    fetch("/d/" + item + "/preview?card=" + asked, {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(deck())
    }).then(function (r) {
      if (!r.ok) {
        return r.json().then(function (e) { problems.textContent = e.error + (e.where ? " (" + e.where + ")" : ""); });
      }
      var found = JSON.parse(r.headers.get("X-Problems") || "[]");
      return r.blob().then(function (b) {
        var old = img.src;
        img.src = URL.createObjectURL(b);
        if (old.indexOf("blob:") === 0) { URL.revokeObjectURL(old); }
        img.dataset.card = String(asked);
        img.dataset.rev = String(++revision);
        problems.textContent = found.join(" ");
      });
    }).catch(function () { /* the desk stopped: the next edit tries again */ })
      .then(function () { busy = false; if (again) { again = false; preview(); } });
  }

  function focusCard(index) {
    var name = document.getElementById("preview-name");
    if (index !== current) {
      current = index;
      name.textContent = index ? words.card + " " + index : words.cover;
      schedule();
    }
  }

  function cardIndex(el) {
    var li = el.closest(".card-edit");
    return li ? Array.prototype.indexOf.call(cards.children, li) + 1 : 0;
  }

  function button(act, label, text, extra) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "mini" + (extra ? " " + extra : "");
    b.dataset.act = act; b.textContent = text;
    b.setAttribute("aria-label", label); b.title = label;
    return b;
  }

  function tools(kind) {
    var s = document.createElement("span");
    s.className = "tools";
    s.append(button(kind + "-up", words[kind + "_up"], "↑"),
             button(kind + "-down", words[kind + "_down"], "↓"),
             kind === "card" ? button("card-merge", words.card_merge, "⤓")
                             : button("point-split", words.point_split, "✂"),
             button(kind + "-delete", words[kind + "_delete"], "✕", "danger"));
    return s;
  }

  function newPoint(text) {
    var li = document.createElement("li");
    li.className = "point edited"; li.dataset.orig = ""; li.dataset.from = "";
    li.dataset.span = "";
    var area = document.createElement("textarea");
    area.className = "point-text"; area.rows = 2; area.value = text;
    area.setAttribute("aria-label", words.point);
    li.append(area, tools("point"));
    return li;
  }

  function newCard(empty) {
    var li = document.createElement("li");
    li.className = "card-edit"; li.dataset.orig = ""; li.dataset.span = "";
    var head = document.createElement("div");
    head.className = "card-head";
    var no = document.createElement("span");
    no.className = "card-no"; no.innerHTML = ""; no.append(words.card + " ");
    var n = document.createElement("b"); n.className = "n"; no.append(n);
    head.append(no, tools("card"));
    var title = document.createElement("input");
    title.className = "card-title"; title.value = words.new_card;
    title.setAttribute("aria-label", words.card_title);
    var points = document.createElement("ol"); points.className = "points";
    if (!empty) { points.append(newPoint(words.new_point)); }
    var add = button("point-add", words.add_point, "+ " + words.add_point, "add");
    li.append(head, title, points, add);
    return li;
  }

  function move(li, step) {
    var list = li.parentElement;
    var sibling = step < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) { return false; }
    list.insertBefore(li, step < 0 ? sibling : sibling.nextElementSibling);
    renumber();
    var position = Array.prototype.indexOf.call(list.children, li) + 1;
    note = words.moved.replace("{n}", position);
    return true;
  }

  form.addEventListener("click", function (event) {
    var b = event.target.closest("button[data-act]");
    if (!b) { return; }
    var act = b.dataset.act, card = b.closest(".card-edit"), point = b.closest(".point");
    var within = card;
    if (act === "card-add") {
      var made = newCard(); cards.append(made); renumber(); within = made;
      made.querySelector(".card-title").focus();
    } else if (act === "card-delete") { card.remove(); renumber(); within = null; }
    else if (act === "card-up" || act === "card-down") { move(card, act === "card-up" ? -1 : 1); b.focus(); }
    else if (act === "point-add") {
      var p = newPoint(""); card.querySelector(".points").append(p); p.querySelector("textarea").focus();
    } else if (act === "point-delete") { point.remove(); }
    else if (act === "card-merge" && card.nextElementSibling) {
      var into = card.querySelector(".points"), next = card.nextElementSibling;
      next.querySelectorAll(".points > li").forEach(function (p) { into.append(p); });
      next.remove(); renumber();
    } else if (act === "point-split" && point.previousElementSibling) {
      var split = newCard(true), moved = [];
      split.querySelector(".card-title").value = card.querySelector(".card-title").value;
      for (var el = point; el; el = el.nextElementSibling) { moved.push(el); }
      moved.forEach(function (p) { split.querySelector(".points").append(p); });
      card.after(split); renumber(); within = split;
      split.querySelector(".card-title").focus();
    }
    else if (act === "point-up" || act === "point-down") { move(point, act === "point-up" ? -1 : 1); b.focus(); }
    focusCard(within ? cardIndex(within) : 0);
    changed();
  });

  /* Drag a card by its grip (the buttons and Alt+arrows do the same from the keyboard). */
  var dragged = null;
  cards.addEventListener("dragstart", function (event) {
    if (!event.target.classList || !event.target.classList.contains("grip")) { return; }
    dragged = event.target.closest(".card-edit");
    dragged.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", "card");
  });
  cards.addEventListener("dragover", function (event) {
    if (!dragged) { return; }
    event.preventDefault();
    var over = event.target.closest && event.target.closest(".card-edit");
    if (!over || over === dragged) { return; }
    var box = over.getBoundingClientRect();
    cards.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? over : over.nextElementSibling);
  });
  cards.addEventListener("drop", function (event) { if (dragged) { event.preventDefault(); } });
  cards.addEventListener("dragend", function () {
    if (!dragged) { return; }
    dragged.classList.remove("dragging");
    renumber();
    note = words.moved.replace("{n}", Array.prototype.indexOf.call(cards.children, dragged) + 1);
    focusCard(cardIndex(dragged));
    dragged = null;
    changed();
  });

  form.addEventListener("keydown", function (event) {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) { return; }
    var el = event.target, target = el.closest(".point") || el.closest(".card-edit");
    if (!target) { return; }
    event.preventDefault();
    if (move(target, event.key === "ArrowUp" ? -1 : 1)) { el.focus(); focusCard(cardIndex(el)); changed(); }
  });

  form.addEventListener("input", function (event) {
    var point = event.target.closest(".point");
    if (point) { point.classList.add("edited"); }
    if (event.target === who) { return; }
    if (event.target.name === "title") { document.getElementById("headline").textContent = event.target.value; }
    changed();
  });
  form.addEventListener("change", function (event) {
    if (event.target.tagName === "SELECT") { changed(); }
  });
  form.addEventListener("focusin", function (event) { focusCard(cardIndex(event.target)); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  function save() {
    setState(words.saving);
    return fetch("/d/" + item + "/deck", {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(deck())
    }).then(function (r) {
      return r.json().then(function (answer) {
        if (!r.ok) { setState(answer.error + (answer.where ? " (" + answer.where + ")" : "")); throw new Error("refused"); }
        dirty = false; setState(words.saved);
      });
    });
  }

  document.getElementById("save").addEventListener("click", function () {
    save().then(function () { location.reload(); }, function () { /* shown in the state line */ });
  });

  document.getElementById("approve").addEventListener("click", function (event) {
    event.preventDefault();
    (dirty ? save() : Promise.resolve()).then(function () {
      var f = document.createElement("form");
      f.method = "post"; f.action = "/d/" + item + "/approve";
      var input = document.createElement("input");
      input.type = "hidden"; input.name = "who"; input.value = who.value;
      f.append(input); document.body.append(f); f.submit();
    }, function () { /* refused: the reason is in the state line */ });
  });

  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
  img.dataset.rev = "0";
})();
