// The review desk's little script: everything works without it; it saves a reload or a click.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // The cases list: narrow the rows shown on this page as you type (nothing is sent anywhere).
  const filter = document.getElementById("quickfilter");
  if (filter) {
    const rows = document.querySelectorAll("#cases tbody tr[data-filter]");
    filter.addEventListener("input", () => {
      const wanted = filter.value.trim().toLocaleLowerCase("lv");
      rows.forEach((row) => row.classList.toggle("hidden", wanted !== "" && !row.dataset.filter.includes(wanted)));
    });
  }
  // A field row lights up its box on the page image while the pointer or focus is on it.
  document.querySelectorAll(".document").forEach((doc) => {
    doc.querySelectorAll(".fieldrow[data-field]").forEach((row) => {
      const boxes = doc.querySelectorAll(`rect[data-field="${row.dataset.field}"]`);
      if (!boxes.length) return;
      const light = (on) => boxes.forEach((box) => box.classList.toggle("lit", on));
      row.addEventListener("mouseenter", () => light(true));
      row.addEventListener("mouseleave", () => light(false));
      row.addEventListener("focusin", () => light(true));
      row.addEventListener("focusout", () => light(false));
    });
  });
  // Taking a document out of a case asks first.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});
