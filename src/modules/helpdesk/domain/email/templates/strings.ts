import type { MailKind, MailLocale } from "./kinds"

/**
 * The words of each mail. `{placeholders}`: store, number, subject, name, agent, target, link.
 * A placeholder with no value in a given mail renders as nothing (e.g. {subject} in mail that must
 * not quote the shopper). Hosts override any of these per kind and locale (docs/email.md).
 */
export type MailStrings = {
  subject: string
  heading: string
  intro: string
  /** Label of the button / link to the ticket; empty: no link. */
  action: string
}

export type CommonStrings = {
  greeting: string
  greetingAnonymous: string
  footer: string
  thread: string
  /** The solved mail's link to the satisfaction survey. */
  surveyAction: string
  internalWarning?: never
}

export const COMMON: Record<MailLocale, CommonStrings> = {
  en: {
    greeting: "Hello {name},",
    greetingAnonymous: "Hello,",
    footer: "{store} customer support. Reply to this email to answer; keep the subject as it is.",
    thread: "Conversation",
    surveyAction: "Answer in one click",
  },
  ko: {
    greeting: "{name}님, 안녕하세요.",
    greetingAnonymous: "안녕하세요.",
    footer: "{store} 고객지원팀입니다. 이 메일에 회신하시면 답변이 등록됩니다. 제목은 그대로 두세요.",
    thread: "대화 내용",
    surveyAction: "한 번의 클릭으로 답변하기",
  },
  el: {
    greeting: "Γεια σας {name},",
    greetingAnonymous: "Γεια σας,",
    footer: "Εξυπηρέτηση πελατών {store}. Απαντήστε σε αυτό το email για να απαντήσετε· μην αλλάξετε το θέμα.",
    thread: "Συνομιλία",
    surveyAction: "Απαντήστε με ένα κλικ",
  },
}

