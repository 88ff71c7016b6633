// The citizen's own view of the preparation sheet (sheet.html#<token>): read it, print it, approve it
// (POST /api/chat/{token}/sheet/approve) or add a correction (POST …/sheet/corrections), each of which
// the plan service stores as a new version. Everything is set with textContent.
import { ChatClient } from "./client.js";
import { icon } from "./icons.js";
import { el } from "./parts.js";
import { SCORES, THEMES } from "./themes.js";

const LARGE_KEY = "forbered.largeText";

function withIcon(tag, name, text, attrs = {}) {
  const node = el(tag, attrs);
  node.append(icon(name, "icon"), el("span", {}, text));
  return node;
}

function card(id, iconName, title, explain) {
  const section = el("section", { class: "card", "aria-labelledby": id });
  section.append(withIcon("h2", iconName, title, { id }));
  if (explain) section.append(el("p", { class: "explain" }, explain));
  return section;
}

function itemList(items, empty) {
  if (!Array.isArray(items) || !items.length) return el("p", { class: "empty" }, empty);
  const list = el("ul", { class: "items" });
  for (const item of items) {
    const li = el("li");
    li.append(el("p", { class: "item-text" }, item.text || item.quote || ""));
    if (item.quote && item.quote !== item.text) li.append(el("p", { class: "quote" }, `Dine ord: “${item.quote}”`));
    list.append(li);
  }
  return list;
}

function goals(items) {
  if (!Array.isArray(items) || !items.length) return el("p", { class: "empty" }, "Ingen mål skrevet ned.");
  const list = el("ul", { class: "items" });
  for (const goal of items) {
    const li = el("li");
    li.append(el("p", { class: "item-text" }, goal.goal || goal.text || ""));
    const score = Number.isInteger(goal.self_score) && goal.self_score >= 0 && goal.self_score <= 4 ? goal.self_score : null;
    if (score === null) {
      li.append(el("p", { class: "quote" }, "Din egen score: ikke angivet"));
    } else {
      const row = el("p", { class: "score" });
      row.append(icon(SCORES[score].icon, "icon"), el("span", {}, `Din egen score: ${score} af 4 – ${SCORES[score].word}`));
      li.append(row);
    }
    if (goal.quote && goal.quote !== goal.goal) li.append(el("p", { class: "quote" }, `Dine ord: “${goal.quote}”`));
    list.append(li);
  }
  return list;
}

function yesNo(value) {
  if (value === true) return "Ja";
  if (value === false) return "Nej";
  return "Ikke besvaret";
}

function renderSheet(sheet, target) {
  const parts = [];
  if (sheet.safety && sheet.safety.flagged) {
    const help = card("hjaelp", "life-buoy", "Hvis du har det svært");
    help.classList.add("safety");
    help.append(el("p", {}, "Du skal ikke være alene med det. Din kontaktperson ved det og kontakter dig."));
    const links = el("p", { class: "help" });
    links.append(withIcon("a", "phone", "Ring 112 ved akut fare", { href: "tel:112" }),
      withIcon("a", "phone", "Livslinien: 70 201 201", { href: "tel:70201201" }));
    help.append(links);
    parts.push(help);
  }
  if (sheet.stopped_early) parts.push(el("p", { class: "notice" }, "Samtalen blev stoppet før tid. Du kan fortsætte, når du vil."));

  const hopes = card("haab", "sparkles", "Mine håb, ønsker og drømme");
  hopes.append(itemList(sheet.hopes, "Ingen håb eller ønsker skrevet ned endnu."));
  const resources = card("ressourcer", "smile", "Det er jeg god til – det giver mig glæde");
  resources.append(itemList(sheet.resources, "Intet skrevet ned endnu."));
  const parking = card("parkering", "square-parking", "Parkeringspladsen",
    "Det fylder meget lige nu, men det er ikke et mål.");
  parking.append(itemList(sheet.parking, "Intet på parkeringspladsen."));
  const work = card("arbejde", "briefcase", "Arbejde og uddannelse");
  work.append(itemList(sheet.employment, "Intet om arbejde eller uddannelse."));
  const goalCard = card("maal", "target", "Mine mål – hvordan går det?", "0 er slet ikke, og 4 er rigtig godt.");
  goalCard.append(goals(sheet.goal_progress));
  parts.push(hopes, resources, parking, work, goalCard);

  if (Array.isArray(sheet.goal_suggestions) && sheet.goal_suggestions.length) {
    const ideas = card("forslag", "target", "Forslag til mål", "Dem kan I tale om på mødet.");
    ideas.append(itemList(sheet.goal_suggestions, ""));
    parts.push(ideas);
  }
  const themes = (sheet.themes || []).filter((t) => THEMES[t] && t !== "none");
  if (themes.length) {
    const themeCard = card("temaer", "shapes", "Det handler om");
    const list = el("ul", { class: "tags" });
    for (const key of themes) list.append(withIcon("li", THEMES[key].icon, THEMES[key].label));
    themeCard.append(list);
    parts.push(themeCard);
  }
  const prefs = sheet.preferences || {};
  const meeting = card("moedet", "users", "Ønsker til mødet");
  const dl = el("dl");
  dl.append(el("dt", {}, "Pårørende med til mødet"), el("dd", {}, yesNo(prefs.relatives_attend)),
    el("dt", {}, "Planen skal være"),
    el("dd", {}, { colourful: "Farverig", neutral: "Neutral" }[prefs.plan_version] || "Ikke valgt"));
  meeting.append(dl);
  parts.push(meeting);

  const summary = card("opsummering", "file-text", "Opsummering");
  summary.append(el("p", { class: "summary" }, sheet.summary || "Ingen opsummering."));
  if (Array.isArray(sheet.corrections) && sheet.corrections.length) {
    summary.append(el("h3", {}, "Det har du rettet"));
    const list = el("ul");
    sheet.corrections.forEach((c) => list.append(el("li", {}, c)));
    summary.append(list);
  }
  summary.append(el("p", {}, sheet.citizen_confirmed
    ? "Du har sagt, at opsummeringen er rigtig."
    : "Du har ikke sagt, om opsummeringen er rigtig."));
  parts.push(summary);
  target.replaceChildren(...parts);
}

