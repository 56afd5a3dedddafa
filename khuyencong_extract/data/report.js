"use strict";
/* Report page behaviour: tabs, document list, building a document view from its
   <template> on demand, item <-> passage navigation, kind toggles, column choice.
   Test mode: "#test-click=DOC_ID:ITEM" opens the document, clicks the item in the
   side panel and writes what happened (JSON) into #test-result; "#test-pick=DOC_ID:ITEM"
   clicks the item's passage in the source and reports which panel entry became active.
   Links: "#doc=DOC_ID&item=t3" opens a document at an item; "#compare=An Giang,Hưng Yên"
   opens the comparison with only the matching columns ("&at=budget" scrolls to a part:
   targets, budget, citations, agencies). */
(function () {
  var view = document.getElementById("doc-view");
  var area = document.getElementById("doc-area");
  var current = null;

  function showTab(name) {
    document.querySelectorAll(".tab").forEach(function (t) { t.hidden = t.id !== "tab-" + name; });
    document.querySelectorAll("#top nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.tab === name); });
  }

  function openDoc(id) {
    var tpl = document.getElementById("tpl-" + id);
    if (!tpl) { return false; }
    view.replaceChildren(tpl.content.cloneNode(true));
    current = id;
    document.querySelectorAll("#doc-list li").forEach(function (li) { li.classList.toggle("on", li.dataset.doc === id); });
    showTab("docs");
    return true;
  }

  function passages(item) {
    var pane = view.querySelector(".src");
    return pane ? Array.prototype.slice.call(pane.querySelectorAll('[data-m~="' + item + '"]')) : [];
  }

  function focusItem(item, instant) {
    view.querySelectorAll(".m.focus, [data-item].active").forEach(function (el) { el.classList.remove("focus", "focus-first", "active"); });
    var entry = view.querySelector('[data-item="' + item + '"]');
    if (entry) { entry.classList.add("active"); entry.scrollIntoView({ block: "nearest" }); }
    var segs = passages(item);
    segs.forEach(function (s) { s.classList.add("focus"); });
    if (segs.length) {
      segs[0].classList.add("focus-first");
      segs[0].scrollIntoView({ block: "center", behavior: instant ? "auto" : "smooth" });
    }
    return segs;
  }

  view.addEventListener("click", function (event) {
    var entry = event.target.closest("[data-item]");
    if (entry) {
      focusItem(entry.dataset.item, event.isTrusted === false);
      history.replaceState(null, "", "#doc=" + current + "&item=" + entry.dataset.item);
      return;
    }
    var seg = event.target.closest(".src [data-m]");
    if (seg) {
      var ids = seg.dataset.m.split(" ");
      var item = ids[ids.length - 1];
      var li = view.querySelector('[data-item="' + item + '"]');
      view.querySelectorAll("[data-item].active").forEach(function (el) { el.classList.remove("active"); });
      if (li) { li.classList.add("active"); li.scrollIntoView({ block: "nearest" }); }
    }
  });

  view.addEventListener("keydown", function (event) {
    var entry = event.target.closest("[data-item]");
    if (entry && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); entry.click(); }
  });

  document.querySelectorAll("#top nav button").forEach(function (b) {
    b.addEventListener("click", function () { showTab(b.dataset.tab); history.replaceState(null, "", "#" + b.dataset.tab); });
  });

  document.getElementById("doc-list").addEventListener("click", function (event) {
    var li = event.target.closest("li[data-doc]");
    if (li && openDoc(li.dataset.doc)) { history.replaceState(null, "", "#doc=" + li.dataset.doc); }
  });

  document.getElementById("doc-filter").addEventListener("input", function (event) {
    var words = event.target.value.toLowerCase().split(/\s+/).filter(Boolean);
    document.querySelectorAll("#doc-list li").forEach(function (li) {
      li.hidden = !words.every(function (w) { return li.dataset.search.indexOf(w) >= 0; });
    });
  });

  document.querySelectorAll(".legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () { area.classList.toggle("hide-" + box.dataset.kind, !box.checked); });
  });

  function showGroup(box) {
    document.querySelectorAll('#tab-compare [data-g="' + box.dataset.group + '"]').forEach(function (el) { el.hidden = !box.checked; });
  }
  var groupBoxes = document.querySelectorAll("#tab-compare input[data-group]");
  groupBoxes.forEach(function (box) { showGroup(box); box.addEventListener("change", function () { showGroup(box); }); });
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function showMatching(query) {
    var terms = query.split(",").map(function (t) { return fold(t.trim()); }).filter(Boolean);
    if (!terms.length) { return; }
    groupBoxes.forEach(function (box) {
      var label = fold(box.parentNode.textContent);
      box.checked = terms.some(function (t) { return label.indexOf(t) >= 0; });
      showGroup(box);
    });
  }
  var groupFilter = document.getElementById("groups-filter");
  if (groupFilter) { groupFilter.addEventListener("input", function () { showMatching(groupFilter.value); }); }
  [["groups-all", true], ["groups-none", false]].forEach(function (pair) {
    var button = document.getElementById(pair[0]);
    if (button) { button.addEventListener("click", function () { groupBoxes.forEach(function (box) { box.checked = pair[1]; showGroup(box); }); }); }
  });

  function testPick(docId, item) {
    var result = { doc: docId, item: item, opened: openDoc(docId) };
    var segs = passages(item);
    if (segs.length) { segs[segs.length - 1].click(); }
    var active = view.querySelectorAll("[data-item].active");
    result.active = Array.prototype.map.call(active, function (el) { return el.dataset.item; });
    var out = document.getElementById("test-result");
    out.textContent = JSON.stringify(result);
    out.hidden = false;
  }

  function testClick(docId, item) {
    var result = { doc: docId, item: item, opened: openDoc(docId) };
    var entry = view.querySelector('[data-item="' + item + '"]');
    result.entry = !!entry;
    if (entry) { entry.click(); }
    var pane = view.querySelector(".src");
    var segs = passages(item);
    result.segments = segs.length;
    result.text = segs.map(function (s) { return s.textContent; }).join("");
    if (pane && segs.length) {
      var r = segs[0].getBoundingClientRect(), p = pane.getBoundingClientRect();
      result.scrollTop = pane.scrollTop;
      result.rect = { top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height };
      result.pane = { top: p.top, bottom: p.bottom };
      result.visible = r.top >= p.top && r.bottom <= p.bottom && r.width > 0;
      result.focused = segs.every(function (s) { return s.classList.contains("focus"); });
      result.background = getComputedStyle(segs[0]).backgroundColor;
    }
    result.active = !!(entry && entry.classList.contains("active"));
    var out = document.getElementById("test-result");
    out.textContent = JSON.stringify(result);
    out.hidden = false;
  }

  function route() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.has("doc") && openDoc(params.get("doc"))) {
      if (params.has("item")) { focusItem(params.get("item"), true); }
      return true;
    }
    if (params.has("compare")) {
      showTab("compare");
      if (params.get("compare") && groupFilter) { groupFilter.value = params.get("compare"); showMatching(groupFilter.value); }
      var part = params.has("at") && document.getElementById("cmp-" + params.get("at"));
      if (part) { part.scrollIntoView(); }
      return true;
    }
    return false;
  }
  window.addEventListener("hashchange", route);

  var params = new URLSearchParams(location.hash.slice(1));
  if (params.has("test-click")) {
    var spec = params.get("test-click"), cut = spec.lastIndexOf(":");
    testClick(spec.slice(0, cut), spec.slice(cut + 1));
  } else if (params.has("test-pick")) {
    var pick = params.get("test-pick"), at = pick.lastIndexOf(":");
    testPick(pick.slice(0, at), pick.slice(at + 1));
  } else if (!route()) {
    var first = document.querySelector("#doc-list li[data-doc]");
    if (first) { openDoc(first.dataset.doc); } else { showTab("docs"); }
  }
})();
