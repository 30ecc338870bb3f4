// The text the bench seeds tickets from: per language, support topics with subjects, a shopper's
// opening message and an agent's answer, plus follow-ups any ticket may get. Placeholders
// ({product}, {order}, {name}) are filled in SQL and always stand apart from other letters, so a
// ticket's search tokens are the union of its templates' tokens and its fills' tokens.
//
// Topic weights set how selective the searched terms are: the bench searches "refund" (English),
// "환불" (Korean) and "επιστροφή" (Greek), which each appear in the refund topic and in some
// answers of other topics (cancellations, damaged items), i.e. in roughly 10-15% of a language's
// tickets, as in a real store's support history.
"use strict"

const LANGUAGES = [
  { code: "en", share: 0.7 },
  { code: "ko", share: 0.15 },
  { code: "el", share: 0.15 },
]

const TOPICS = {
  en: [
    {
      key: "shipping", weight: 18, tags: ["tracking", "delay"],
      subjects: ["Where is my order {order}?", "Tracking shows nothing for {order}", "Parcel late, still waiting"],
      opening: [
        "Hi, my {product} was marked as shipped three days ago but the tracking link shows nothing yet. Order {order}. Can you check?",
        "Hello, I ordered the {product} last week ({order}) and it still has not arrived. Is there a delay with the courier?",
      ],
      answer: [
        "Hi {name}, thanks for your patience. The courier picked up order {order} yesterday; tracking updates within 24 hours.",
        "Hello {name}, I checked with the carrier: your {product} is at the local depot and should arrive tomorrow.",
      ],
    },
    {
      key: "refund", weight: 8, tags: ["refund", "returns"],
      subjects: ["Refund request for {order}", "When will I get my refund?", "Refund not received"],
      opening: [
        "I sent the {product} back two weeks ago and I am still waiting for the refund. Order {order}.",
        "Hi, please refund the {product} from order {order}, it does not fit and I returned it yesterday.",
      ],
      answer: [
        "Hi {name}, the refund for order {order} was issued today; banks take 3 to 5 business days to show it.",
        "Thanks {name}, we received the {product} and refunded it to your card.",
      ],
    },
    {
      key: "exchange", weight: 10, tags: ["exchange", "returns"],
      subjects: ["{product} is too big, can I exchange it?", "Exchange for another size", "Wrong size in {order}"],
      opening: [
        "The {product} (size M) is lovely but far too big. Could I swap it for an S?",
        "Can I exchange the {product} from {order} for a larger size? It is unworn with tags.",
      ],
      answer: [
        "Hi {name}, happy to help! Please confirm it is unworn and still has its tags, then I will send a prepaid return label.",
        "Hello {name}, the exchange is set up: send the {product} back with the label and the new size ships on arrival.",
      ],
    },
    {
      key: "damaged", weight: 8, tags: ["damaged", "quality"],
      subjects: ["{product} arrived damaged", "Broken item in {order}", "Chipped on arrival"],
      opening: [
        "One of the items in {order} arrived chipped. The {product} box was crushed. Photo attached.",
        "The {product} I received is broken, the seam came apart on the first day.",
      ],
      answer: [
        "Sorry about that, {name}! I have sent a replacement {product}, or we can refund it if you prefer.",
        "Hi {name}, thanks for the photo. No need to send it back; a replacement ships today.",
      ],
    },
    {
      key: "payment", weight: 7, tags: ["payment", "billing"],
      subjects: ["Payment failed at checkout", "Charged twice for {order}", "Card declined"],
      opening: [
        "My card was charged twice for order {order}. Please check the payment.",
        "Checkout keeps failing when I pay for the {product}, the card works everywhere else.",
      ],
      answer: [
        "Hi {name}, the second charge was only an authorization and it will drop off within a few days.",
        "Hello {name}, our payment provider had an outage this morning. Please try again now.",
      ],
    },
    {
      key: "cancel", weight: 7, tags: ["cancellation"],
      subjects: ["Cancel order {order}", "Please cancel my order", "Ordered by mistake"],
      opening: [
        "Please cancel order {order}, I ordered the {product} by mistake.",
        "Can I still cancel {order}? I found the {product} cheaper locally.",
      ],
      answer: [
        "Hi {name}, order {order} is cancelled and the full refund is on its way.",
        "Hello {name}, it had already shipped, but you can return it for free and we refund it on arrival.",
      ],
    },
    {
      key: "account", weight: 8, tags: ["account", "login"],
      subjects: ["Cannot log in", "Password reset email never arrives", "Change my email address"],
      opening: [
        "I cannot log in to my account, the password reset email never arrives.",
        "Please change the email on my account, I no longer use the old address.",
      ],
      answer: [
        "Hi {name}, I sent a new reset link; please check the spam folder too.",
        "Hello {name}, your email address is updated. You can sign in with the new one now.",
      ],
    },
    {
      key: "discount", weight: 8, tags: ["discount", "promotion"],
      subjects: ["Discount code not working", "Promo code rejected at checkout", "Forgot to apply my voucher"],
      opening: [
        "The discount code from your newsletter is rejected at checkout for the {product}.",
        "I forgot to use my voucher on {order}. Can you apply it afterwards?",
      ],
      answer: [
        "Hi {name}, the code excludes sale items; I applied the discount to {order} manually.",
        "Hello {name}, the voucher is now credited to your account for the next order.",
      ],
    },
    {
      key: "product", weight: 14, tags: ["product-question"],
      subjects: ["Question about the {product}", "Is the {product} waterproof?", "Sizing advice"],
      opening: [
        "Is the {product} waterproof? I want to use it for hiking in the rain.",
        "What size of the {product} would you recommend for someone 180 cm tall?",
      ],
      answer: [
        "Hi {name}, the {product} is water resistant, not fully waterproof; a spray keeps it dry in light rain.",
        "Hello {name}, most customers your height take a size L in the {product}.",
      ],
    },
    {
      key: "invoice", weight: 6, tags: ["invoice", "billing"],
      subjects: ["Invoice for {order}", "Need a VAT invoice", "Company name on the invoice"],
      opening: [
        "Could you send me an invoice with my company name for order {order}?",
        "I need a VAT invoice for the {product}, please.",
      ],
      answer: [
        "Hi {name}, the invoice for {order} is attached to this reply.",
        "Hello {name}, I added the company name and sent the updated invoice by email.",
      ],
    },
    {
      key: "address", weight: 6, tags: ["address", "shipping"],
      subjects: ["Change delivery address for {order}", "Wrong address on my order", "Deliver to my office"],
      opening: [
        "I entered the wrong street on {order}. Can you change the delivery address?",
        "Please deliver {order} to my office instead, the address is in my profile.",
      ],
      answer: [
        "Hi {name}, the address on {order} is updated; it had not shipped yet.",
        "Hello {name}, the parcel already left; I asked the courier to redirect it.",
      ],
    },
  ],
  ko: [
    {
      key: "shipping", weight: 20, tags: ["tracking", "delay"],
      subjects: ["주문 {order} 배송 언제 오나요?", "배송 조회가 안 됩니다", "택배가 아직 안 왔어요"],
      opening: [
        "안녕하세요. {product} 주문 {order} 이 발송되었다고 나오는데 배송 조회가 안 됩니다. 확인 부탁드립니다.",
        "지난주에 주문한 {product} 이 아직 도착하지 않았습니다. 배송이 지연되고 있나요?",
      ],
      answer: [
        "{name} 고객님, 기다려 주셔서 감사합니다. 주문 {order} 은 어제 택배사에 인계되었습니다.",
        "{name} 고객님, 확인해 보니 {product} 은 지역 물류센터에 있으며 내일 도착 예정입니다.",
      ],
    },
    {
      key: "refund", weight: 8, tags: ["refund", "returns"],
      subjects: ["환불 요청합니다 {order}", "환불은 언제 되나요?", "환불이 아직 안 들어왔어요"],
      opening: [
        "{product} 을 2주 전에 반품했는데 아직 환불을 받지 못했습니다. 주문 {order} 입니다.",
        "주문 {order} 의 {product} 환불 부탁드립니다. 사이즈가 맞지 않아 어제 반송했습니다.",
      ],
      answer: [
        "{name} 고객님, 주문 {order} 의 환불이 오늘 처리되었습니다. 카드사에 따라 3~5 영업일이 걸립니다.",
        "{name} 고객님, {product} 반품을 확인하고 카드로 환불해 드렸습니다.",
      ],
    },
    {
      key: "exchange", weight: 10, tags: ["exchange", "returns"],
      subjects: ["{product} 사이즈 교환 가능한가요?", "다른 사이즈로 교환하고 싶어요", "주문 {order} 사이즈가 잘못 왔어요"],
      opening: [
        "{product} 이 너무 커요. S 사이즈로 교환할 수 있을까요?",
        "주문 {order} 의 {product} 을 한 사이즈 큰 것으로 교환하고 싶습니다. 택도 그대로 있어요.",
      ],
      answer: [
        "{name} 고객님, 착용하지 않으셨다면 교환 가능합니다. 반품 라벨을 보내 드리겠습니다.",
        "{name} 고객님, 교환 접수되었습니다. {product} 이 도착하면 새 사이즈를 바로 보내 드립니다.",
      ],
    },
    {
      key: "damaged", weight: 8, tags: ["damaged", "quality"],
      subjects: ["{product} 이 파손되어 왔어요", "주문 {order} 상품 불량", "받자마자 깨져 있었어요"],
      opening: [
        "주문 {order} 상품이 파손된 상태로 도착했습니다. {product} 상자가 찌그러져 있었어요.",
        "받은 {product} 이 불량입니다. 첫날 바느질이 터졌어요.",
      ],
      answer: [
        "{name} 고객님, 불편을 드려 죄송합니다. 새 {product} 을 보내 드리거나 환불해 드릴 수 있습니다.",
        "{name} 고객님, 사진 감사합니다. 반송 없이 교환 상품을 오늘 발송하겠습니다.",
      ],
    },
    {
      key: "payment", weight: 7, tags: ["payment", "billing"],
      subjects: ["결제가 실패했어요", "주문 {order} 이중 결제", "카드 결제 오류"],
      opening: [
        "주문 {order} 이 카드로 두 번 결제되었습니다. 확인 부탁드립니다.",
        "{product} 결제할 때 계속 오류가 납니다. 다른 곳에서는 카드가 잘 됩니다.",
      ],
      answer: [
        "{name} 고객님, 두 번째 결제는 승인 보류 건으로 며칠 안에 자동 취소됩니다.",
        "{name} 고객님, 오늘 오전 결제 시스템 장애가 있었습니다. 지금 다시 시도해 주세요.",
      ],
    },
    {
      key: "cancel", weight: 7, tags: ["cancellation"],
      subjects: ["주문 {order} 취소해 주세요", "주문 취소 요청", "실수로 주문했어요"],
      opening: [
        "주문 {order} 을 취소해 주세요. {product} 을 실수로 주문했습니다.",
        "주문 {order} 아직 취소 가능한가요?",
      ],
      answer: [
        "{name} 고객님, 주문 {order} 이 취소되었고 전액 환불이 진행 중입니다.",
        "{name} 고객님, 이미 발송되었지만 무료 반품 후 환불해 드리겠습니다.",
      ],
    },
    {
      key: "account", weight: 8, tags: ["account", "login"],
      subjects: ["로그인이 안 돼요", "비밀번호 재설정 메일이 안 와요", "이메일 주소 변경"],
      opening: [
        "계정에 로그인할 수 없습니다. 비밀번호 재설정 메일도 오지 않아요.",
        "계정의 이메일 주소를 바꾸고 싶습니다. 예전 주소는 더 이상 쓰지 않아요.",
      ],
      answer: [
        "{name} 고객님, 새 재설정 링크를 보냈습니다. 스팸함도 확인해 주세요.",
        "{name} 고객님, 이메일 주소가 변경되었습니다. 새 주소로 로그인해 주세요.",
      ],
    },
    {
      key: "product", weight: 16, tags: ["product-question"],
      subjects: ["{product} 문의드립니다", "{product} 방수 되나요?", "사이즈 추천 부탁드려요"],
      opening: [
        "{product} 방수가 되나요? 비 오는 날 등산할 때 쓰려고 합니다.",
        "키 180 cm 인데 {product} 어떤 사이즈가 좋을까요?",
      ],
      answer: [
        "{name} 고객님, {product} 은 생활 방수 제품으로 가벼운 비에는 괜찮습니다.",
        "{name} 고객님, 비슷한 키의 고객님들은 {product} L 사이즈를 많이 선택하십니다.",
      ],
    },
    {
      key: "gift", weight: 6, tags: ["gift"],
      subjects: ["선물 포장 가능한가요?", "주문 {order} 선물 메시지 추가", "가격표 빼고 보내 주세요"],
      opening: [
        "{product} 선물 포장이 가능한가요? 주문 {order} 입니다.",
        "선물용이라 가격표 없이 보내 주실 수 있나요?",
      ],
      answer: [
        "{name} 고객님, 주문 {order} 에 선물 포장을 추가했습니다.",
        "{name} 고객님, 가격표 없이 선물 메시지와 함께 보내 드리겠습니다.",
      ],
    },
  ],
  el: [
    {
      key: "shipping", weight: 20, tags: ["tracking", "delay"],
      subjects: ["Πού είναι η παραγγελία {order};", "Η αποστολή καθυστερεί", "Δεν έχει έρθει ακόμα το δέμα"],
      opening: [
        "Καλησπέρα, το {product} εστάλη πριν από τρεις μέρες αλλά ο σύνδεσμος εντοπισμού δεν δείχνει τίποτα. Παραγγελία {order}.",
        "Παρήγγειλα το {product} την περασμένη εβδομάδα και δεν έχει φτάσει ακόμα. Υπάρχει καθυστέρηση με την εταιρεία courier;",
      ],
      answer: [
        "Γεια σας {name}, ευχαριστούμε για την υπομονή. Η παραγγελία {order} παραλήφθηκε χθες από το courier.",
        "Καλησπέρα {name}, το {product} βρίσκεται στο τοπικό κατάστημα και θα παραδοθεί αύριο.",
      ],
    },
    {
      key: "refund", weight: 8, tags: ["refund", "returns"],
      subjects: ["Αίτημα επιστροφής χρημάτων {order}", "Πότε θα γίνει η επιστροφή;", "ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ ΔΕΝ ΈΓΙΝΕ"],
      opening: [
        "Έστειλα πίσω το {product} πριν από δύο εβδομάδες και περιμένω ακόμα την επιστροφή χρημάτων. Παραγγελία {order}.",
        "Παρακαλώ κάντε επιστροφή για το {product} της παραγγελίας {order}, δεν μου κάνει.",
      ],
      answer: [
        "Γεια σας {name}, η επιστροφή χρημάτων για την παραγγελία {order} έγινε σήμερα· η τράπεζα χρειάζεται 3 με 5 εργάσιμες.",
        "Ευχαριστούμε {name}, παραλάβαμε το {product} και κάναμε επιστροφή στην κάρτα σας.",
      ],
    },
    {
      key: "exchange", weight: 10, tags: ["exchange", "returns"],
      subjects: ["Αλλαγή μεγέθους για το {product}", "Θέλω άλλο νούμερο", "Λάθος μέγεθος στην παραγγελία {order}"],
      opening: [
        "Το {product} είναι πολύ μεγάλο. Μπορώ να το αλλάξω με S;",
        "Μπορώ να αλλάξω το {product} της παραγγελίας {order} με ένα νούμερο μεγαλύτερο; Έχει ακόμα τις ετικέτες.",
      ],
      answer: [
        "Γεια σας {name}, αν δεν έχει φορεθεί, στέλνουμε ετικέτα αποστολής για την αλλαγή.",
        "Καλησπέρα {name}, η αλλαγή καταχωρήθηκε· μόλις φτάσει το {product} στέλνουμε το νέο μέγεθος.",
      ],
    },
    {
      key: "damaged", weight: 8, tags: ["damaged", "quality"],
      subjects: ["Το {product} ήρθε χαλασμένο", "Σπασμένο προϊόν στην παραγγελία {order}", "Ελαττωματικό προϊόν"],
      opening: [
        "Ένα προϊόν της παραγγελίας {order} ήρθε σπασμένο. Το κουτί του {product} ήταν τσαλακωμένο.",
        "Το {product} που παρέλαβα είναι ελαττωματικό, ξηλώθηκε την πρώτη μέρα.",
      ],
      answer: [
        "Λυπούμαστε {name}! Στέλνουμε νέο {product} ή κάνουμε επιστροφή χρημάτων αν προτιμάτε.",
        "Γεια σας {name}, ευχαριστούμε για τη φωτογραφία. Δεν χρειάζεται να το στείλετε πίσω.",
      ],
    },
    {
      key: "payment", weight: 7, tags: ["payment", "billing"],
      subjects: ["Η πληρωμή απέτυχε", "Διπλή χρέωση για την παραγγελία {order}", "Η κάρτα απορρίφθηκε"],
      opening: [
        "Η κάρτα μου χρεώθηκε δύο φορές για την παραγγελία {order}. Παρακαλώ ελέγξτε την πληρωμή.",
        "Η πληρωμή για το {product} αποτυγχάνει συνέχεια, η κάρτα δουλεύει παντού αλλού.",
      ],
      answer: [
        "Γεια σας {name}, η δεύτερη χρέωση είναι μόνο δέσμευση και θα ακυρωθεί σε λίγες μέρες.",
        "Καλησπέρα {name}, ο πάροχος πληρωμών είχε πρόβλημα το πρωί. Δοκιμάστε ξανά τώρα.",
      ],
    },
    {
      key: "cancel", weight: 7, tags: ["cancellation"],
      subjects: ["Ακύρωση παραγγελίας {order}", "Θέλω να ακυρώσω την παραγγελία", "Παρήγγειλα κατά λάθος"],
      opening: [
        "Παρακαλώ ακυρώστε την παραγγελία {order}, παρήγγειλα το {product} κατά λάθος.",
        "Μπορώ ακόμα να ακυρώσω την παραγγελία {order};",
      ],
      answer: [
        "Γεια σας {name}, η παραγγελία {order} ακυρώθηκε και η επιστροφή χρημάτων είναι σε εξέλιξη.",
        "Καλησπέρα {name}, έχει ήδη σταλεί, αλλά μπορείτε να την επιστρέψετε δωρεάν.",
      ],
    },
    {
      key: "account", weight: 8, tags: ["account", "login"],
      subjects: ["Δεν μπορώ να συνδεθώ", "Δεν έρχεται το email επαναφοράς", "Αλλαγή διεύθυνσης email"],
      opening: [
        "Δεν μπορώ να συνδεθώ στον λογαριασμό μου, το email επαναφοράς κωδικού δεν έρχεται.",
        "Θέλω να αλλάξω το email του λογαριασμού μου.",
      ],
      answer: [
        "Γεια σας {name}, στείλαμε νέο σύνδεσμο επαναφοράς· ελέγξτε και τα ανεπιθύμητα.",
        "Καλησπέρα {name}, το email σας ενημερώθηκε. Συνδεθείτε με το νέο.",
      ],
    },
    {
      key: "product", weight: 16, tags: ["product-question"],
      subjects: ["Ερώτηση για το {product}", "Είναι αδιάβροχο το {product};", "Συμβουλή για μέγεθος"],
      opening: [
        "Είναι αδιάβροχο το {product}; Θέλω να το φοράω στην πεζοπορία όταν βρέχει.",
        "Τι μέγεθος {product} προτείνετε για ύψος 180 εκατοστά;",
      ],
      answer: [
        "Γεια σας {name}, το {product} είναι ανθεκτικό στο νερό αλλά όχι εντελώς αδιάβροχο.",
        "Καλησπέρα {name}, οι περισσότεροι πελάτες με αυτό το ύψος παίρνουν L στο {product}.",
      ],
    },
    {
      key: "invoice", weight: 6, tags: ["invoice", "billing"],
      subjects: ["Τιμολόγιο για την παραγγελία {order}", "Χρειάζομαι τιμολόγιο", "Επωνυμία εταιρείας στο τιμολόγιο"],
      opening: [
        "Μπορείτε να μου στείλετε τιμολόγιο με την επωνυμία της εταιρείας για την παραγγελία {order};",
        "Χρειάζομαι τιμολόγιο για το {product}, παρακαλώ.",
      ],
      answer: [
        "Γεια σας {name}, το τιμολόγιο για την παραγγελία {order} επισυνάπτεται.",
        "Καλησπέρα {name}, προσθέσαμε την επωνυμία και στείλαμε το νέο τιμολόγιο.",
      ],
    },
  ],
}

