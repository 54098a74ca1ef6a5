/*
 * Type-ahead for a long <select> grouped in <optgroup>s (the territory picker).
 *
 * Without JavaScript the <select> works as it is. With it, the select is hidden
 * (it still carries the value the form sends) and a text box with a list of
 * suggestions takes its place, following the WAI-ARIA combobox pattern: the list
 * filters as one types (accents and case ignored, a region's name shows all of
 * it), the arrow keys move through it, Enter chooses, Escape closes, and a live
 * region says how many territories match. No inline code or style: the
 * Content-Security-Policy refuses both.
 */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function plural(count, singular, pluralForm) {
    return Math.abs(count) < 2 ? singular : pluralForm;
  }

  function enhance(select, number) {
    var baseId = select.id || "picker-" + number;
    var wrapper = document.createElement("div");
    var input = document.createElement("input");
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var options = [];
    var active = -1;

    wrapper.className = "picker";
    input.type = "text";
    input.className = "picker__input";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", baseId + "-list");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    ["aria-describedby", "aria-invalid", "aria-required"].forEach(function (name) {
      if (select.hasAttribute(name)) {
        input.setAttribute(name, select.getAttribute(name));
      }
    });
    list.id = baseId + "-list";
    list.className = "picker__list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    // The label and the error summary's links point at the select's id: the text
    // box takes it over.
    var label = document.querySelector('label[for="' + select.id + '"]');
    if (label) {
      label.id = label.id || baseId + "-label";
      list.setAttribute("aria-labelledby", label.id);
    }
    select.id = baseId + "-select";
    input.id = baseId;

    Array.prototype.forEach.call(select.children, function (child) {
      var isGroup = child.tagName === "OPTGROUP";
      var groupName = isGroup ? child.label : "";
      var members = isGroup ? child.children : [child];
      var container = list;
      var group = null;
      if (isGroup) {
        group = document.createElement("li");
        group.setAttribute("role", "presentation");
        var heading = document.createElement("div");
        heading.className = "picker__group";
        heading.id = baseId + "-group-" + options.length;
        heading.setAttribute("role", "presentation");
        heading.textContent = groupName;
        container = document.createElement("ul");
        container.setAttribute("role", "group");
        container.setAttribute("aria-labelledby", heading.id);
        group.appendChild(heading);
        group.appendChild(container);
        list.appendChild(group);
      }
      Array.prototype.forEach.call(members, function (option) {
        if (option.value === "") {
          return;
        }
        var item = document.createElement("li");
        item.id = baseId + "-option-" + options.length;
        item.className =
          "picker__option" +
          (option.dataset.kind === "mission_locale" ? " picker__option--nested" : "");
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = option.textContent;
        item.dataset.value = option.value;
        container.appendChild(item);
        options.push({
          item: item,
          group: group,
          value: option.value,
          label: option.textContent,
          text: fold(option.textContent + " " + (option.dataset.within || "")),
          groupText: fold(groupName),
        });
      });
    });

    function chosenLabel() {
      var option = select.options[select.selectedIndex];
      return option && option.value !== "" ? option.textContent : "";
    }

    function visible() {
      return options.filter(function (option) {
        return !option.item.hidden;
      });
    }

    function filter() {
      var words = fold(input.value.trim()).split(/\s+/).filter(Boolean);
      var query = words.join(" ");
      var showingChosen = input.value === chosenLabel();
      options.forEach(function (option) {
        var matches =
          showingChosen ||
          !query ||
          words.every(function (word) {
            return option.groupText.indexOf(word) !== -1;
          }) ||
          words.every(function (word) {
            return option.text.indexOf(word) !== -1;
          });
        option.item.hidden = !matches;
      });
      list.querySelectorAll('li[role="presentation"]').forEach(function (group) {
        group.hidden = !group.querySelector('[role="option"]:not([hidden])');
      });
      var count = visible().length;
      status.textContent = count
        ? count + " " + plural(count, "territoire proposé", "territoires proposés")
        : "Aucun territoire ne correspond : essayez un autre nom ou un numéro de département.";
      setActive(-1);
    }

    function open() {
      if (!list.hidden) {
        return;
      }
      filter();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      var current = options.filter(function (option) {
        return option.value === select.value;
      })[0];
      if (current && !current.item.hidden) {
        setActive(visible().indexOf(current));
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var shown = visible();
      options.forEach(function (option) {
        option.item.classList.remove("picker__option--active");
      });
      active = shown.length ? Math.max(-1, Math.min(index, shown.length - 1)) : -1;
      if (active < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      var item = shown[active].item;
      item.classList.add("picker__option--active");
      input.setAttribute("aria-activedescendant", item.id);
      if (item.scrollIntoView) {
        item.scrollIntoView({ block: "nearest" });
      }
    }

    function choose(option) {
      select.value = option ? option.value : "";
      options.forEach(function (each) {
        each.item.setAttribute("aria-selected", String(each === option));
      });
      input.value = option ? option.label : "";
      close();
      // The draft's autosave listens to the form's input events.
      select.dispatchEvent(new Event("change", { bubbles: true }));
      select.dispatchEvent(new Event("input", { bubbles: true }));
    }

    input.addEventListener("input", function () {
      if (list.hidden) {
        open();
      } else {
        filter();
      }
      if (input.value.trim()) {
        setActive(0);
      }
    });
    input.addEventListener("click", open);
    input.addEventListener("keydown", function (event) {
      var shown = visible();
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          if (list.hidden) {
            open();
          } else {
            setActive(active + 1 < shown.length ? active + 1 : 0);
          }
          break;
        case "ArrowUp":
          event.preventDefault();
          if (list.hidden) {
            open();
          }
          setActive(active > 0 ? active - 1 : visible().length - 1);
          break;
        case "Home":
        case "End":
          if (!list.hidden && shown.length) {
            event.preventDefault();
            setActive(event.key === "Home" ? 0 : shown.length - 1);
          }
          break;
        case "Enter":
          if (!list.hidden) {
            // Choosing never sends the form.
            event.preventDefault();
            if (active >= 0) {
              choose(shown[active]);
            }
          }
          break;
        case "Escape":
          if (!list.hidden) {
            event.preventDefault();
            close();
            input.value = chosenLabel();
          }
          break;
        case "Tab":
          close();
          break;
      }
    });
    input.addEventListener("blur", function () {
      close();
      if (!input.value.trim()) {
        if (select.value !== "") {
          choose(null);
        }
        return;
      }
      // Text that names no territory gives the chosen one back.
      var exact = options.filter(function (option) {
        return fold(option.label) === fold(input.value.trim());
      })[0];
      if (exact && exact.value !== select.value) {
        choose(exact);
      } else {
        input.value = chosenLabel();
      }
    });
    // mousedown, not click: the text box keeps the focus.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var item = event.target.closest('[role="option"]');
      if (!item) {
        return;
      }
      choose(
        options.filter(function (option) {
          return option.item === item;
        })[0]
      );
      input.focus();
    });

    input.value = chosenLabel();
    options.forEach(function (option) {
      option.item.setAttribute("aria-selected", String(option.value === select.value));
    });
    input.placeholder = "Nom ou numéro de département";
    select.hidden = true;
    select.tabIndex = -1;
    select.setAttribute("aria-hidden", "true");
    select.parentNode.insertBefore(wrapper, select);
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    wrapper.appendChild(select);
  }

  function start() {
    var selects = document.querySelectorAll("select[data-picker]");
    Array.prototype.forEach.call(selects, enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
