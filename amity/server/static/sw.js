// amity service worker: keeps the app shell (page, script, styles, icons) so the app opens
// without a connection and says it is offline. API calls always go to the network: nothing
// of a conversation is cached here.
"use strict";

const SHELL = "amity-shell-v1";
const FILES = ["/", "/static/app.js", "/static/style.css", "/manifest.json",
  "/static/icons/sunny.svg", "/static/icons/icon-192.png", "/static/icons/icon-512.png"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== SHELL).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/v1/")) return;
  const key = event.request.mode === "navigate" ? "/" : url.pathname;
  if (!FILES.includes(key)) return;
  // network first (a fresh page after an update), the cached shell when offline
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(SHELL).then((cache) => cache.put(key, copy));
    }
    return response;
  }).catch(() => caches.match(key)));
});
