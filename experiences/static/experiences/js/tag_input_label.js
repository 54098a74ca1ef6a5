// Wagtail's tag field (jQuery tag-it) is typed into an input of its own, which
// the field's label does not name (axe: "Form elements must have labels"): this
// gives that input the label of the field it stands for.
(() => {
  const label = (input) => {
    const field = input
      .closest("[data-field-input]")
      ?.querySelector("[data-controller~='w-tag']");
    const text = field && document.querySelector(`label[for="${field.id}"]`);
    input.setAttribute(
      "aria-label",
      text ? text.textContent.replace("*", "").trim() : "Mots-clés",
    );
  };
  const scan = () =>
    document
      .querySelectorAll(".tagit input.ui-autocomplete-input:not([aria-label])")
      .forEach(label);
  new MutationObserver(scan).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  scan();
})();
