// The demo's storefront page, for `npm run demo`: a plain shop page on its own origin
// (http://localhost:8000/help by default, which Medusa's default STORE_CORS allows) that signs a
// shopper in through Medusa's store auth and hands the customer token to the help center, loaded
// by the plugin's one-tag embed (<script src="<backend>/helpdesk/embed.js">) from the backend, as
// any shop would. Nothing here talks to the database: the page is what a merchant would write.
"use strict"

const http = require("http")

const escapeHtml = (value) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

const STRINGS = {
  en: {
    tagline: "Organic hoodies, trail shoes and mugs, shipped from Dublin",
    nav: ["Shop", "Journal", "Help"],
    signIn: "Sign in",
    signOut: "Sign out",
    email: "Email",
    password: "Password",
    signedInAs: "Signed in as",
    guest: "Browsing as a guest",
    failed: "Sign-in failed: check the email and password.",
    language: "Language",
    heading: "Help center",
  },
  ko: {
    tagline: "더블린에서 보내는 유기농 후디, 트레일 러닝화, 머그컵",
    nav: ["쇼핑", "매거진", "고객센터"],
    signIn: "로그인",
    signOut: "로그아웃",
    email: "이메일",
    password: "비밀번호",
    signedInAs: "로그인 계정",
    guest: "비회원으로 둘러보는 중",
    failed: "로그인하지 못했습니다. 이메일과 비밀번호를 확인해 주세요.",
    language: "언어",
    heading: "고객센터",
  },
  el: {
    tagline: "Βιολογικά φούτερ, παπούτσια τρεξίματος και κούπες, από το Δουβλίνο",
    nav: ["Κατάστημα", "Ιστολόγιο", "Βοήθεια"],
    signIn: "Σύνδεση",
    signOut: "Αποσύνδεση",
    email: "Email",
    password: "Κωδικός",
    signedInAs: "Συνδεδεμένος ως",
    guest: "Περιήγηση ως επισκέπτης",
    failed: "Η σύνδεση απέτυχε: ελέγξτε το email και τον κωδικό.",
    language: "Γλώσσα",
    heading: "Κέντρο βοήθειας",
  },
}

