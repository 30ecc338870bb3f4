// Agents, tickets and canned replies of the demo helpdesk (English, Korean, Greek).
import type { CustomerPlan } from "./catalog"

export const AGENTS = [
  { key: "mina", email: "mina.park@helpdesk.local", first_name: "Mina", last_name: "Park" },
  { key: "eleni", email: "eleni.georgiou@helpdesk.local", first_name: "Eleni", last_name: "Georgiou" },
] as const

export type AgentKey = (typeof AGENTS)[number]["key"] | "admin"

export type Step =
  | { from: "customer"; body: string }
  | { from: AgentKey; body: string; internal?: boolean; status?: "pending" | "open" | "solved" }
  | { set: "solved" | "closed" | "pending"; by: AgentKey }

export type TicketPlan = {
  key: string
  subject: string
  body: string
  customer?: CustomerPlan["key"]
  order?: string
  guest?: { email: string; name: string }
  channel?: "web" | "email" | "chat" | "phone"
  category?: string
  priority?: "low" | "normal" | "high" | "urgent"
  tags?: string[]
  assignee?: AgentKey
  then?: Step[]
}

export const TICKETS: TicketPlan[] = [
  // English
  {
    key: "t-emma-where",
    customer: "emma",
    order: "emma-2",
    subject: "Where is my order?",
    body: "Hi, my trail shoes were marked as shipped three days ago but the tracking link shows nothing yet. Can you check?",
    category: "shipping",
    tags: ["tracking"],
    assignee: "admin",
  },
  {
    key: "t-emma-size",
    customer: "emma",
    order: "emma-1",
    subject: "Hoodie is too big, can I exchange it?",
    body: "The hoodie (size M) is lovely but far too big. Could I swap it for an S?",
    category: "returns",
    tags: ["exchange"],
    assignee: "mina",
    then: [
      {
        from: "mina",
        body: "Hi Emma, happy to help! Could you confirm the hoodie is unworn and still has its tags? Then I'll send you a prepaid return label.",
        status: "pending",
      },
    ],
  },
  {
    key: "t-emma-mug",
    customer: "emma",
    order: "emma-1",
    subject: "One of the mugs arrived chipped",
    body: "One of the two Sea mugs has a chip on the rim. Photo attached in my next message if needed.",
    category: "returns",
    priority: "high",
    tags: ["damaged", "refund"],
    assignee: "mina",
    then: [
      { from: "mina", body: "Refund approved without a return: item under €20 and the photo is clear. Customer keeps the mug.", internal: true },
      { from: "mina", body: "Sorry about that, Emma! I've refunded the chipped mug (€14) to your card, no need to send it back." },
      { from: "customer", body: "That was quick, thank you!" },
      { set: "solved", by: "mina" },
    ],
  },
  {
    key: "t-lucas-discount",
    customer: "lucas",
    order: "lucas-1",
    subject: "My discount code didn't apply",
    body: "I used WELCOME10 at checkout but I was charged the full price for the shoes.",
    channel: "email",
    category: "billing",
    tags: ["discount"],
    assignee: "admin",
    then: [
      { from: "admin", body: "Hi Lucas, the code was valid, so I've refunded the 10% (€12) to your original payment method." },
      { from: "customer", body: "Received, thanks." },
      { set: "solved", by: "admin" },
      { set: "closed", by: "admin" },
    ],
  },
  {
    key: "t-lucas-address",
    customer: "lucas",
    order: "lucas-2",
    subject: "Please change my delivery address",
    body: "I'm moving next week. Can the two hoodies go to 22 Rue Oberkampf, 75011 Paris instead?",
    channel: "chat",
    category: "shipping",
    priority: "high",
    tags: ["address-change"],
  },
  {
    key: "t-lucas-sizing",
    customer: "lucas",
    subject: "Do the trail shoes run small?",
    body: "I'm usually a 43. Should I take the 42 or the 44?",
    category: "product",
    priority: "low",
    assignee: "eleni",
    then: [
      { from: "eleni", body: "They run true to size but narrow; most customers between sizes take the larger one, so the 44." },
      { set: "solved", by: "eleni" },
    ],
  },
  // Korean
  {
    key: "t-minji-refund",
    customer: "minji",
    order: "minji-1",
    subject: "환불 요청합니다",
    body: "안녕하세요. 후드티 사이즈가 맞지 않아서 환불요청 드립니다. 반품은 어떻게 보내면 되나요?",
    category: "returns",
    priority: "high",
    tags: ["환불", "refund"],
    assignee: "mina",
  },
  {
    key: "t-minji-shipping",
    customer: "minji",
    order: "minji-2",
    subject: "배송이 언제 되나요?",
    body: "결제한 지 4일이 지났는데 아직 발송 안내를 받지 못했습니다. 언제 배송되나요?",
    category: "shipping",
    tags: ["배송"],
    assignee: "mina",
    then: [
      {
        from: "mina",
        body: "김민지 고객님, 기다리게 해서 죄송합니다. 운동화가 재입고되는 대로 이번 주 금요일에 발송될 예정입니다. 발송되면 운송장 번호를 보내드릴게요.",
        status: "pending",
      },
    ],
  },
  {
    key: "t-minji-exchange",
    customer: "minji",
    order: "minji-1",
    subject: "사이즈 교환 문의",
    body: "후드티를 M 사이즈로 교환할 수 있을까요?",
    channel: "chat",
    category: "returns",
    tags: ["교환"],
    assignee: "mina",
    then: [
      { from: "mina", body: "네, 가능합니다. 반품 라벨을 이메일로 보내드렸습니다. 상품이 도착하면 바로 M 사이즈로 발송해 드리겠습니다." },
      { from: "customer", body: "감사합니다!" },
      { set: "solved", by: "mina" },
    ],
  },
  // Greek
  {
    key: "t-giorgos-refund",
    customer: "giorgos",
    order: "giorgos-1",
    subject: "Επιστροφή χρημάτων για την παραγγελία μου",
    body: "Καλησπέρα σας. Θα ήθελα επιστροφή χρημάτων για το φούτερ, γιατί το ύφασμα είναι διαφορετικό από τη φωτογραφία.",
    category: "returns",
    priority: "urgent",
    tags: ["επιστροφή", "refund"],
    assignee: "eleni",
  },
  {
    key: "t-giorgos-shipping",
    customer: "giorgos",
    order: "giorgos-2",
    subject: "Πότε θα αποσταλεί η παραγγελία μου;",
    body: "Η παραγγελία μου έχει ετοιμαστεί αλλά δεν έχει αποσταλεί ακόμα. Πότε θα τη λάβω;",
    channel: "email",
    category: "shipping",
    assignee: "eleni",
    then: [
      {
        from: "eleni",
        body: "Γεια σας Γιώργο, το δέμα σας παραδίδεται στην courier αύριο το πρωί. Θα λάβετε email με τον αριθμό αποστολής.",
        status: "pending",
      },
    ],
  },
  {
    key: "t-giorgos-colour",
    customer: "giorgos",
    order: "giorgos-1",
    subject: "ΛΑΘΟΣ ΧΡΩΜΑ ΣΤΟ ΦΟΥΤΕΡ",
    body: "Παρήγγειλα άλλο χρώμα από αυτό που έλαβα.",
    category: "product",
    tags: ["λάθος-προϊόν"],
    assignee: "eleni",
    then: [
      { from: "eleni", body: "Σας ζητούμε συγγνώμη! Σας στείλαμε το σωστό χρώμα χωρίς χρέωση· κρατήστε το άλλο ως δώρο." },
      { from: "customer", body: "Ευχαριστώ πολύ!" },
      { set: "solved", by: "eleni" },
      { set: "closed", by: "eleni" },
    ],
  },
  // Guests: email only, identity not verified
  {
    key: "t-guest-switzerland",
    guest: { email: "sofia.rossi@example.org", name: "Sofia Rossi" },
    subject: "Do you ship to Switzerland?",
    body: "Hi! I'd like to order two mugs but I live in Zürich. Do you ship there, and are there customs fees?",
    channel: "email",
    category: "shipping",
  },
  {
    key: "t-guest-giftwrap",
    guest: { email: "seojun.park@example.kr", name: "박서준" },
    subject: "선물 포장 가능한가요?",
    body: "친구 생일 선물로 머그컵을 사려고 하는데 선물 포장이 가능한가요?",
    category: "product",
    priority: "low",
  },
]

