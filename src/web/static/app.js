// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Filters that are drop-downs apply at once.
  for (const el of document.querySelectorAll("select.auto-submit")) el.addEventListener("change", () => el.form && el.form.submit());
  // Article page: show or hide the highlighting of one kind of span.
  const text = document.getElementById("article-text");
  for (const box of document.querySelectorAll("input.kind-toggle")) {
    box.addEventListener("change", () => text && text.classList.toggle("hide-" + box.value, !box.checked));
  }
});