// Messages any ticket may get after the first answer.
const FOLLOW_UPS = {
  en: {
    customer: [
      "Thanks, any update on this?", "That was quick, thank you!", "Still nothing on my side, can you look again?",
      "I attached a photo of the {product}.", "Great, that works for me.", "Could you confirm by email as well?",
    ],
    agent: [
      "Thanks {name}, I am checking with the warehouse and will get back to you today.",
      "Glad that sorted it, {name}. Anything else we can help with?",
      "Hi {name}, a quick update: the team is on it and I will keep you posted.",
      "Hello {name}, I have escalated this to our logistics partner.",
    ],
    internal: ["Checked the warehouse system, stock is fine.", "Customer contacted us twice this month, be generous.", "Waiting on the courier claim."],
  },
  ko: {
    customer: ["감사합니다. 진행 상황이 궁금합니다.", "빠른 답변 감사합니다!", "아직 변화가 없어요. 다시 확인해 주세요.", "{product} 사진 첨부합니다.", "네, 좋습니다."],
    agent: [
      "{name} 고객님, 창고에 확인 중이며 오늘 중으로 다시 안내드리겠습니다.",
      "{name} 고객님, 해결되어 다행입니다. 다른 문의 사항이 있으신가요?",
      "{name} 고객님, 담당 팀에서 처리 중입니다. 진행되는 대로 알려 드리겠습니다.",
    ],
    internal: ["창고 재고 확인 완료.", "이번 달 두 번째 문의, 보상 검토 필요.", "택배사 클레임 대기 중."],
  },
  el: {
    customer: ["Ευχαριστώ, υπάρχει κάποια ενημέρωση;", "Πολύ γρήγορα, ευχαριστώ!", "Ακόμα τίποτα, μπορείτε να ξανακοιτάξετε;", "Επισυνάπτω φωτογραφία του {product}.", "Τέλεια, εντάξει."],
    agent: [
      "Ευχαριστούμε {name}, ελέγχουμε με την αποθήκη και θα σας ενημερώσουμε σήμερα.",
      "Χαίρομαι που λύθηκε, {name}. Μπορούμε να βοηθήσουμε σε κάτι άλλο;",
      "Γεια σας {name}, η ομάδα το εξετάζει και θα σας ενημερώσω.",
    ],
    internal: ["Έλεγχος αποθήκης: απόθεμα εντάξει.", "Δεύτερο αίτημα αυτόν τον μήνα.", "Αναμονή για την απάντηση του courier."],
  },
}