function setLarge(button, large, remember) {
  document.documentElement.classList.toggle("fc-large-page", large);
  button.setAttribute("aria-pressed", String(large));
  if (!remember) return;
  try {
    window.localStorage.setItem(LARGE_KEY, large ? "1" : "0");
  } catch {
    /* not remembered */
  }
}

function showSheet(data, target, meta) {
  const when = data.sheet.created_at ? new Date(data.sheet.created_at) : null;
  const date = when && !Number.isNaN(when.getTime())
    ? when.toLocaleDateString("da-DK", { day: "numeric", month: "long", year: "numeric" })
    : "";
  meta.textContent = [data.version ? `Version ${data.version}` : "", date, data.approved ? "Godkendt af dig" : ""]
    .filter(Boolean).join(" · ");
  renderSheet(data.sheet, target);
}

/** Approve or correct: the result is said in a message that gets focus (no live region needed). */
function approvalCard(client, data, redraw) {
  const section = card("godkend", "check", "Er arket rigtigt?");
  section.classList.add("no-print");
  const feedback = el("p", { class: "notice", tabindex: "-1", hidden: "" });
  const say = (text) => {
    feedback.textContent = text;
    feedback.hidden = false;
    feedback.focus();
  };
  if (data.approved) {
    section.append(withIcon("p", "check", "Du har godkendt arket. Din kontaktperson kan se det.", { class: "score" }));
  } else {
    section.append(el("p", {}, "Læs arket igennem. Er det rigtigt, så tryk på knappen."));
    const approve = withIcon("button", "check", "Ja, arket er rigtigt", { type: "button", class: "primary" });
    approve.addEventListener("click", async () => {
      approve.disabled = true;
      try {
        await redraw(await client.approveSheet(), "Tak. Du har godkendt dit forberedelsesark.");
      } catch (error) {
        approve.disabled = false;
        say(error.message);
      }
    });
    section.append(el("div", { class: "actions" }, undefined));
    section.lastChild.append(approve);
  }
  const form = el("form", { class: "correct", novalidate: "" });
  const label = el("label", { for: "rettelse" }, "Vil du rette eller tilføje noget? Skriv det her.");
  const box = el("textarea", { id: "rettelse", rows: "3", maxlength: "2000" });
  const save = withIcon("button", "message-circle", "Gem rettelsen", { type: "submit" });
  const row = el("div", { class: "actions" });
  row.append(save);
  form.append(label, box, row);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = box.value.trim();
    if (!text) {
      say("Du skrev ikke noget. Skriv det, du vil rette, og prøv igen.");
      return;
    }
    save.disabled = true;
    try {
      await redraw(await client.correctSheet(text), "Tak. Din rettelse er gemt på dit forberedelsesark.");
    } catch (error) {
      save.disabled = false;
      say(error.message); // the text stays in the box: nothing typed is lost
    }
  });
  section.append(form, feedback);
  return section;
}

async function main() {
  const token = decodeURIComponent(window.location.hash.replace(/^#/, ""));
  const target = document.getElementById("sheet");
  const meta = document.getElementById("sheet-meta");
  const actions = document.getElementById("actions");
  const chatUrl = `/c/${encodeURIComponent(token)}`;
  const back = withIcon("a", "arrow-left", "Tilbage til samtalen", { href: chatUrl });
  const print = withIcon("button", "printer", "Print arket", { type: "button", class: "primary" });
  print.addEventListener("click", () => window.print());
  const large = withIcon("button", "a-large-small", "Større tekst", { type: "button", "aria-pressed": "false" });
  large.addEventListener("click", () => setLarge(large, !document.documentElement.classList.contains("fc-large-page"), true));
  let stored = false;
  try {
    stored = window.localStorage.getItem(LARGE_KEY) === "1";
  } catch {
    stored = false;
  }
  setLarge(large, stored, false);
  actions.append(back, print, large);

  if (!/^[A-Za-z0-9_-]+$/.test(token)) {
    print.hidden = true;
    back.hidden = true;
    target.replaceChildren(el("p", { class: "notice" }, "Linket mangler en kode. Spørg din kontaktperson om et nyt link."));
    return;
  }
  const client = new ChatClient(token);
  let data;
  try {
    data = await client.sheet();
  } catch (error) {
    // 404 says in plain Danish whether the sheet is not ready yet or the link is wrong.
    print.hidden = true;
    target.replaceChildren(el("p", { class: "notice" }, error.message));
    return;
  }
  if (!data.sheet) {
    print.hidden = true;
    target.replaceChildren(el("p", { class: "notice" }, "Dit forberedelsesark er ikke klar endnu."));
    return;
  }
  const redraw = async (fresh, thanks) => {
    showSheet(fresh, target, meta);
    const approval = approvalCard(client, fresh, redraw);
    target.append(approval);
    if (thanks) {
      const done = el("p", { class: "notice", tabindex: "-1" }, thanks);
      approval.querySelector("h2").after(done);
      done.focus();
    }
  };
  await redraw(data);
}

main();
