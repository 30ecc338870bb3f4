// Agents, tickets and messages in bulk, in SQL (INSERT ... SELECT generate_series).
//
// Texts come from vocabulary.js. Each row's search_text must be what the plugin would have stored
// (domain/search-tokens.ts: a message its body's tokens, a ticket its subject's and its messages'),
// so each template's tokens, and each fill's (product, order number, first name), are computed
// here with the plugin's own tokenizer and unioned in SQL; verifySearchText() re-tokenizes a
// sample of seeded tickets and messages from their stored texts and compares. Seeded threads stay
// far below a ticket's token budget, so no message is marked search_overflow.
"use strict"

const path = require("path")
const { ROOT } = require("../lib/database")
const V = require("./vocabulary")

const AGENTS = 20

function searchTokens() {
  require(require.resolve("ts-node", { paths: [ROOT] })).register({
    swc: true,
    transpileOnly: true,
    compilerOptions: { module: "commonjs" },
  })
  return require(path.join(ROOT, "src/modules/helpdesk/domain/search-tokens.ts"))
}

const PLACEHOLDER = /\{(product|order|name)\}/g

async function loadVocabulary(db, tokens) {
  const templates = []
  const add = (lang, topic, kind, texts) =>
    texts.forEach((text, variant) =>
      templates.push({
        lang,
        topic,
        kind,
        variant,
        nvar: texts.length,
        text,
        tokens: tokens.indexTokens(text.replace(PLACEHOLDER, " ")),
        has_product: text.includes("{product}"),
        has_order: text.includes("{order}"),
        has_name: text.includes("{name}"),
      })
    )
  for (const [lang, topics] of Object.entries(V.TOPICS)) {
    for (const t of topics) {
      add(lang, t.key, "subject", t.subjects)
      add(lang, t.key, "opening", t.opening)
      add(lang, t.key, "answer", t.answer)
    }
    add(lang, "*", "fu_customer", V.FOLLOW_UPS[lang].customer)
    add(lang, "*", "fu_agent", V.FOLLOW_UPS[lang].agent)
    add(lang, "*", "internal", V.FOLLOW_UPS[lang].internal)
  }
  await db.query(`create unlogged table bench.tpl (
    id serial primary key, lang text, topic text, kind text, variant int, nvar int, text text, tokens text[],
    has_product bool, has_order bool, has_name bool)`)
  await db.query(
    `insert into bench.tpl (lang, topic, kind, variant, nvar, text, tokens, has_product, has_order, has_name)
     select * from json_to_recordset($1::json) as x(lang text, topic text, kind text, variant int, nvar int, text text,
       tokens text[], has_product bool, has_order bool, has_name bool)`,
    [JSON.stringify(templates)]
  )

  // Cumulative shares: languages, and topics within a language.
  let lo = 0
  const langs = V.LANGUAGES.map((l) => ({ code: l.code, lo, hi: (lo += l.share) }))
  langs[langs.length - 1].hi = 1.0000001
  const topics = []
  for (const [lang, list] of Object.entries(V.TOPICS)) {
    const total = list.reduce((s, t) => s + t.weight, 0)
    let acc = 0
    for (const t of list) topics.push({ lang, key: t.key, tags: t.tags, lo: acc / total, hi: (acc += t.weight) / total })
    topics[topics.length - 1].hi = 1.0000001
  }
  await db.query(
    `create unlogged table bench.lang as select * from json_to_recordset($1::json) as x(code text, lo float8, hi float8)`,
    [JSON.stringify(langs)]
  )
  await db.query(
    `create unlogged table bench.topic as select * from json_to_recordset($1::json) as x(lang text, key text, tags text[], lo float8, hi float8)`,
    [JSON.stringify(topics)]
  )
  await db.query(
    `create unlogged table bench.product as select * from json_to_recordset($1::json) as x(id int, name text, tokens text[])`,
    [JSON.stringify(V.PRODUCTS.map((name, id) => ({ id, name, tokens: tokens.indexTokens(name) })))]
  )
  const names = [...new Set(Object.values(V.FIRST_NAMES).flat())]
  await db.query(
    `create unlogged table bench.name_tokens as select * from json_to_recordset($1::json) as x(name text, tokens text[])`,
    [JSON.stringify(names.map((name) => ({ name, tokens: tokens.indexTokens(name) })))]
  )
  await db.query(
    `create unlogged table bench.guest_name as select * from json_to_recordset($1::json) as x(lang text, k int, n int, name text)`,
    [JSON.stringify(Object.entries(V.FIRST_NAMES).flatMap(([lang, names]) => names.map((name, k) => ({ lang, k, n: names.length, name }))))]
  )
}

