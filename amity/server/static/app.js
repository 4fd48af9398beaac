// amity page: sign up / log in, chat with a streamed reply, the memory ledger, export, delete.
// Plain JavaScript, no build step. All text from the server goes in with textContent.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { csrf: null, username: null, friend: "Sunny", busy: false };

class ApiError extends Error {
  constructor(message, status, code) { super(message); this.status = status; this.code = code; }
}

async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && state.csrf) headers["X-CSRF-Token"] = state.csrf;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError("Can't reach the server. Check your connection and try again.", 0, "offline");
  }
  return response;
}

async function failure(response) {
  try {
    const data = await response.json();
    if (data && data.error) return new ApiError(data.error.message, response.status, data.error.code);
  } catch { /* not JSON */ }
  return new ApiError(`The server answered ${response.status}. Try again.`, response.status, "http");
}

async function json(path, options) {
  const response = await api(path, options);
  if (!response.ok) throw await failure(response);
  return response.status === 204 ? null : response.json();
}

// ---- alerts and views ------------------------------------------------------------------
function showAlert(message) { $("alert-text").textContent = message; $("alert").hidden = false; }
function clearAlert() { $("alert").hidden = true; }

function show(view) {
  $("booting").hidden = true;
  $("auth").hidden = view !== "auth";
  $("app").hidden = view !== "app";
  $("account-nav").hidden = view !== "app";
}

function setFriend(name) {
  state.friend = name;
  $("memory-title").textContent = `What ${name} remembers`;
  $("composer-text").placeholder = `Say something to ${name}…`;
  $("composer-text").previousElementSibling.textContent = `Message ${name}`;
}

// ---- auth --------------------------------------------------------------------------------
async function enter(csrf, known) {
  state.csrf = csrf;
  const me = known || await json("/api/me");
  state.username = me.username;
  $("whoami").textContent = `Hi, ${me.username}`;
  setFriend(me.character.name);
  show("app");
  await loadHistory(me.character.greeting);
  loadMemories(me.memory);
  $("composer-text").focus();
}

async function onAuth(event) {
  event.preventDefault();
  const action = event.submitter && event.submitter.dataset.action || "login";
  const error = $("auth-error");
  error.hidden = true;
  const username = $("username").value.trim();
  const password = $("password").value;
  if (!username || !password) {
    error.textContent = "Enter a username and a password.";
    error.hidden = false;
    return;
  }
  const buttons = [$("signup"), $("login")];
  buttons.forEach((b) => { b.disabled = true; });
  event.submitter && (event.submitter.textContent = action === "signup" ? "Signing up…" : "Logging in…");
  try {
    const session = await json(`/api/${action}`, { method: "POST", body: { username, password } });
    $("password").value = "";
    await enter(session.csrf_token);
  } catch (exc) {
    error.textContent = exc.message;
    error.hidden = false;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    $("signup").textContent = "Sign up";
    $("login").textContent = "Log in";
  }
}

async function logout() {
  try { await json("/api/logout", { method: "POST" }); } catch { /* logged out anyway */ }
  location.reload();
}

// ---- chat ----------------------------------------------------------------------------------
function bubble(role, text, emoji) {
  const li = document.createElement("li");
  li.className = `msg ${role}`;
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = role === "user" ? "You" : state.friend;
  const body = document.createElement("span");
  body.className = "body";
  body.textContent = text;
  li.append(who, body);
  if (emoji) react(li, emoji);
  $("messages").append(li);
  li.scrollIntoView({ block: "end" });
  return li;
}

function react(li, emoji) {
  let badge = li.querySelector(".reaction");
  if (!badge) {
    badge = document.createElement("span");
    badge.className = "reaction";
    li.append(badge);
  }
  badge.textContent = emoji;
  badge.setAttribute("role", "img");
  badge.setAttribute("aria-label", `${state.friend} reacted ${emoji}`);
}