function page({ backendUrl, publishableKey, lang }) {
  const s = STRINGS[lang] ?? STRINGS.en
  const config = JSON.stringify({ backendUrl, publishableKey, strings: STRINGS }).replace(/</g, "\\u003c")
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.heading)} · Northwind Outfitters</title>
<style>
  :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #e4e7eb; --brand: #0b6e4f; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans KR", sans-serif; color: var(--ink); background: #fafaf7; }
  header { background: #fff; border-bottom: 1px solid var(--line); }
  .bar { max-width: 1040px; margin: 0 auto; padding: 14px 20px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
  .logo { font-weight: 700; font-size: 20px; color: var(--brand); text-decoration: none; }
  nav a { color: var(--muted); text-decoration: none; margin-right: 16px; }
  nav a[aria-current="page"] { color: var(--ink); font-weight: 600; }
  .spacer { flex: 1; }
  .tagline { background: var(--brand); color: #fff; text-align: center; font-size: 14px; padding: 6px; }
  main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 80px; }
  .account { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; font-size: 14px; }
  .account input { padding: 6px 8px; border: 1px solid #cbd2d9; border-radius: 6px; font: inherit; width: 190px; }
  button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid var(--brand); background: var(--brand); color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: var(--brand); }
  select { font: inherit; padding: 5px 8px; border-radius: 6px; border: 1px solid #cbd2d9; }
  .error { color: #b42318; font-size: 14px; width: 100%; }
  h1 { font-size: 28px; margin: 8px 0 16px; }
  footer { color: var(--muted); font-size: 13px; text-align: center; padding: 24px; border-top: 1px solid var(--line); }
</style>
</head>
<body>
<div class="tagline" data-s="tagline">${escapeHtml(s.tagline)}</div>
<header>
  <div class="bar">
    <a class="logo" href="/help">Northwind Outfitters</a>
    <nav aria-label="Main">${s.nav.map((n, i) => `<a href="/help" ${i === 2 ? 'aria-current="page"' : ""} data-nav="${i}">${escapeHtml(n)}</a>`).join("")}</nav>
    <span class="spacer"></span>
    <label>
      <span data-s="language">${escapeHtml(s.language)}</span>
      <select id="language" data-testid="language">
        <option value="en"${lang === "en" ? " selected" : ""}>English</option>
        <option value="ko"${lang === "ko" ? " selected" : ""}>한국어</option>
        <option value="el"${lang === "el" ? " selected" : ""}>Ελληνικά</option>
      </select>
    </label>
  </div>
  <div class="bar">
    <form id="sign-in" class="account" data-testid="sign-in-form">
      <label><span class="sr" data-s="email">${escapeHtml(s.email)}</span> <input name="email" type="email" autocomplete="username" required></label>
      <label><span class="sr" data-s="password">${escapeHtml(s.password)}</span> <input name="password" type="password" autocomplete="current-password" required></label>
      <button type="submit" data-s="signIn">${escapeHtml(s.signIn)}</button>
      <span id="sign-in-error" class="error" role="alert" hidden data-s="failed">${escapeHtml(s.failed)}</span>
    </form>
    <div id="signed-in" class="account" hidden data-testid="signed-in">
      <span><span data-s="signedInAs">${escapeHtml(s.signedInAs)}</span> <strong id="customer-name"></strong></span>
      <button type="button" class="secondary" id="sign-out" data-s="signOut">${escapeHtml(s.signOut)}</button>
    </div>
  </div>
</header>
<main>
  <h1 data-s="heading">${escapeHtml(s.heading)}</h1>
  <medusa-help-center id="help" locale="${escapeHtml(lang)}"></medusa-help-center>
</main>
<footer>Northwind Outfitters · a demo shop for medusa-plugin-helpdesk</footer>
<script>window.DEMO_STOREFRONT = ${config};</script>
<script src="/demo-storefront.js"></script>
<script src="${escapeHtml(backendUrl)}/helpdesk/embed.js" data-publishable-key="${escapeHtml(publishableKey)}" data-button async></script>
</body>
</html>`
}

// The page's own script: sign-in through Medusa's store auth, the language switch, and handing
// the customer token to the help center.
const CLIENT = `"use strict";
(function () {
  var cfg = window.DEMO_STOREFRONT;
  var TOKEN_KEY = "demo_storefront_token";
  var help = document.getElementById("help");
  var form = document.getElementById("sign-in");
  var signedIn = document.getElementById("signed-in");
  var error = document.getElementById("sign-in-error");

  function storeHeaders(token) {
    var h = { "content-type": "application/json", "x-publishable-api-key": cfg.publishableKey };
    if (token) h.authorization = "Bearer " + token;
    return h;
  }
  // The documented way (docs/storefront.md): window.MedusaHelpdesk.setCustomerToken once the
  // embed has loaded, or window.MedusaHelpdesk.customerToken for it to read when it starts.
  function handTokenToHelpCenter(token) {
    var api = window.MedusaHelpdesk;
    if (api && typeof api.setCustomerToken === "function") api.setCustomerToken(token || null);
    else window.MedusaHelpdesk = Object.assign(api || {}, { customerToken: token || null });
  }
  function show(customer) {
    form.hidden = !!customer;
    signedIn.hidden = !customer;
    document.getElementById("customer-name").textContent = customer
      ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
      : "";
  }
  function restore() {
    var token = localStorage.getItem(TOKEN_KEY);
    if (!token) return show(null);
    fetch(cfg.backendUrl + "/store/customers/me", { headers: storeHeaders(token) })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) { handTokenToHelpCenter(token); show(data.customer); })
      .catch(function () { localStorage.removeItem(TOKEN_KEY); handTokenToHelpCenter(null); show(null); });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    error.hidden = true;
    var body = JSON.stringify({ email: form.email.value, password: form.password.value });
    fetch(cfg.backendUrl + "/auth/customer/emailpass", { method: "POST", headers: { "content-type": "application/json" }, body: body })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) { localStorage.setItem(TOKEN_KEY, data.token); form.reset(); restore(); })
      .catch(function () { error.hidden = false; });
  });
  document.getElementById("sign-out").addEventListener("click", function () {
    localStorage.removeItem(TOKEN_KEY);
    handTokenToHelpCenter(null);
    show(null);
  });
  document.getElementById("language").addEventListener("change", function (e) {
    var lang = e.target.value;
    var s = cfg.strings[lang];
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-s]").forEach(function (el) { el.textContent = s[el.getAttribute("data-s")]; });
    document.querySelectorAll("[data-nav]").forEach(function (el) { el.textContent = s.nav[Number(el.getAttribute("data-nav"))]; });
    help.setAttribute("locale", lang);
    var url = new URL(location.href);
    url.searchParams.set("lang", lang);
    history.replaceState(null, "", url);
  });
  restore();
})();
`

/**
 * Serves the page on `port` (0: any free one). `backendUrl` is the Medusa server the embed and the
 * sign-in talk to; `publishableKey` the demo sales channel's key. Resolves to { url, close }.
 */
async function startDemoStorefront({ backendUrl, publishableKey, port = 8000, host = "127.0.0.1" }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost")
    const send = (status, type, body) => {
      res.writeHead(status, {
        "content-type": `${type}; charset=utf-8`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      })
      res.end(body)
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "text/plain", "Method not allowed")
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/help" })
      return res.end()
    }
    if (url.pathname === "/help" || url.pathname.startsWith("/help/")) {
      const lang = ["en", "ko", "el"].includes(url.searchParams.get("lang")) ? url.searchParams.get("lang") : "en"
      return send(200, "text/html", page({ backendUrl, publishableKey, lang }))
    }
    if (url.pathname === "/demo-storefront.js") return send(200, "text/javascript", CLIENT)
    send(404, "text/plain", "Not found")
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  const { port: actual } = server.address()
  return { url: `http://localhost:${actual}/help`, port: actual, close: () => new Promise((r) => server.close(r)) }
}

module.exports = { startDemoStorefront }