async function seedAgents(db, adminUserId) {
  await db.query(
    `insert into "user" (id, email, first_name, last_name, created_at, updated_at)
     select 'user_bench' || lpad(k::text, 22, '0'), 'agent' || k || '@bench.example', 'Agent', 'No. ' || k, now(), now()
     from generate_series(1, $1::int) k
     on conflict do nothing`,
    [AGENTS - 1]
  )
  await db.query(
    `create unlogged table bench.agent as
     select 0 as k, $1::text as id, 'Bench Admin' as name
     union all select k, 'user_bench' || lpad(k::text, 22, '0'), 'Agent No. ' || k from generate_series(1, $2::int) k`,
    [adminUserId, AGENTS - 1]
  )
}

/**
 * Tickets: 75% from signed-in customers, 25% from guests; the newest 5% mostly open or pending,
 * older ones solved or closed; 1% have a 20-message thread, the others 1-9 messages (about 5.15
 * messages per ticket).
 */
async function seedTickets(db, { tickets, customers }) {
  await db.query(`
    create unlogged table bench.ticket0 as
    select g, g::float8 / $1 as age,
           case when random() < 0.75 then 1 + floor(random() * $2)::int end as ci,
           random() as r_lang, random() as r_topic, random() as r_status, random() as r_prio, random() as r_chan,
           random() as r_tag, random() as r_extra, random() as r_unassigned, floor(random() * ${AGENTS})::int as agent_k,
           random() as r_order, random() as r_len, random() as r_subj, floor(random() * ${V.PRODUCTS.length})::int as product,
           random() as r_rating, random() as r_name
    from generate_series(1, $1::int) g`, [tickets, customers])

  const extraTags = `array[${V.EXTRA_TAGS.map((t) => `'${t}'`).join(",")}]`
  await db.query(`
    create unlogged table bench.ticket as
    with who as (
      select t0.*, c.id as customer_id, c.email as customer_email, c.first_name as customer_first, c.last_name as customer_last,
             coalesce(c.lang, l.code) as lang
      from bench.ticket0 t0
      left join bench.customer c on c.i = t0.ci
      join bench.lang l on t0.r_lang >= l.lo and t0.r_lang < l.hi
    ), shaped as (
      select w.*, tp.key as topic, tp.tags as topic_tags,
             case when w.r_len < 0.01 then 20 else 1 + floor((w.r_len - 0.01) / 0.99 * 9)::int end as nmsg,
             case
               when w.age > 0.95 then case when w.r_status < 0.5 then 'open' when w.r_status < 0.75 then 'pending' else 'solved' end
               when w.age > 0.85 then case when w.r_status < 0.1 then 'open' when w.r_status < 0.2 then 'pending' when w.r_status < 0.6 then 'solved' else 'closed' end
               else case when w.r_status < 0.15 then 'solved' else 'closed' end
             end as status,
             co.ids as order_ids, co.display_ids as order_display_ids
      from who w
      join bench.topic tp on tp.lang = w.lang and w.r_topic >= tp.lo and w.r_topic < tp.hi
      left join bench.customer_orders co on co.customer_id = w.customer_id
    )
    select s.g,
           'supt_bench' || lpad(s.g::text, 21, '0') as id,
           s.lang, s.topic, s.nmsg, s.status, s.product, s.r_subj, s.agent_k,
           s.customer_id,
           coalesce(s.customer_email, 'guest' || s.g || '@bench.example') as email,
           coalesce(s.customer_first, gn.name) as first_name,
           coalesce(s.customer_first || ' ' || s.customer_last, gn.name) as name,
           case when s.customer_id is null then 'unverified' else 'customer' end as identity,
           case when s.r_prio < 0.15 then 'low' when s.r_prio < 0.75 then 'normal' when s.r_prio < 0.95 then 'high' else 'urgent' end as priority,
           case when s.r_chan < 0.6 then 'web' when s.r_chan < 0.85 then 'email' when s.r_chan < 0.93 then 'chat' when s.r_chan < 0.98 then 'phone' else 'social' end as channel,
           (case when s.r_tag < 0.5 then s.topic_tags when s.r_tag < 0.8 then s.topic_tags[1:1] else '{}'::text[] end)
             || (case when s.r_extra < 0.15 then array[(${extraTags})[1 + floor(s.r_extra / 0.15 * ${V.EXTRA_TAGS.length})::int]] else '{}'::text[] end) as tags,
           case when s.status = 'open' and s.r_unassigned < 0.35 then null else a.id end as assignee_id,
           case when s.r_order < 0.4 and s.order_ids is not null then s.order_ids[1 + floor(s.r_order / 0.4 * cardinality(s.order_ids))::int] end as order_id,
           coalesce(case when s.r_order < 0.4 and s.order_ids is not null then s.order_display_ids[1 + floor(s.r_order / 0.4 * cardinality(s.order_ids))::int] end,
                    10000 + (s.g::bigint * 7919) % 90000) as order_no,
           now() - (1 - s.age) * interval '3 years' - s.nmsg * interval '3 hours' - interval '1 hour' as created_at,
           s.r_rating
    from shaped s
    join bench.agent a on a.k = s.agent_k
    join bench.guest_name gn on gn.lang = s.lang and gn.k = floor(s.r_name * gn.n)::int`)
  await db.query(`alter table bench.ticket add primary key (g)`)

  // Message plan: opening, the agent's answer, then alternating follow-ups (10% internal notes).
  await db.query(`
    create unlogged table bench.message as
    with planned as (
      select t.g, t.lang, m,
             case when m = 1 then 'opening' when m = 2 then 'answer' when m % 2 = 1 then 'fu_customer'
                  when random() < 0.1 then 'internal' else 'fu_agent' end as kind,
             case when m <= 2 then t.topic else '*' end as topic,
             random() as r
      from bench.ticket t, generate_series(1, t.nmsg) m
    )
    select p.g, p.m, tp.id as tpl_id, tp.kind
    from planned p
    join bench.tpl tp on tp.lang = p.lang and tp.topic = p.topic and tp.kind = p.kind and tp.variant = floor(p.r * tp.nvar)::int`)
  await db.query(`create index on bench.message (g)`)
  await db.query(`
    create unlogged table bench.subject as
    select t.g, tp.id as tpl_id from bench.ticket t
    join bench.tpl tp on tp.lang = t.lang and tp.topic = t.topic and tp.kind = 'subject' and tp.variant = floor(t.r_subj * tp.nvar)::int`)
  await db.query(`alter table bench.subject add primary key (g)`)
}

