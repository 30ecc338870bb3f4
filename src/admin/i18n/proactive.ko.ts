export const proactiveKo = {
  settingsLink: "선제 안내",
  title: "선제 안내 티켓",
  subtitle:
    "주문에 문제가 생기면 상담 센터가 먼저 연락합니다. 해당 주문에 대한 열린 티켓에 메시지를 남기거나 새 티켓을 엽니다. 같은 이벤트가 여러 번 전달되어도 한 번만 처리합니다.",
  enabled: "사용",
  mode: "받는 사람",
  modes: { shopper: "고객 (스토어가 보내는 메시지)", internal: "상담원만 (내부 메모)" },
  days: "주문 후 일수",
  subject: "새 티켓의 제목",
  message: "메시지",
  placeholders:
    "상용구 답변과 같은 자리표시자를 사용할 수 있습니다 (order.display_id, customer.first_name, order.items, order.tracking_links 등, 이중 중괄호 안에). 비워 두거나 기본 문구와 같으면 기본 문구를 사용합니다.",
  save: "문구 저장",
  saved: "저장했습니다",
  saveFailed: "저장하지 못했습니다",
  locales: { en: "영어", ko: "한국어", el: "그리스어" },
  kinds: {
    order_canceled: {
      title: "스토어가 취소한 주문",
      hint: "관리자 화면이나 연동 코드에서 주문이 취소되었을 때. 상담원이 티켓에서 취소한 경우는 제외합니다 (그 티켓에 이미 기록됩니다).",
    },
    return_requested: {
      title: "스토어프런트에서 요청한 반품",
      hint: "고객이 스토어프런트에서 반품을 요청했을 때. 팀이 시작한 반품은 제외합니다.",
    },
    not_shipped: {
      title: "며칠이 지나도 발송되지 않은 주문",
      hint: "매시간 확인합니다: 주문 후 이 일수가 지나도록 아무것도 발송되지 않은 주문 (그보다 최대 30일 이전 주문까지).",
    },
    payment_failed: {
      title: "결제 실패 또는 고객 조치 필요",
      hint: "결제 서비스가 결제 실패나 고객의 추가 조치가 필요하다고 알려 왔을 때 (주문이 있는 경우).",
    },
    delivery_failed: {
      title: "배송 실패",
      hint: "Medusa에는 이 이벤트가 없습니다. 택배 연동에서 recordDeliveryFailureWorkflow를 호출하세요 (docs/proactive.md 참고).",
    },
  },
}
