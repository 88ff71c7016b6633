// Progressive enhancement of the practice form: post to the JSON API and append the turn in place.
// Without this script the form posts as plain HTML. Text goes into the page via textContent only.
(function () {
  "use strict";
  var form = document.getElementById("turn-form");
  var log = document.getElementById("transcript");
  if (!form || !log || !window.fetch) { return; }
  var field = form.querySelector("textarea");
  var button = form.querySelector("button[type=submit]");
  var error = document.getElementById("replik-fejl");
  var labels = {};
  try { labels = JSON.parse(form.getAttribute("data-labels") || "{}"); } catch (e) { labels = {}; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function line(className, who, text) {
    var item = el("li", "msg " + className);
    item.appendChild(el("span", "who", who));
    item.appendChild(document.createTextNode(" " + text));
    return item;
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
    field.setAttribute("aria-invalid", "true");
    field.focus();
  }

  function append(turn) {
    var mine = line("msg-trainee", "Dig:", turn.trainee_text);
    mine.id = "tur-" + turn.seq;
    var code = el("p", "code");
    code.appendChild(el("span", "tag code-" + turn.code, labels[turn.code] || turn.code));
    if (turn.evidence) {
      code.appendChild(document.createTextNode(" "));
      code.appendChild(el("span", "meta", "ud fra »" + turn.evidence + "«"));
    }
    mine.appendChild(code);
    if (turn.feedback) { mine.appendChild(el("p", "feedback", turn.feedback)); }
    log.appendChild(mine);
    log.appendChild(line("msg-citizen", "Borger:", turn.citizen_reply));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = field.value.trim();
    if (!text) { showError("Du skrev ikke noget. Skriv din replik, og prøv igen."); return; }
    button.disabled = true;
    fetch(form.getAttribute("data-api"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: text })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }).then(function (result) {
      button.disabled = false;
      if (result.ok) {
        append(result.body);
        field.value = "";
        error.hidden = true;
        error.textContent = "";
        field.removeAttribute("aria-invalid");
        field.focus();
      } else if (result.status === 422 || result.status === 409) {
        showError(result.body.detail || "Det gik ikke. Prøv igen.");
      } else {
        form.submit();  // let the server-rendered path handle it (e.g. an expired login)
      }
    }).catch(function () {
      button.disabled = false;
      showError("Der er ingen forbindelse lige nu. Prøv igen om lidt.");
    });
  });
}());