const fill = (text, t, p) => `replace(replace(replace(${text}, '{product}', ${p}.name), '{order}', '#' || ${t}.order_no), '{name}', ${t}.first_name)`

async function insertTickets(db) {
  // Times: message m at created_at + (m - 1) * 3 h; odd messages are the shopper's.
  await db.query(`
    insert into support_ticket (
      id, subject, status, priority, channel, category, tags, customer_id, order_id, email, name, identity,
      assignee_id, first_response_at, solved_at, closed_at, last_message_at, last_customer_message_at,
      rating_score, rated_at, access_token_hash, access_token_nonce, access_token_expires_at,
      search_text, created_at, updated_at)
    select t.id, ${fill("st.text", "t", "p")}, t.status, t.priority, t.channel, t.topic, t.tags, t.customer_id, t.order_id,
           t.email, t.name, t.identity, t.assignee_id,
           case when t.nmsg >= 2 then t.created_at + interval '3 hours' end,
           case when t.status in ('solved', 'closed') then t.created_at + t.nmsg * interval '3 hours' + interval '1 day' end,
           case when t.status = 'closed' then t.created_at + t.nmsg * interval '3 hours' + interval '4 days' end,
           t.created_at + (t.nmsg - 1) * interval '3 hours',
           t.created_at + (t.nmsg - 1 - (t.nmsg + 1) % 2) * interval '3 hours',
           case when t.status = 'closed' and t.r_rating < 0.3 then 1 + floor(t.r_rating / 0.3 * 5)::int end,
           case when t.status = 'closed' and t.r_rating < 0.3 then t.created_at + t.nmsg * interval '3 hours' + interval '2 days' end,
           case when t.customer_id is null then encode(sha256(t.id::bytea), 'hex') end,
           case when t.customer_id is null then md5(t.id) end,
           case when t.customer_id is null then t.created_at + interval '90 days' end,
           coalesce((select string_agg(distinct tok, ' ') from (
              select unnest(st.tokens) as tok
              union all select unnest(p.tokens) where st.has_product
              union all select t.order_no::text where st.has_order
              union all select unnest(nt.tokens) where st.has_name
           ) toks), ''),
           t.created_at,
           greatest(t.created_at + (t.nmsg - 1) * interval '3 hours', t.created_at + t.nmsg * interval '3 hours' + interval '4 days' * (t.status = 'closed')::int)
    from bench.ticket t
    join bench.subject s on s.g = t.g
    join bench.tpl st on st.id = s.tpl_id
    join bench.product p on p.id = t.product
    left join bench.name_tokens nt on nt.name = t.first_name
    order by t.g`)
}

