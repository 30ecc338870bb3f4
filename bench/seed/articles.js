// 10,000 knowledge-base articles (en 70%, ko 15%, el 15%, 90% published) for the kb_search
// scenario, written from the ticket vocabulary (vocabulary.js): a title from a topic's subjects,
// a body from its openings and answers, with products, order numbers and names filled in. Their
// body_html and search columns come from the plugin's own code (workflows/articles/article-columns.ts),
// as createArticlesWorkflow writes them. Added to a seeded database when missing, so a database
// seeded before the knowledge base existed is topped up rather than seeded again.
"use strict"

const path = require("path")
const crypto = require("crypto")
const { ROOT } = require("../lib/database")
const V = require("./vocabulary")

const ARTICLES = 10_000
const BATCH = 1000

function pluginCode() {
  require(require.resolve("ts-node", { paths: [ROOT] })).register({ swc: true, transpileOnly: true, compilerOptions: { module: "commonjs" } })
  return {
    columns: require(path.join(ROOT, "src/workflows/articles/article-columns.ts")),
    handle: require(path.join(ROOT, "src/modules/helpdesk/domain/articles/handle.ts")),
  }
}

// A deterministic generator, so two seeds of the same database hold the same articles.
function random(seed) {
  let x = seed >>> 0 || 1
  return () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

function fill(text, rnd, lang) {
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  return text
    .replace(/\{product\}/g, () => pick(V.PRODUCTS))
    .replace(/\{order\}/g, () => `#${1000 + Math.floor(rnd() * 9000)}`)
    .replace(/\{name\}/g, () => pick(V.FIRST_NAMES[lang]))
}

function article(i, rnd, code) {
  const lang = rnd() < 0.7 ? "en" : rnd() < 0.5 ? "ko" : "el"
  const topic = V.TOPICS[lang][Math.floor(rnd() * V.TOPICS[lang].length)]
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const title = `${fill(pick(topic.subjects), rnd, lang)} (${i})`
  const paragraphs = [pick(topic.opening), pick(topic.answer), pick(topic.answer), pick(V.FOLLOW_UPS[lang].agent)]
  const body = `## ${fill(pick(topic.subjects), rnd, lang)}\n\n${paragraphs.map((p) => fill(p, rnd, lang)).join("\n\n")}\n\n- **${pick(V.PRODUCTS)}**\n- [help](https://shop.example/help)`
  return {
    id: `supart_bench${String(i).padStart(20, "0")}`,
    title,
    handle: `${code.handle.handleFromTitle(title).slice(0, 80)}-${i}`,
    body,
    locale: lang,
    translation_group_id: crypto.randomUUID(),
    published: rnd() < 0.9,
    position: i % 100,
    ...code.columns.derivedArticleColumns(title, body),
  }
}

/** Inserts the benchmark's articles that are missing; returns how many there are. */
async function ensureArticles(db, log) {
  const { rows } = await db.query(`select count(*)::int as n from support_article where id like 'supart_bench%'`)
  if (rows[0].n >= ARTICLES) return rows[0].n
  const t = Date.now()
  const code = pluginCode()
  await db.query(`delete from support_article where id like 'supart_bench%'`)
  const rnd = random(11)
  for (let start = 0; start < ARTICLES; start += BATCH) {
    const batch = []
    for (let i = start; i < Math.min(ARTICLES, start + BATCH); i++) batch.push(article(i, rnd, code))
    await db.query(
      `insert into support_article (id, title, handle, body, body_html, locale, translation_group_id, published, position,
         search_text, title_search_text, fuzzy_search_text, metadata)
       select id, title, handle, body, body_html, locale, translation_group_id, published, position,
              search_text, title_search_text, fuzzy_search_text, '{"bench": true}'::jsonb
       from json_to_recordset($1::json) as x(id text, title text, handle text, body text, body_html text, locale text,
         translation_group_id text, published boolean, position int, search_text text, title_search_text text, fuzzy_search_text text)`,
      [JSON.stringify(batch)]
    )
  }
  await db.query(`vacuum analyze support_article`)
  log(`  ${ARTICLES} knowledge-base articles (${((Date.now() - t) / 1000).toFixed(1)} s)`)
  return ARTICLES
}

module.exports = { ensureArticles, ARTICLES }