async function loadHistory(greeting) {
  $("messages").textContent = "";
  try {
    const history = await json("/api/messages?limit=100");
    if (!history.messages.length && greeting) bubble("assistant", greeting);
    for (const m of history.messages) bubble(m.role, m.content, m.emoji);
  } catch (exc) {
    showAlert(`Couldn't load your conversation: ${exc.message}`);
  }
}

function setBusy(busy) {
  state.busy = busy;
  $("send").disabled = busy;
  $("messages").setAttribute("aria-busy", String(busy));
  $("typing").hidden = !busy;
  $("typing").textContent = busy ? `${state.friend} is typing…` : "";
}

// Reads a text/event-stream body, calling onEvent(name, data) for each event.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      if (data.length) onEvent(name, JSON.parse(data.join("\n")));
    }
  }
}

async function send(event) {
  event.preventDefault();
  const box = $("composer-text");
  const text = box.value.trim();
  if (!text || state.busy) return;
  clearAlert();
  const mine = bubble("user", text);
  box.value = "";
  autosize();
  setBusy(true);
  let reply = null;
  let replyText = "";
  try {
    const response = await api("/api/chat", { method: "POST", body: { text, stream: true } });
    if (!response.ok) throw await failure(response);
    reply = bubble("assistant", "");
    const body = reply.querySelector(".body");
    let finished = false;
    await readEvents(response, (name, data) => {
      if (name === "token") { replyText += data.text; body.textContent = replyText; }
      else if (name === "reset") { replyText = ""; body.textContent = ""; }
      else if (name === "reply") {
        finished = true;
        body.textContent = data.text;
        if (data.emoji) react(mine, data.emoji);
        if (data.mode === "under_13") closed();
      } else if (name === "error") {
        finished = true;
        throw new ApiError(data.error.message, data.error.status, data.error.code);
      }
      reply.scrollIntoView({ block: "end" });
    });
    if (!finished) throw new ApiError("The reply was cut off. Your message was saved; try again.", 0, "cut");
    refreshMemories();
  } catch (exc) {
    if (exc.status === 401) { location.reload(); return; }
    if (reply && !replyText) reply.remove();
    if (!reply) mine.classList.add("failed");
    showAlert(exc.message);
  } finally {
    setBusy(false);
    box.focus();
  }
}

// Under 13: the safety policy has deleted the account; say so and stop the chat here.
function closed() {
  $("composer").hidden = true;
  $("account-nav").hidden = true;
  showAlert("This account has been closed and its data deleted.");
}

function autosize() {
  const box = $("composer-text");
  box.style.height = "auto";
  box.style.height = `${Math.min(box.scrollHeight, 144)}px`;
}

function onKey(event) {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
}

// ---- memories -----------------------------------------------------------------------------
let memoryOn = true;

function loadMemories(enabled) {
  memoryOn = enabled;
  if (!enabled) {
    $("memory-status").textContent = "Memory is switched off on this server.";
    return;
  }
  refreshMemories();
}

function describeSource(m) {
  const when = new Date(m.created_at).toLocaleDateString(undefined,
    { weekday: "short", day: "numeric", month: "short" });
  if (!m.source_message_id) return m.source_span ? `${m.source_span} (${when})` : `Added ${when}`;
  const quote = m.source_text || m.source_span;
  return `From your message on ${when}: “${quote}”`;
}

async function refreshMemories() {
  if (!memoryOn) return;
  const status = $("memory-status");
  const list = $("memory-list");
  status.textContent = list.children.length ? "" : "Loading…";
  try {
    const data = await json("/api/memories");
    list.textContent = "";
    status.textContent = data.memories.length ? "" :
      `Nothing yet. Tell ${state.friend} about yourself and it will show up here.`;
    for (const m of data.memories) list.append(memoryItem(m));
  } catch (exc) {
    status.textContent = `Couldn't load memories: ${exc.message}`;
  }
}