// Products: adjective x noun (English names are sold in every market).
const PRODUCT_ADJECTIVES = [
  "Trail", "Alpine", "Coastal", "Urban", "Merino", "Linen", "Canvas", "Cedar", "Harbor", "Summit", "Nordic", "Desert",
  "Meadow", "Granite", "Willow", "Ember", "Glacier", "Canyon", "Prairie", "Tidal",
]
const PRODUCT_NOUNS = [
  "Runner", "Hoodie", "Jacket", "Backpack", "Mug", "Beanie", "Sneaker", "Tote", "Parka", "Scarf", "Boot", "Tee",
  "Cardigan", "Duffel", "Bottle", "Lantern", "Blanket", "Cap", "Vest", "Sandal",
]
const PRODUCTS = PRODUCT_ADJECTIVES.flatMap((a) => PRODUCT_NOUNS.map((n) => `${a} ${n}`))

const FIRST_NAMES = {
  en: ["Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sophia", "James", "Chloe", "Henry"],
  ko: ["민준", "서연", "도윤", "지우", "하준", "서윤", "지호", "하은", "예준", "수아"],
  el: ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Κώστας", "Σοφία", "Γιάννης", "Άννα"],
}
const LAST_NAMES = {
  en: ["Smith", "Brown", "Wilson", "Taylor", "Martin", "Clarke", "Walker", "Wright", "Green", "Hughes"],
  ko: ["김", "이", "박", "최", "정", "강", "조", "윤"],
  el: ["Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Οικονόμου", "Δημητρίου", "Ιωάννου", "Αντωνίου"],
}

// Tags beyond the topics' own, picked now and then.
const EXTRA_TAGS = ["vip", "repeat-contact", "social-media", "wholesale", "escalated", "follow-up", "feedback", "bug"]

// What the bench searches for, and in which topic each appears.
const SEARCH_TERMS = { en: "refund", ko: "환불", el: "επιστροφή" }
// The tag the inbox is filtered by.
const FILTER_TAG = "damaged"

module.exports = {
  LANGUAGES,
  TOPICS,
  FOLLOW_UPS,
  PRODUCTS,
  FIRST_NAMES,
  LAST_NAMES,
  EXTRA_TAGS,
  SEARCH_TERMS,
  FILTER_TAG,
}