async function insertMessages(db) {
  await db.query(`
    insert into support_message (id, ticket_id, author_type, author_id, author_name, body, search_text, search_overflow, internal, channel, created_at, updated_at)
    select 'supmsg_bench' || lpad((bm.g::bigint * 100 + bm.m)::text, 20, '0'),
           t.id,
           case when bm.kind in ('opening', 'fu_customer') then 'customer' else 'agent' end,
           case when bm.kind in ('opening', 'fu_customer') then t.customer_id else a.id end,
           case when bm.kind in ('opening', 'fu_customer') then t.name else a.name end,
           ${fill("tp.text", "t", "p")},
           coalesce((select string_agg(distinct tok, ' ') from (
              select unnest(tp.tokens) as tok
              union all select unnest(p.tokens) where tp.has_product
              union all select t.order_no::text where tp.has_order
              union all select unnest(nt.tokens) where tp.has_name
           ) toks), ''),
           false,
           bm.kind = 'internal',
           t.channel,
           t.created_at + (bm.m - 1) * interval '3 hours',
           t.created_at + (bm.m - 1) * interval '3 hours'
    from bench.message bm
    join bench.ticket t on t.g = bm.g
    join bench.tpl tp on tp.id = bm.tpl_id
    join bench.product p on p.id = t.product
    join bench.agent a on a.k = t.agent_k
    left join bench.name_tokens nt on nt.name = t.first_name
    -- Messages arrive interleaved across tickets, as in a live store.
    order by t.created_at + (bm.m - 1) * interval '3 hours'`)
}

/** Adds each ticket's messages' tokens to its own, as the plugin's writers do. */
async function foldThreadTokens(db) {
  await db.query(`
    update support_ticket t set search_text = x.search_text
    from (
      select ticket_id, string_agg(distinct tok, ' ') as search_text from (
        select id as ticket_id, unnest(string_to_array(search_text, ' ')) as tok from support_ticket where id like 'supt_bench%'
        union all
        select ticket_id, unnest(string_to_array(search_text, ' ')) from support_message where id like 'supmsg_bench%'
      ) u where tok <> '' group by ticket_id
    ) x
    where t.id = x.ticket_id`)
}

/** Re-tokenizes a sample of tickets (with their threads) and messages from their stored texts; returns mismatches. */
async function verifySearchText(db, tokens, sample = 300) {
  const { rows } = await db.query(
    `select t.id, t.subject as text, t.search_text,
            (select coalesce(json_agg(m.body order by m.created_at, m.id), '[]') from support_message m where m.ticket_id = t.id) as thread
     from (select * from support_ticket where id like 'supt_bench%' order by random() limit $1) t
     union all
     select m.id, m.body, m.search_text, null from (select * from support_message where id like 'supmsg_bench%' order by random() limit $1) m`,
    [sample]
  )
  const bad = []
  for (const r of rows) {
    const a = new Set(r.search_text.split(" ").filter(Boolean))
    let expected = tokens.searchTextOf(r.text)
    for (const body of r.thread ?? []) expected = tokens.mergeSearchText(expected, body)
    const e = new Set(expected.split(" ").filter(Boolean))
    const missing = [...e].filter((x) => !a.has(x))
    const extra = [...a].filter((x) => !e.has(x))
    if (missing.length || extra.length) bad.push({ id: r.id, missing, extra })
  }
  return { checked: rows.length, bad }
}

module.exports = { AGENTS, searchTokens, loadVocabulary, seedAgents, seedTickets, insertTickets, insertMessages, foldThreadTokens, verifySearchText }
