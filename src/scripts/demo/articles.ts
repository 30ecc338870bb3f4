// The demo shop's knowledge base: four categories, ten topics, each in English, Korean and Greek
// (translations linked). The English handle names the topic; the others are made from the title.

export type CategoryPlan = { handle: string; title: string; description: string }
export type ArticleText = { title: string; body: string }
export type TopicPlan = { key: string; category: string; en: ArticleText; ko: ArticleText; el: ArticleText }

export const ARTICLE_CATEGORIES: CategoryPlan[] = [
  { handle: "shipping", title: "Shipping & delivery", description: "Delivery times, costs, tracking and addresses." },
  { handle: "returns", title: "Returns & refunds", description: "Sending something back, exchanges and refunds." },
  { handle: "payment", title: "Payment", description: "How to pay and what to do when a payment fails." },
  { handle: "account", title: "Your account", description: "Signing in, passwords and your details." },
]

export const TOPICS: TopicPlan[] = [
  {
    key: "shipping-times",
    category: "shipping",
    en: {
      title: "Shipping times and costs",
      body: `We ship from our warehouse in Dublin every weekday.

| Destination | Standard | Express |
|---|---|---|
| Ireland | 1-2 working days, free | next day, €6 |
| Rest of Europe | 3-5 working days, €5 (free over €60) | 1-2 working days, €15 |
| Korea | 5-8 working days, ₩12,000 | 3-4 working days, ₩25,000 |

Orders placed before **2 pm (Irish time)** leave the same day. Delivery times are estimates: customs in Korea can add a day or two.`,
    },
    ko: {
      title: "배송 기간과 배송비",
      body: `저희는 평일마다 더블린 물류창고에서 상품을 발송합니다.

- **한국 일반 배송**: 영업일 기준 5-8일, 배송비 12,000원
- **한국 특급 배송**: 영업일 기준 3-4일, 배송비 25,000원

오후 2시(아일랜드 시간) 이전에 주문하시면 당일 발송됩니다. 통관 절차로 인해 하루나 이틀 정도 늦어질 수 있습니다.`,
    },
    el: {
      title: "Χρόνοι και κόστος αποστολής",
      body: `Στέλνουμε από την αποθήκη μας στο Δουβλίνο κάθε εργάσιμη ημέρα.

- **Ελλάδα, κανονική αποστολή**: 3-5 εργάσιμες, 5 € (δωρεάν για παραγγελίες άνω των 60 €)
- **Ελλάδα, ταχεία αποστολή**: 1-2 εργάσιμες, 15 €

Οι παραγγελίες πριν τις **2 μ.μ. (ώρα Ιρλανδίας)** φεύγουν την ίδια μέρα.`,
    },
  },
  {
    key: "track-your-order",
    category: "shipping",
    en: {
      title: "Tracking your order",
      body: `As soon as your parcel leaves the warehouse we email you a **tracking link**. You can also find it in your account under *Orders*.

Tracking can take up to 24 hours to show the first scan. If it has not moved for more than five working days, open a ticket with your order number and we will ask the carrier.`,
    },
    ko: {
      title: "주문 배송 조회",
      body: `상품이 물류창고를 떠나면 **배송 조회 링크**를 이메일로 보내드립니다. 계정의 *주문 내역*에서도 확인하실 수 있습니다.

첫 스캔이 표시되기까지 최대 24시간이 걸릴 수 있습니다. 5영업일 이상 조회 정보가 바뀌지 않으면 주문 번호와 함께 문의해 주세요. 택배사에 확인해 드리겠습니다.`,
    },
    el: {
      title: "Παρακολούθηση της παραγγελίας σας",
      body: `Μόλις το δέμα σας φύγει από την αποθήκη, σας στέλνουμε με email έναν **σύνδεσμο παρακολούθησης**. Θα τον βρείτε και στον λογαριασμό σας, στις *Παραγγελίες*.

Η πρώτη σάρωση μπορεί να εμφανιστεί έως και 24 ώρες αργότερα. Αν το δέμα δεν έχει κινηθεί για πάνω από πέντε εργάσιμες, ανοίξτε ένα αίτημα με τον αριθμό παραγγελίας.`,
    },
  },
  {
    key: "change-delivery-address",
    category: "shipping",
    en: {
      title: "Changing the delivery address",
      body: `You can change the delivery address until the order is packed, usually within two hours of ordering. Write to us with the order number and the new address.

Once the parcel has shipped we cannot redirect it, but the carrier's tracking page often lets you pick a pickup point or another delivery day.`,
    },
    ko: {
      title: "배송지 변경",
      body: `주문 상품이 포장되기 전까지(보통 주문 후 2시간 이내) 배송지를 변경할 수 있습니다. 주문 번호와 새 주소를 알려 주세요.

발송된 후에는 주소를 바꿀 수 없지만, 택배사 조회 페이지에서 수령 장소나 배송 날짜를 변경할 수 있는 경우가 많습니다.`,
    },
    el: {
      title: "Αλλαγή διεύθυνσης παράδοσης",
      body: `Μπορείτε να αλλάξετε τη διεύθυνση παράδοσης μέχρι να συσκευαστεί η παραγγελία, συνήθως μέσα σε δύο ώρες. Στείλτε μας τον αριθμό παραγγελίας και τη νέα διεύθυνση.

Αφού αποσταλεί το δέμα δεν μπορούμε να το ανακατευθύνουμε, αλλά η σελίδα της εταιρείας courier συχνά επιτρέπει άλλο σημείο παραλαβής.`,
    },
  },
  {
    key: "return-an-item",
    category: "returns",
    en: {
      title: "How to return an item",
      body: `You have **30 days** from delivery to return unworn items in their original packaging.

1. Open a ticket with your order number and the items you are sending back.
2. We email you a prepaid return label (free within Europe).
3. Drop the parcel at any post office.

Shoes must come back in their box. Mugs must be unused.`,
    },
    ko: {
      title: "반품 방법",
      body: `배송일로부터 **30일 이내**에 착용하지 않은 상품을 원래 포장 그대로 반품하실 수 있습니다.

1. 주문 번호와 반품할 상품을 적어 문의를 남겨 주세요.
2. 반품 송장을 이메일로 보내드립니다.
3. 가까운 우체국에 소포를 맡겨 주세요.

신발은 상자와 함께 반품해 주셔야 합니다.`,
    },
    el: {
      title: "Πώς να επιστρέψετε ένα προϊόν",
      body: `Έχετε **30 ημέρες** από την παράδοση για επιστροφή αφόρετων προϊόντων στην αρχική τους συσκευασία.

1. Ανοίξτε ένα αίτημα με τον αριθμό παραγγελίας και τα προϊόντα της επιστροφής.
2. Σας στέλνουμε με email προπληρωμένη ετικέτα επιστροφής.
3. Αφήστε το δέμα σε οποιοδήποτε ταχυδρομείο.

Τα παπούτσια επιστρέφονται μέσα στο κουτί τους.`,
    },
  },
  {
    key: "refund-timing",
    category: "returns",
    en: {
      title: "When will I get my refund?",
      body: `We refund to the card or account you paid with within **3 working days** of your return reaching us. Your bank may take another 5-10 days to show it.

You get an email when the refund is issued. Shipping costs are refunded when the whole order comes back.`,
    },
    ko: {
      title: "환불은 언제 받을 수 있나요?",
      body: `반품 상품이 도착한 후 **영업일 기준 3일 이내**에 결제하신 카드나 계좌로 환불해 드립니다. 카드사에 따라 환불 내역이 표시되기까지 5-10일이 더 걸릴 수 있습니다.

환불이 처리되면 이메일로 알려 드립니다. 주문 전체를 반품하시면 배송비도 환불됩니다.`,
    },
    el: {
      title: "Πότε θα πάρω την επιστροφή χρημάτων;",
      body: `Επιστρέφουμε τα χρήματα στην κάρτα ή τον λογαριασμό πληρωμής μέσα σε **3 εργάσιμες** από τη στιγμή που θα λάβουμε την επιστροφή σας. Η τράπεζα μπορεί να χρειαστεί άλλες 5-10 ημέρες.

Θα λάβετε email όταν γίνει η επιστροφή χρημάτων. Τα μεταφορικά επιστρέφονται όταν επιστρέφεται όλη η παραγγελία.`,
    },
  },
  {
    key: "exchange-size",
    category: "returns",
    en: {
      title: "Exchanging for another size",
      body: `The hoodie or the shoes do not fit? We exchange them for free, once per order.

Open a ticket with the order number and the size you want. We reserve it for you and send it as soon as the first pair is on its way back to us. Check the size guide on each product page: our shoes run half a size small.`,
    },
    ko: {
      title: "다른 사이즈로 교환",
      body: `후디나 신발 사이즈가 맞지 않나요? 주문당 한 번 무료로 교환해 드립니다.

주문 번호와 원하시는 사이즈를 적어 문의해 주세요. 원하시는 사이즈를 확보해 두었다가 기존 상품이 반송되는 대로 보내드립니다. 신발은 반 사이즈 작게 나오니 사이즈표를 꼭 확인해 주세요.`,
    },
    el: {
      title: "Αλλαγή μεγέθους",
      body: `Το φούτερ ή τα παπούτσια δεν σας κάνουν; Τα αλλάζουμε δωρεάν, μία φορά ανά παραγγελία.

Ανοίξτε ένα αίτημα με τον αριθμό παραγγελίας και το μέγεθος που θέλετε. Το κρατάμε για εσάς και το στέλνουμε μόλις το πρώτο ζευγάρι είναι καθ' οδόν. Τα παπούτσια μας είναι μισό νούμερο μικρότερα.`,
    },
  },
  {
    key: "payment-methods",
    category: "payment",
    en: {
      title: "Payment methods we accept",
      body: `We accept Visa, Mastercard and American Express, Apple Pay and Google Pay, and PayPal. In Korea you can also pay with KakaoPay.

Your card is charged when you place the order. We never store your card number: payments go through our payment provider.`,
    },
    ko: {
      title: "결제 수단 안내",
      body: `Visa, Mastercard, American Express, Apple Pay, Google Pay, PayPal로 결제하실 수 있습니다. 한국에서는 카카오페이도 사용하실 수 있습니다.

주문 시점에 결제가 진행됩니다. 카드 번호는 저장하지 않으며 모든 결제는 결제 대행사를 통해 처리됩니다.`,
    },
    el: {
      title: "Τρόποι πληρωμής",
      body: `Δεχόμαστε Visa, Mastercard και American Express, Apple Pay και Google Pay, καθώς και PayPal.

Η κάρτα σας χρεώνεται με την ολοκλήρωση της παραγγελίας. Δεν αποθηκεύουμε ποτέ τον αριθμό της κάρτας σας: οι πληρωμές γίνονται μέσω του παρόχου πληρωμών μας.`,
    },
  },
  {
    key: "payment-declined",
    category: "payment",
    en: {
      title: "Why was my payment declined?",
      body: `Most declined payments come from the bank: a daily limit, a 3-D Secure check that timed out, or an address that does not match the card.

- Try again and complete the check in your banking app.
- Make sure the billing address matches your card.
- Try another card or PayPal.

A declined payment is never charged. If you see a pending amount, it disappears within a few days.`,
    },
    ko: {
      title: "결제가 거절된 이유는 무엇인가요?",
      body: `결제 거절은 대부분 카드사에서 발생합니다. 일일 한도 초과, 본인 인증 시간 초과, 카드 정보와 다른 주소 등이 원인입니다.

- 다시 시도하시고 카드사 앱에서 인증을 완료해 주세요.
- 청구지 주소가 카드 정보와 같은지 확인해 주세요.
- 다른 카드나 카카오페이로 결제해 보세요.

거절된 결제는 청구되지 않습니다.`,
    },
    el: {
      title: "Γιατί απορρίφθηκε η πληρωμή μου;",
      body: `Οι περισσότερες απορρίψεις πληρωμής προέρχονται από την τράπεζα: ημερήσιο όριο, έλεγχος 3-D Secure που έληξε ή διεύθυνση που δεν ταιριάζει με την κάρτα.

- Δοκιμάστε ξανά και ολοκληρώστε τον έλεγχο στην εφαρμογή της τράπεζας.
- Ελέγξτε ότι η διεύθυνση χρέωσης ταιριάζει με την κάρτα.
- Δοκιμάστε άλλη κάρτα ή PayPal.

Μια πληρωμή που απορρίφθηκε δεν χρεώνεται ποτέ.`,
    },
  },
  {
    key: "create-account",
    category: "account",
    en: {
      title: "Creating an account and signing in",
      body: `An account keeps your orders, addresses and support tickets in one place. Create one at checkout or from the *Sign in* page with your email and a password.

Ordered as a guest before? Create an account with the same email address and your earlier orders and tickets appear in it.`,
    },
    ko: {
      title: "계정 만들기와 로그인",
      body: `계정을 만들면 주문 내역, 배송지, 문의 내역을 한곳에서 볼 수 있습니다. 결제 단계나 *로그인* 페이지에서 이메일과 비밀번호로 계정을 만드세요.

비회원으로 주문하셨나요? 같은 이메일 주소로 계정을 만들면 이전 주문과 문의가 계정에 표시됩니다.`,
    },
    el: {
      title: "Δημιουργία λογαριασμού και σύνδεση",
      body: `Ένας λογαριασμός κρατά τις παραγγελίες, τις διευθύνσεις και τα αιτήματα υποστήριξης σε ένα σημείο. Δημιουργήστε τον στο ταμείο ή από τη σελίδα *Σύνδεση* με το email σας και έναν κωδικό.

Παραγγείλατε παλιότερα ως επισκέπτης; Δημιουργήστε λογαριασμό με το ίδιο email και οι παραγγελίες σας θα εμφανιστούν εκεί.`,
    },
  },
  {
    key: "reset-password",
    category: "account",
    en: {
      title: "Resetting your password",
      body: `Forgot your password? On the *Sign in* page choose **Forgot password** and enter your email address. We send you a link that is valid for one hour.

No email after ten minutes? Check your spam folder, then write to us from the address of your account.`,
    },
    ko: {
      title: "비밀번호 재설정",
      body: `비밀번호를 잊으셨나요? *로그인* 페이지에서 **비밀번호 찾기**를 누르고 이메일 주소를 입력하세요. 1시간 동안 유효한 재설정 링크를 보내드립니다.

10분이 지나도 메일이 오지 않으면 스팸함을 확인하시고, 계정 이메일 주소로 문의해 주세요.`,
    },
    el: {
      title: "Επαναφορά κωδικού πρόσβασης",
      body: `Ξεχάσατε τον κωδικό σας; Στη σελίδα *Σύνδεση* επιλέξτε **Ξέχασα τον κωδικό** και γράψτε το email σας. Σας στέλνουμε σύνδεσμο που ισχύει για μία ώρα.

Δεν ήρθε email μετά από δέκα λεπτά; Ελέγξτε τα ανεπιθύμητα και μετά γράψτε μας από τη διεύθυνση του λογαριασμού σας.`,
    },
  },
]