function memoryItem(m) {
  const li = document.createElement("li");
  li.dataset.id = m.id;
  const fact = document.createElement("p");
  fact.className = "fact";
  fact.textContent = m.text;
  const source = document.createElement("p");
  source.className = "source";
  source.textContent = describeSource(m);
  const actions = document.createElement("div");
  actions.className = "fact-actions";
  const fix = document.createElement("button");
  fix.type = "button"; fix.className = "link"; fix.textContent = "Correct";
  fix.setAttribute("aria-label", `Correct: ${m.text}`);
  const forget = document.createElement("button");
  forget.type = "button"; forget.className = "link"; forget.textContent = "Forget";
  forget.setAttribute("aria-label", `Forget: ${m.text}`);
  fix.addEventListener("click", () => correctForm(li, m, actions));
  forget.addEventListener("click", () => forgetFact(m, forget));
  actions.append(fix, forget);
  li.append(fact, source, actions);
  return li;
}

function correctForm(li, m, actions) {
  const form = document.createElement("form");
  const id = `fix-${m.id}`;
  const label = document.createElement("label");
  label.htmlFor = id; label.className = "visually-hidden"; label.textContent = "The right value";
  const input = document.createElement("input");
  input.id = id; input.value = m.object; input.required = true; input.maxLength = 500;
  const save = document.createElement("button");
  save.type = "submit"; save.textContent = "Save";
  const cancel = document.createElement("button");
  cancel.type = "button"; cancel.className = "secondary"; cancel.textContent = "Cancel";
  cancel.addEventListener("click", () => { form.remove(); actions.hidden = false; });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    save.disabled = true; save.textContent = "Saving…";
    try {
      await json(`/api/memories/${m.id}`, { method: "PATCH", body: { value: input.value } });
      await refreshMemories();
    } catch (exc) {
      showAlert(exc.message);
      save.disabled = false; save.textContent = "Save";
    }
  });
  form.append(label, input, save, cancel);
  actions.hidden = true;
  li.append(form);
  input.focus();
}

async function forgetFact(m, button) {
  if (!confirm(`Forget “${m.text}”? It will be erased, with its words in your messages.`)) return;
  button.disabled = true; button.textContent = "Forgetting…";
  try {
    await json(`/api/memories/${m.id}`, { method: "DELETE" });
    await refreshMemories();
    $("memory-status").textContent = "Forgotten.";
    await loadHistory();
  } catch (exc) {
    showAlert(exc.message);
    button.disabled = false; button.textContent = "Forget";
  }
}

// ---- delete the account ------------------------------------------------------------------
async function deleteAccount(event) {
  event.preventDefault();
  const error = $("delete-error");
  error.hidden = true;
  const button = $("delete-confirm");
  button.disabled = true;
  try {
    await json("/api/account", { method: "DELETE", body: { password: $("delete-password").value } });
    location.reload();
  } catch (exc) {
    error.textContent = exc.message;
    error.hidden = false;
    button.disabled = false;
  }
}

// ---- start -------------------------------------------------------------------------------------
async function boot() {
  $("auth-form").addEventListener("submit", onAuth);
  $("composer").addEventListener("submit", send);
  $("composer-text").addEventListener("keydown", onKey);
  $("composer-text").addEventListener("input", autosize);
  $("logout").addEventListener("click", logout);
  $("alert-close").addEventListener("click", clearAlert);
  $("delete-open").addEventListener("click", () => $("delete-dialog").showModal());
  $("delete-cancel").addEventListener("click", () => $("delete-dialog").close());
  $("delete-form").addEventListener("submit", deleteAccount);
  $("memory-toggle").addEventListener("click", () => {
    const memory = $("memory");
    const open = memory.dataset.collapsed === "true";
    memory.dataset.collapsed = String(!open);
    $("memory-toggle").setAttribute("aria-expanded", String(open));
  });
  $("memory").dataset.collapsed = "true";
  try {
    const response = await api("/api/me");
    if (response.status === 401) { show("auth"); $("username").focus(); return; }
    if (!response.ok) throw await failure(response);
    const me = await response.json();
    await enter(me.csrf_token, me);
  } catch (exc) {
    show("auth");
    showAlert(exc.message);
  }
}

boot();