export const CANNED_REPLIES = [
  {
    title: "Greeting",
    shortcut: "hi",
    locale: "en",
    category: "general",
    body: 'Hi {{customer.first_name | "there"}},\n\nThanks for contacting {{store.name}}. ',
  },
  {
    title: "Order on its way",
    shortcut: "shipped",
    locale: "en",
    category: "shipping",
    body:
      'Hi {{customer.first_name | "there"}},\n\nGood news: order #{{order.display_id}} has left our warehouse and should reach you in 2-4 working days.\n\nBest,\n{{agent.first_name}}\n{{store.name}}',
  },
  {
    title: "Refund approved",
    shortcut: "refund",
    locale: "en",
    category: "returns",
    body:
      'Hi {{customer.first_name | "there"}},\n\nThe refund for order #{{order.display_id}} is approved. It reaches your account within 5-10 working days.\n\n{{agent.first_name}}, {{store.name}}',
  },
  {
    title: "Closing",
    shortcut: "bye",
    locale: "en",
    category: "general",
    body:
      "Glad we could help! If anything else comes up, just reply here and ticket #{{ticket.display_id}} reopens.\n\n{{agent.first_name}}, {{store.name}}",
  },
  {
    title: "인사",
    shortcut: "ko-hi",
    locale: "ko",
    category: "general",
    body: '안녕하세요 {{customer.first_name | "고객"}}님,\n{{store.name}} 고객센터입니다. ',
  },
  {
    title: "환불 승인",
    shortcut: "ko-refund",
    locale: "ko",
    category: "returns",
    body:
      '{{customer.first_name | "고객"}}님, 주문 #{{order.display_id}}의 환불이 승인되었습니다. 영업일 기준 5~10일 이내에 환불됩니다.\n\n{{store.name}} {{agent.first_name}} 드림',
  },
  {
    title: "Χαιρετισμός",
    shortcut: "el-hi",
    locale: "el",
    category: "general",
    body: 'Γεια σας {{customer.first_name | ""}},\n\nευχαριστούμε που επικοινωνήσατε με το {{store.name}}. ',
  },
  {
    title: "Η παραγγελία απεστάλη",
    shortcut: "el-shipped",
    locale: "el",
    category: "shipping",
    body:
      'Γεια σας {{customer.first_name | ""}},\n\nη παραγγελία #{{order.display_id}} απεστάλη και θα φτάσει σε 2-4 εργάσιμες.\n\nΜε εκτίμηση,\n{{agent.first_name}}, {{store.name}}',
  },
]