export const STRINGS: Record<MailLocale, Record<MailKind, MailStrings>> = {
  en: {
    received: {
      subject: "We received your request #{number}",
      heading: "We received your request",
      intro: "Thank you for contacting {store}. Your request #{number} is with our team and we will answer by email.",
      action: "View your request",
    },
    reply: {
      subject: "Re: {subject} [#{number}]",
      heading: "New reply to your request #{number}",
      intro: "{agent} replied to your request:",
      action: "View the conversation",
    },
    solved: {
      subject: "Your request #{number} has been solved",
      heading: "Your request is solved",
      intro: "We marked your request #{number} as solved. If something is still not right, reply to this email and we will pick it up again.",
      action: "View your request",
    },
    merged: {
      subject: "Your request #{number} was merged into #{target}",
      heading: "We merged your request",
      intro: "We merged your request #{number} into #{target}, so everything is answered in one place. Replies continue there.",
      action: "View request #{target}",
    },
    guest_link: {
      subject: "Your support request links at {store}",
      heading: "Your request links",
      intro: "Someone asked for new links to the support requests opened with this address at {store}. Each link opens one request; earlier links no longer work. If it was not you, ignore this email.",
      action: "",
    },
    agent_new_ticket: {
      subject: "[#{number}] New ticket: {subject}",
      heading: "New ticket #{number}",
      intro: "{name} opened a ticket: {subject}",
      action: "Open the ticket",
    },
    agent_assigned: {
      subject: "[#{number}] Assigned to you: {subject}",
      heading: "Ticket #{number} is yours",
      intro: "Ticket #{number} ({subject}) was assigned to you.",
      action: "Open the ticket",
    },
    agent_customer_replied: {
      subject: "[#{number}] {name} replied: {subject}",
      heading: "New reply on ticket #{number}",
      intro: "{name} replied on your ticket:",
      action: "Open the ticket",
    },
    test: {
      subject: "Test email from {store}",
      heading: "Email works",
      intro: "This is a test email from the {store} helpdesk. If you read this, outgoing mail is set up.",
      action: "",
    },
  },
  ko: {
    received: {
      subject: "문의 #{number}이(가) 접수되었습니다",
      heading: "문의가 접수되었습니다",
      intro: "{store}에 문의해 주셔서 감사합니다. 문의 #{number}이(가) 담당 팀에 전달되었으며, 이메일로 답변드리겠습니다.",
      action: "문의 보기",
    },
    reply: {
      subject: "Re: {subject} [#{number}]",
      heading: "문의 #{number}에 새 답변이 있습니다",
      intro: "{agent}님이 문의에 답변했습니다:",
      action: "대화 보기",
    },
    solved: {
      subject: "문의 #{number}이(가) 해결되었습니다",
      heading: "문의가 해결되었습니다",
      intro: "문의 #{number}을(를) 해결됨으로 표시했습니다. 아직 문제가 남아 있다면 이 메일에 회신해 주세요. 다시 확인하겠습니다.",
      action: "문의 보기",
    },
    merged: {
      subject: "문의 #{number}이(가) #{target}(으)로 병합되었습니다",
      heading: "문의가 병합되었습니다",
      intro: "한곳에서 답변드리기 위해 문의 #{number}을(를) #{target}(으)로 병합했습니다. 이후 답변은 그곳에서 이어집니다.",
      action: "문의 #{target} 보기",
    },
    guest_link: {
      subject: "{store} 문의 링크 안내",
      heading: "문의 링크",
      intro: "{store}에서 이 주소로 접수된 문의의 새 링크를 요청하셨습니다. 각 링크는 하나의 문의를 엽니다. 이전 링크는 더 이상 작동하지 않습니다. 요청하지 않으셨다면 이 메일을 무시하세요.",
      action: "",
    },
    agent_new_ticket: {
      subject: "[#{number}] 새 티켓: {subject}",
      heading: "새 티켓 #{number}",
      intro: "{name}님이 티켓을 열었습니다: {subject}",
      action: "티켓 열기",
    },
    agent_assigned: {
      subject: "[#{number}] 나에게 배정됨: {subject}",
      heading: "티켓 #{number}이(가) 배정되었습니다",
      intro: "티켓 #{number} ({subject})이(가) 나에게 배정되었습니다.",
      action: "티켓 열기",
    },
    agent_customer_replied: {
      subject: "[#{number}] {name}님의 답장: {subject}",
      heading: "티켓 #{number}에 새 답장",
      intro: "{name}님이 티켓에 답장했습니다:",
      action: "티켓 열기",
    },
    test: {
      subject: "{store} 테스트 이메일",
      heading: "이메일이 작동합니다",
      intro: "{store} 헬프데스크의 테스트 이메일입니다. 이 메일이 보인다면 발신 메일 설정이 완료된 것입니다.",
      action: "",
    },
  },
  el: {
    received: {
      subject: "Λάβαμε το αίτημά σας #{number}",
      heading: "Λάβαμε το αίτημά σας",
      intro: "Ευχαριστούμε που επικοινωνήσατε με το {store}. Το αίτημά σας #{number} βρίσκεται στην ομάδα μας και θα σας απαντήσουμε με email.",
      action: "Δείτε το αίτημά σας",
    },
    reply: {
      subject: "Re: {subject} [#{number}]",
      heading: "Νέα απάντηση στο αίτημά σας #{number}",
      intro: "Ο/Η {agent} απάντησε στο αίτημά σας:",
      action: "Δείτε τη συνομιλία",
    },
    solved: {
      subject: "Το αίτημά σας #{number} επιλύθηκε",
      heading: "Το αίτημά σας επιλύθηκε",
      intro: "Σημειώσαμε το αίτημά σας #{number} ως επιλυμένο. Αν κάτι δεν είναι ακόμη σωστό, απαντήστε σε αυτό το email και θα το εξετάσουμε ξανά.",
      action: "Δείτε το αίτημά σας",
    },
    merged: {
      subject: "Το αίτημά σας #{number} συγχωνεύτηκε στο #{target}",
      heading: "Συγχωνεύσαμε το αίτημά σας",
      intro: "Συγχωνεύσαμε το αίτημά σας #{number} στο #{target}, ώστε να απαντηθούν όλα σε ένα σημείο. Οι απαντήσεις συνεχίζονται εκεί.",
      action: "Δείτε το αίτημα #{target}",
    },
    guest_link: {
      subject: "Οι σύνδεσμοι των αιτημάτων σας στο {store}",
      heading: "Οι σύνδεσμοι των αιτημάτων σας",
      intro: "Ζητήθηκαν νέοι σύνδεσμοι για τα αιτήματα υποστήριξης που ανοίχτηκαν με αυτή τη διεύθυνση στο {store}. Κάθε σύνδεσμος ανοίγει ένα αίτημα· οι παλιοί δεν λειτουργούν πια. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το email.",
      action: "",
    },
    agent_new_ticket: {
      subject: "[#{number}] Νέο αίτημα: {subject}",
      heading: "Νέο αίτημα #{number}",
      intro: "Ο/Η {name} άνοιξε αίτημα: {subject}",
      action: "Άνοιγμα αιτήματος",
    },
    agent_assigned: {
      subject: "[#{number}] Σας ανατέθηκε: {subject}",
      heading: "Το αίτημα #{number} σας ανατέθηκε",
      intro: "Το αίτημα #{number} ({subject}) σας ανατέθηκε.",
      action: "Άνοιγμα αιτήματος",
    },
    agent_customer_replied: {
      subject: "[#{number}] Απάντηση από {name}: {subject}",
      heading: "Νέα απάντηση στο αίτημα #{number}",
      intro: "Ο/Η {name} απάντησε στο αίτημά σας:",
      action: "Άνοιγμα αιτήματος",
    },
    test: {
      subject: "Δοκιμαστικό email από το {store}",
      heading: "Το email λειτουργεί",
      intro: "Αυτό είναι ένα δοκιμαστικό email από το helpdesk του {store}. Αν το διαβάζετε, η εξερχόμενη αλληλογραφία έχει ρυθμιστεί.",
      action: "",
    },
  },
}
