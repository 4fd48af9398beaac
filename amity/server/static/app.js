// amity page: sign up / log in, chat with a streamed reply, the settings sheet (name,
// memories, API keys, export, log out, delete), offline state and the service worker.
// Plain JavaScript, no build step. All text from the server goes in with textContent.
//
// Never lose a message: every send carries an idempotency key; the server answers with a
// `saved` event once the message is stored, before any model work. A failure before that
// puts the text back in the box (sending it again reuses the key, so it is stored once);
// a failure after it shows "Sunny didn't answer" with a button that asks for the reply
// (reply_to) without sending the message again. After a reload, an unanswered last
// message gets the same button.
"use strict";

const $ = (id) => document.getElementById(id);
const DRAFT = "amity.draft";
const KNOWN = "amity.has-account";
const state = { csrf: null, username: null, name: null, friend: "Sunny", busy: false,
  pending: null, memory: false, lastRole: null, lastTime: 0 };

class ApiError extends Error {
  constructor(message, status, code) { super(message); this.status = status; this.code = code; }
}

function store(key, value) {
  try { if (value) localStorage.setItem(key, value); else localStorage.removeItem(key); } catch { /* private mode */ }
}
function stored(key) { try { return localStorage.getItem(key) || ""; } catch { return ""; } }

async function api(path, { method = "GET", body, headers: extra } = {}) {
  const headers = { Accept: "application/json", ...extra };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && state.csrf) headers["X-CSRF-Token"] = state.csrf;
  try {
    return await fetch(path, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError("Can't reach the server. Check your connection and try again.", 0, "offline");
  }
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

// ---- banners and views -------------------------------------------------------------------
function showAlert(message) { $("alert-text").textContent = message; $("alert").hidden = false; }
function clearAlert() { $("alert").hidden = true; }

function show(view) {
  $("booting").hidden = true;
  for (const id of ["auth", "app", "goodbye"]) $(id).hidden = view !== id;
  $("composer").hidden = view !== "app";
  $("settings-open").hidden = view !== "app";
  document.body.dataset.view = view;
}

function presence(text) { $("presence").textContent = text; }

function setOnline() {
  const online = navigator.onLine;
  $("offline").hidden = online;
  document.body.classList.toggle("is-offline", !online);
  if (!state.busy) presence(online ? (state.username ? "online" : "your AI friend") : "offline");
}

// ---- auth ----------------------------------------------------------------------------------
function setMode(mode) {
  const form = $("auth-form");
  form.dataset.mode = mode;
  $("mode-signup").setAttribute("aria-pressed", String(mode === "signup"));
  $("mode-login").setAttribute("aria-pressed", String(mode === "login"));
  $("auth-submit").textContent = mode === "signup" ? "Create my account" : "Log in";
  $("password").autocomplete = mode === "signup" ? "new-password" : "current-password";
  $("auth-error").hidden = true;
}

async function enter(csrf, known) {
  state.csrf = csrf;
  const me = known || await json("/api/me");
  state.username = me.username;
  state.memory = me.memory;
  store(KNOWN, "1");
  setName(me.display_name);
  setFriend(me.character.name);
  show("app");
  setOnline();
  // the draft first: a message typed and sent while the history loads is not put back
  const box = $("composer-text");
  box.value = stored(DRAFT);
  autosize();
  await loadHistory(me.character.greeting);
  box.focus();
}

function setName(name) {
  state.name = name;
  $("whoami").textContent = state.username;
  $("name-input").value = name;
}

function setFriend(name) {
  state.friend = name;
  $("friend-name").textContent = name;
  document.title = `${name} · amity`;
  $("memory-title").textContent = `What ${name} remembers`;
  $("composer-text").placeholder = `Message ${name}`;
  $("composer-text").previousElementSibling.textContent = `Message ${name}`;
}

async function onAuth(event) {
  event.preventDefault();
  const action = $("auth-form").dataset.mode === "login" ? "login" : "signup";
  const error = $("auth-error");
  error.hidden = true;
  const username = $("username").value.trim();
  const password = $("password").value;
  if (!username || !password) {
    error.textContent = "Enter a username and a password.";
    error.hidden = false;
    return;
  }
  const body = { username, password };
  const name = $("display-name").value.trim();
  if (action === "signup" && name) body.display_name = name;
  const button = $("auth-submit");
  const label = button.textContent;
  button.disabled = true;
  button.textContent = action === "signup" ? "Creating your account…" : "Logging in…";
  try {
    const session = await json(`/api/${action}`, { method: "POST", body });
    $("password").value = "";
    await enter(session.csrf_token);
  } catch (exc) {
    error.textContent = exc.code === "username_taken"
      ? `${exc.message} If it's yours, choose “I have an account”.` : exc.message;
    error.hidden = false;
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

async function logout() {
  try { await json("/api/logout", { method: "POST" }); } catch { /* logged out anyway */ }
  location.reload();
}

// ---- chat ------------------------------------------------------------------------------------
function timeText(date) {
  return date.toLocaleString(undefined, { weekday: "short", hour: "numeric", minute: "2-digit" });
}

function bubble(role, text, { emoji, at, id } = {}) {
  const when = at ? new Date(at) : new Date();
  const li = document.createElement("li");
  li.className = `msg ${role}`;
  // consecutive messages of one side, close in time, are one group (no repeated tails)
  if (state.lastRole === role && when - state.lastTime < 5 * 60 * 1000) {
    li.classList.add("follows");
    const previous = $("messages").lastElementChild;
    if (previous && previous.classList.contains("msg")) previous.classList.add("followed");
  }
  state.lastRole = role;
  state.lastTime = when.getTime();
  if (id) li.dataset.id = id;
  const body = document.createElement("p");
  body.className = "body";
  body.tabIndex = 0;
  body.textContent = text;
  const stamp = document.createElement("time");
  stamp.dateTime = when.toISOString();
  stamp.textContent = `${role === "user" ? "You" : state.friend}, ${timeText(when)}`;
  stamp.className = "stamp";
  const toggle = () => li.classList.toggle("show-time");
  body.addEventListener("click", toggle);
  body.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
  li.append(body, stamp);
  if (emoji) react(li, emoji);
  $("messages").append(li);
  scrollDown();
  return li;
}

function scrollDown() {
  const list = $("messages");
  list.scrollTop = list.scrollHeight;
  window.scrollTo(0, document.body.scrollHeight);
}

function react(li, emoji) {
  let badge = li.querySelector(".reaction");
  if (!badge) {
    badge = document.createElement("span");
    badge.className = "reaction";
    li.append(badge);
    li.classList.add("has-reaction");
  }
  badge.textContent = emoji;
  badge.setAttribute("role", "img");
  badge.setAttribute("aria-label", `${state.friend} reacted ${emoji}`);
}

function typingDots() {
  const li = document.createElement("li");
  li.className = "msg assistant typing-dots";
  li.id = "typing";
  li.setAttribute("aria-label", `${state.friend} is typing`);
  for (let i = 0; i < 3; i += 1) li.append(document.createElement("span"));
  $("messages").append(li);
  scrollDown();
  return li;
}

async function loadHistory(greeting) {
  $("messages").textContent = "";
  state.lastRole = null;
  try {
    const history = await json("/api/messages?limit=100");
    if (!history.messages.length && greeting) bubble("assistant", greeting);
    for (const m of history.messages) {
      bubble(m.role, m.content, { emoji: m.emoji, at: m.created_at, id: m.id });
    }
    const last = history.messages[history.messages.length - 1];
    if (last && last.role === "user") unanswered(last.id);
    if (last && last.role === "assistant") await welcomeBack();
  } catch (exc) {
    showAlert(`Couldn't load your conversation: ${exc.message}`);
  }
}

// Back after a while: the companion may open with a follow-up ("how did the test go?!").
async function welcomeBack() {
  try {
    const opening = await json("/api/opening", { method: "POST" });
    const m = opening.message;
    if (m) bubble(m.role, m.content, { at: m.created_at, id: m.id });
  } catch { /* an opening is a nicety: the conversation works without it */ }
}

function setBusy(busy) {
  state.busy = busy;
  $("send").disabled = busy;
  $("messages").setAttribute("aria-busy", String(busy));
  presence(busy ? "typing…" : (navigator.onLine ? "online" : "offline"));
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

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function send(event) {
  event.preventDefault();
  const box = $("composer-text");
  const text = box.value.trim();
  if (!text || state.busy) return;
  clearAlert();
  document.querySelectorAll(".retry").forEach((n) => n.remove());
  // the same text sent again after a failure keeps its key: the server stores it once
  if (!state.pending || state.pending.text !== text) state.pending = { text, key: newKey() };
  const mine = bubble("user", text);
  mine.classList.add("sending");
  box.value = "";
  autosize();
  await converse(mine, { text, stream: true }, { "Idempotency-Key": state.pending.key }, text);
}

async function retry(messageId, notice) {
  if (state.busy) return;
  clearAlert();
  notice.remove();
  const mine = document.querySelector(`.msg.user[data-id="${messageId}"]`);
  await converse(mine, { reply_to: messageId, stream: true }, {}, null);
}

// One exchange: post, then show the stream. `text` is the draft to give back on failure.
async function converse(mine, body, headers, text) {
  setBusy(true);
  const dots = typingDots();
  let reply = null;
  let replyText = "";
  let savedId = body.reply_to || null;
  try {
    const response = await api("/api/chat", { method: "POST", body, headers });
    if (!response.ok) throw await failure(response);
    let finished = false;
    await readEvents(response, (name, data) => {
      if (name === "saved") {
        savedId = data.message_id;
        if (mine) { mine.dataset.id = savedId; mine.classList.remove("sending"); }
        if (text !== null) { state.pending = null; store(DRAFT, ""); }
      } else if (name === "token" || name === "reset") {
        replyText = name === "token" ? replyText + data.text : "";
        if (!reply && replyText) { dots.remove(); reply = bubble("assistant", ""); }
        if (reply) reply.querySelector(".body").textContent = replyText;
      } else if (name === "reply") {
        finished = true;
        dots.remove();
        if (!reply) reply = bubble("assistant", "");
        reply.querySelector(".body").textContent = data.text;
        if (data.reply_message_id) reply.dataset.id = data.reply_message_id;
        if (data.emoji && mine) react(mine, data.emoji);
        if (data.mode === "under_13") closed();
      } else if (name === "error") {
        throw new ApiError(data.error.message, data.error.status, data.error.code);
      }
      scrollDown();
    });
    if (!finished) throw new ApiError("The reply was cut off.", 0, "cut");
    refreshMemories();
  } catch (exc) {
    if (exc.status === 401) { location.reload(); return; }
    dots.remove();
    if (reply) reply.remove();
    if (savedId) {
      unanswered(savedId);
    } else {
      // never stored: the text goes back in the box, to send again (same key)
      if (mine) mine.remove();
      if (text !== null) { $("composer-text").value = text; store(DRAFT, text); autosize(); }
      showAlert(exc.code === "offline" ? "Can't reach the server: your message wasn't sent. " +
        "It's back in the box; send it again when you're online." : exc.message);
    }
  } finally {
    dots.remove();
    setBusy(false);
    $("composer-text").focus();
  }
}

// A stored message without a reply: say so, with a button that asks for the reply.
function unanswered(messageId) {
  document.querySelectorAll(".retry").forEach((n) => n.remove());
  const li = document.createElement("li");
  li.className = "retry";
  const text = document.createElement("span");
  text.textContent = `${state.friend} didn't answer.`;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary small-button";
  button.id = "retry";
  button.textContent = "Try again";
  button.addEventListener("click", () => retry(messageId, li));
  li.append(text, button);
  $("messages").append(li);
  scrollDown();
}

// Under 13: the safety policy has deleted the account; say so and stop the chat here.
function closed() {
  $("composer").hidden = true;
  $("settings-open").hidden = true;
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

// ---- settings: name, memories, keys ------------------------------------------------------------
function openSettings() {
  $("key-new").hidden = true;  // a new key is shown once
  $("key-value").value = "";
  $("name-status").textContent = "";
  $("settings").showModal();
  refreshMemories();
  refreshKeys();
}

async function saveName(event) {
  event.preventDefault();
  const status = $("name-status");
  try {
    const me = await json("/api/me", { method: "PATCH", body: { display_name: $("name-input").value } });
    setName(me.display_name);
    status.textContent = `Saved. ${state.friend} will call you ${me.display_name}.`;
  } catch (exc) {
    status.textContent = exc.message;
  }
}

function describeSource(m) {
  const when = new Date(m.created_at).toLocaleDateString(undefined,
    { weekday: "short", day: "numeric", month: "short" });
  if (!m.source_message_id) return m.source_span ? `${m.source_span} (${when})` : `Added ${when}`;
  const quote = m.source_text || m.source_span;
  return `From your message on ${when}: “${quote}”`;
}

async function refreshMemories() {
  const status = $("memory-status");
  const list = $("memory-list");
  if (!state.memory) { status.textContent = "Memory is switched off on this server."; return; }
  if (!$("settings").open) return;
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

function linkButton(text, label, onClick) {
  const b = document.createElement("button");
  b.type = "button"; b.className = "link"; b.textContent = text;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

function memoryItem(m) {
  const li = document.createElement("li");
  li.dataset.id = m.id;
  const fact = document.createElement("p");
  fact.className = "fact";
  fact.textContent = m.said || m.text;
  const source = document.createElement("p");
  source.className = "source";
  source.textContent = describeSource(m);
  const actions = document.createElement("div");
  actions.className = "row-actions";
  const said = m.said || m.text;
  const forget = linkButton("Forget", `Forget: ${said}`, () => forgetFact(m, forget));
  actions.append(linkButton("Correct", `Correct: ${said}`, () => correctForm(li, m, actions)), forget);
  li.append(fact, source, actions);
  return li;
}

function correctForm(li, m, actions) {
  const form = document.createElement("form");
  form.className = "inline";
  const id = `fix-${m.id}`;
  const label = document.createElement("label");
  label.htmlFor = id; label.className = "visually-hidden"; label.textContent = "The right value";
  const input = document.createElement("input");
  input.id = id; input.value = m.object; input.required = true; input.maxLength = 500;
  const save = document.createElement("button");
  save.type = "submit"; save.className = "secondary"; save.textContent = "Save";
  const cancel = document.createElement("button");
  cancel.type = "button"; cancel.className = "link"; cancel.textContent = "Cancel";
  cancel.addEventListener("click", () => { form.remove(); actions.hidden = false; });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    save.disabled = true; save.textContent = "Saving…";
    try {
      await json(`/api/memories/${m.id}`, { method: "PATCH", body: { value: input.value } });
      await refreshMemories();
      $("memory-status").textContent = "Corrected.";
    } catch (exc) {
      $("memory-status").textContent = exc.message;
      save.disabled = false; save.textContent = "Save";
    }
  });
  form.append(label, input, save, cancel);
  actions.hidden = true;
  li.append(form);
  input.focus();
}

async function forgetFact(m, button) {
  if (!confirm(`Forget “${m.said || m.text}”? It will be erased, with its words in your messages.`)) return;
  button.disabled = true; button.textContent = "Forgetting…";
  try {
    await json(`/api/memories/${m.id}`, { method: "DELETE" });
    await refreshMemories();
    $("memory-status").textContent = "Forgotten.";
    await loadHistory();
  } catch (exc) {
    $("memory-status").textContent = exc.message;
    button.disabled = false; button.textContent = "Forget";
  }
}

async function refreshKeys() {
  const list = $("key-list");
  try {
    const keys = await json("/api/keys");
    list.textContent = "";
    if (!keys.length) {
      const li = document.createElement("li");
      li.className = "muted small";
      li.textContent = "No keys yet.";
      list.append(li);
    }
    for (const k of keys) {
      const li = document.createElement("li");
      li.dataset.id = k.id;
      const name = document.createElement("p");
      name.className = "fact";
      name.textContent = k.name;
      const info = document.createElement("p");
      info.className = "source";
      info.textContent = `${k.prefix}… · created ${new Date(k.created_at).toLocaleDateString()}`;
      const actions = document.createElement("div");
      actions.className = "row-actions";
      actions.append(linkButton("Revoke", `Revoke the key ${k.name}`, () => revokeKey(k)));
      li.append(name, info, actions);
      list.append(li);
    }
  } catch (exc) {
    list.textContent = exc.message;
  }
}

async function createKey(event) {
  event.preventDefault();
  try {
    const created = await json("/api/keys", { method: "POST", body: { name: $("key-name").value.trim() || "my program" } });
    $("key-value").value = created.key;
    $("key-status").textContent = "";
    $("key-new").hidden = false;
    $("key-value").select();
    await refreshKeys();
  } catch (exc) {
    $("key-status").textContent = exc.message;
  }
}

async function copyKey() {
  const value = $("key-value").value;
  try {
    await navigator.clipboard.writeText(value);
    $("key-status").textContent = "Copied.";
  } catch {
    $("key-value").select();
    $("key-status").textContent = "Select the key and copy it (Ctrl+C or long-press).";
  }
}

async function revokeKey(k) {
  if (!confirm(`Revoke “${k.name}”? Programs using it will stop working.`)) return;
  try {
    await json(`/api/keys/${k.id}`, { method: "DELETE" });
    $("key-new").hidden = true;
    await refreshKeys();
  } catch (exc) {
    showAlert(exc.message);
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
    store(KNOWN, ""); store(DRAFT, "");
    $("delete-dialog").close();
    $("settings").close();
    state.username = null;
    $("messages").textContent = "";
    show("goodbye");
    setOnline();
    $("goodbye-title").focus();
  } catch (exc) {
    error.textContent = exc.message;
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
}

// ---- start -------------------------------------------------------------------------------------
function wire() {
  $("auth-form").addEventListener("submit", onAuth);
  $("mode-signup").addEventListener("click", () => setMode("signup"));
  $("mode-login").addEventListener("click", () => setMode("login"));
  $("composer").addEventListener("submit", send);
  const box = $("composer-text");
  box.addEventListener("keydown", onKey);
  box.addEventListener("input", () => { autosize(); store(DRAFT, box.value); });
  $("alert-close").addEventListener("click", clearAlert);
  $("settings-open").addEventListener("click", openSettings);
  $("settings-close").addEventListener("click", () => $("settings").close());
  $("name-form").addEventListener("submit", saveName);
  $("key-form").addEventListener("submit", createKey);
  $("key-copy").addEventListener("click", copyKey);
  $("logout").addEventListener("click", logout);
  $("delete-open").addEventListener("click", () => { $("delete-error").hidden = true; $("delete-dialog").showModal(); });
  $("delete-cancel").addEventListener("click", () => $("delete-dialog").close());
  $("delete-form").addEventListener("submit", deleteAccount);
  $("goodbye-again").addEventListener("click", () => { show("auth"); setMode("signup"); $("username").focus(); });
  window.addEventListener("online", setOnline);
  window.addEventListener("offline", setOnline);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(() => { /* the page works without it */ });
  }
}

async function boot() {
  wire();
  setMode(stored(KNOWN) ? "login" : "signup");
  setOnline();
  try {
    const response = await api("/api/me");
    if (response.status === 401) { show("auth"); $("username").focus(); return; }
    if (!response.ok) throw await failure(response);
    const me = await response.json();
    await enter(me.csrf_token, me);
  } catch (exc) {
    show("auth");
    showAlert(exc.code === "offline" ? "You're offline: connect to chat with Sunny." : exc.message);
  }
}

boot();
