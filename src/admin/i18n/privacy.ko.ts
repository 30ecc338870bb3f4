export const privacyKo = {
  title: "고객 지원 데이터",
  hint: "헬프데스크가 이 고객에 대해 보관하는 모든 것: 티켓, 메시지, 내부 메모, 파일.",
  includeEmail: "{{email}}(으)로 접수된 비회원 티켓 포함",
  export: "지원 데이터 내보내기",
  exported: "지원 데이터 압축 파일을 내려받았습니다",
  exportFailed: "지원 데이터를 내보내지 못했습니다",
  erase: "지원 데이터 삭제",
  eraseTitle: "{{name}} 님의 지원 데이터를 삭제할까요?",
  eraseDescription: "{{name}} 님의 티켓에 있는 모든 메시지가 지워지고 파일이 삭제되며 티켓은 익명 처리됩니다. 되돌릴 수 없습니다.",
  eraseDescriptionWithEmail:
    "{{name}} 님의 티켓과 {{email}}(으)로 접수된 비회원 티켓의 모든 메시지가 지워지고 파일이 삭제되며 티켓은 익명 처리됩니다. 되돌릴 수 없습니다.",
  typeToConfirm: "확인하려면 {val}을(를) 입력하세요:",
  eraseConfirm: "삭제",
  cancel: "취소",
  erased: "{{name}} 님의 지원 데이터를 삭제했습니다",
  erasedCounts: "티켓: {{tickets}} · 지운 메시지: {{messages}} · 삭제한 파일: {{attachments}}",
  eraseFailed: "지원 데이터를 삭제하지 못했습니다. 변경된 내용은 없습니다",
}
